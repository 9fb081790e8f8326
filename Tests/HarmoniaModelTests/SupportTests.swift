import Testing

@testable import HarmoniaModel

@Suite("work spread over cores, memo tables, byte keys")
struct SupportTests {
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

    @Test("the parse memo answers the same on every thread as a fresh parse does")
    func parseMemoPerThread() throws {
        let texts =
            (0..<400).map { "±\($0 % 37).\($0 % 7) mg" } + ["E2", "≤ 0.5 %", "-10 °C .. 40 °C", "500 e < m ≤ 2000 e"]
        let expected = try texts.map { try QuantityExpressionParser.parse($0).expression }
        // Many pieces, so that worker threads with empty tables and the caller's full one all answer.
        let pieces = Parallel.ranges(of: texts.count * 8, pieces: 32)
        let answers = Parallel.map(pieces) { range in
            range.map { index in (try? QuantityExpressionParser.parse(texts[index % texts.count]).expression) }
        }
        for (range, answer) in zip(pieces, answers) {
            #expect(answer == range.map { expected[$0 % texts.count] })
        }
    }

    @Test("byte keys: equal exactly when the UTF-8 bytes are, unlike String's canonical equality")
    func byteKeys() {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed)
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
        #expect(UTF8Key("±0.5 %") == UTF8Key("±0.5" + " %"))
        var table: [UTF8Key: Int] = [:]
        table[UTF8Key(composed)] = 1
        table[UTF8Key(decomposed)] = 2
        #expect(table.count == 2)
    }
}
