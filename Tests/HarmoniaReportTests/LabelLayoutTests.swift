import Foundation
import PropertyBased
import Testing

@testable import HarmoniaReport

@Suite("trend chart: label layout")
struct LabelLayoutTests {
    static let bounds = Box(minX: 72, minY: 78, maxX: 930, maxY: 550)

    /// Labels made from a flat list of numbers, four per label: where its point is, how wide it is, one line
    /// or two. Points crowd a narrow band, as scores of one catalogue do.
    static func labels(_ numbers: [Int]) -> [Box] {
        stride(from: 0, to: numbers.count - 3, by: 4).map { index in
            let x = 60 + Double(numbers[index] % 900)
            let y = 100 + Double(numbers[index + 1] % 460)
            let width = 20 + Double(numbers[index + 2] % 260)
            let height = numbers[index + 3] % 2 == 0 ? 17.0 : 32.0
            return Box(minX: x - width / 2, minY: y - 9 - height, maxX: x + width / 2, maxY: y - 9)
        }
    }

    static func overlapping(_ boxes: [Box]) -> (Int, Int)? {
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].overlap(boxes[j]) > 0 { return (i, j) }
        }
        return nil
    }

    @Test("random label sets never overlap once placed, and keep their sizes")
    func neverOverlap() async {
        await propertyCheck(input: Gen.int(in: 0...1_000_000).array(of: 0...320)) { numbers in
            let preferred = Self.labels(numbers)
            let placed = LabelLayout.place(preferred, bounds: Self.bounds)
            #expect(placed.count == preferred.count)
            if let (i, j) = Self.overlapping(placed) {
                Issue.record("labels \(i) and \(j) overlap: \(placed[i]) and \(placed[j])")
            }
            for (before, after) in zip(preferred, placed) {
                #expect(abs((after.maxX - after.minX) - (before.maxX - before.minX)) < 1e-9)
                #expect(abs((after.maxY - after.minY) - (before.maxY - before.minY)) < 1e-9)
                // Across, inside the bounds whenever the label is narrower than them.
                #expect(after.minX >= Self.bounds.minX - 1e-9 && after.maxX <= Self.bounds.maxX + 1e-9)
                // Never below the plot: a label that finds no room goes up, where the chart makes room.
                #expect(after.maxY <= Self.bounds.maxY + 1e-9)
            }
        }
    }

    @Test("labels that do not collide stay where they asked to be")
    func undisturbed() {
        let preferred = [
            Box(minX: 100, minY: 200, maxX: 200, maxY: 230), Box(minX: 300, minY: 200, maxX: 400, maxY: 230),
            Box(minX: 100, minY: 240, maxX: 200, maxY: 270),
        ]
        let placed = LabelLayout.place(preferred, bounds: Self.bounds)
        #expect(placed.map(\.minY) == [200, 200, 240])
        #expect(placed.map(\.minX) == [100, 300, 100])
    }

    @Test("a thousand labels on one spot are stacked apart, in well under a second")
    func pileUp() {
        let preferred = (0..<1000).map { index in
            Box(minX: 400 + Double(index % 7), minY: 300, maxX: 520 + Double(index % 7), maxY: 317)
        }
        let started = Date()
        let placed = LabelLayout.place(preferred, bounds: Self.bounds)
        #expect(Date().timeIntervalSince(started) < 1)
        let sorted = placed.sorted { $0.minY < $1.minY }
        for (upper, lower) in zip(sorted, sorted.dropFirst()) { #expect(upper.maxY <= lower.minY) }
        #expect(sorted.last!.maxY <= Self.bounds.maxY)
    }
}
