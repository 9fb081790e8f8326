import Testing

@testable import HarmoniaAlign

@Suite("work spread over cores")
struct ParallelTests {
    @Test("Parallel.map gives each item's result, in item order, whatever the count")
    func mapKeepsOrder() {
        for count in [0, 1, 2, 3, 17, 1000] {
            let items = Array(0..<count)
            #expect(Parallel.map(items) { $0 * $0 + 1 } == items.map { $0 * $0 + 1 })
        }
    }

    @Test("Parallel.ranges cuts 0..<count into consecutive, non-empty pieces that cover it exactly")
    func rangesCover() {
        for count in 0...40 {
            for pieces in 1...9 {
                let ranges = Parallel.ranges(of: count, pieces: pieces)
                #expect(ranges.allSatisfy { !$0.isEmpty })
                #expect(ranges.count == min(pieces, count))
                #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            }
        }
    }
}
