import PropertyBased
import Testing

@testable import HarmoniaModel

@Suite("Quantity conversion properties")
struct QuantityConversionPropertyTests {
    /// Units with exact factors, and a unit of the same dimension to convert into.
    static let pairs: [(String, String)] = [
        ("kPa", "mmHg"), ("mmHg", "Torr"), ("mm", "in"), ("a", "月"), ("周", "d"),
        ("kWh", "MJ"), ("‰", "ppm"), ("mL", "L"), ("°C", "K"),
    ]

    @Test func conversionsRoundTrip() async {
        await propertyCheck(input: Gen.int(in: -100_000...100_000), Gen.int(in: 0...(Self.pairs.count - 1))) { n, i in
            let (a, b) = Self.pairs[i]
            guard let from = try? UnitParser.parse(a).unit, let to = try? UnitParser.parse(b).unit else {
                Issue.record("units \(a), \(b) do not parse")
                return
            }
            let x = Rational(n, 7)
            let si = Quantity(x, from).siValue(absolute: true)
            let converted = (si - to.offset) / to.factor
            let back = (Quantity(converted, to).siValue(absolute: true) - from.offset) / from.factor
            #expect(back == x, "\(x) \(a) → \(converted) \(b) → \(back) \(a)")
        }
    }
}
