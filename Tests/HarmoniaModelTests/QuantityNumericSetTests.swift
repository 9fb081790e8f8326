import Testing

@testable import HarmoniaModel

@Suite("NumericSet.contains")
struct QuantityNumericSetTests {
    private func set(_ text: String) throws -> NumericSet {
        let parsed = try expression(text)
        return try #require(parsed.numericSet)
    }

    @Test func closedAndOpenEnds() throws {
        let closed = try set("[0, 10] g")
        let open = try set("(0, 10) g")
        let halfOpen = try set("(0, 10] g")
        #expect(closed.contains(open))
        #expect(closed.contains(halfOpen))
        #expect(!open.contains(closed))
        #expect(!open.contains(halfOpen))
        #expect(halfOpen.contains(open))
        #expect(closed.contains(closed))
        #expect(open.contains(open))
        #expect(closed.contains(try set("[2, 3] g")))
        #expect(!closed.contains(try set("[2, 11] g")))
        #expect(closed.contains(try set("10 g")))
        #expect(!open.contains(try set("10 g")))
        #expect(closed.contains(try set("[0, 10000] mg")), "ends compare in SI")
    }

    @Test func unboundedSides() throws {
        let atMost = try set("≤ 10 g")
        let below = try set("< 10 g")
        let atLeast = try set("≥ 0 g")
        #expect(atMost.contains(try set("[0, 10] g")))
        #expect(atMost.contains(below))
        #expect(!below.contains(atMost))
        #expect(!atMost.contains(atLeast))
        #expect(atLeast.contains(try set("0 ≤ m ≤ 5 g")))
        let bounded = try set("[0, 10] g")
        #expect(!bounded.contains(atMost), "a bounded set cannot hold an unbounded one")
        let everything = NumericSet(kind: .range, dimension: .mass, lower: nil, upper: nil)
        #expect(everything.contains(atMost) && everything.contains(atLeast))
        #expect(!atMost.contains(everything))
    }

    @Test func limitsAndDimensions() throws {
        let two = try set("±2 mg")
        let small = try set("±1.6 mg")
        #expect(two.contains(small))
        #expect(!small.contains(two))
        #expect(two.contains(try set("+1 mg / -2 mg")))
        #expect(!two.contains(try set("±1 e")), "different dimensions")
        let climate = try set("[-10, 40] °C")
        #expect(climate.contains(try set("[268.15, 303.15] K")))
        #expect(climate.contains(r("293.15")))
        #expect(!climate.contains(Rational(20)))
    }
}
