import PropertyBased
import Testing

@testable import HarmoniaModel

@Suite("Quantity properties")
struct QuantityPropertyTests {
    /// (prefix, power of ten) pairs that attach to grams.
    static let prefixes: [(String, Int)] = [("", 0), ("k", 3), ("m", -3), ("µ", -6), ("n", -9), ("c", -2), ("d", -1)]

    /// The canonical form, nil on a parse error (property closures cannot throw).
    static func canon(_ text: String) -> CanonicalForm? {
        try? QuantityExpressionParser.parse(text).expression.canonical
    }

    @Test func rescalingBetweenPrefixesKeepsTheCanonicalForm() async {
        await propertyCheck(input: Gen.int(in: -100_000...100_000), Gen.int(in: 0...6), Gen.int(in: 0...6)) { n, i, j in
            let (p1, e1) = Self.prefixes[i]
            let (p2, e2) = Self.prefixes[j]
            // n p1g = n·10^(e1−e2) p2g
            let scaled = Rational(n) * Rational.powerOfTen(e1 - e2)
            let a = "\(n) \(p1)g"
            let b = "\(scaled) \(p2)g"
            #expect(Self.canon(a) != nil)
            #expect(Self.canon(a) == Self.canon(b), "\(a) vs \(b)")
            #expect(Self.canon("±\(abs(n)) \(p1)g") == Self.canon("±\(scaled.magnitude) \(p2)g"))
        }
    }

    @Test func milligramsToGrams() async {
        await propertyCheck(input: Gen.int(in: 0...100)) { n in
            let grams = Rational(n) / Rational(1000)
            #expect(Self.canon("\(n) mg") != nil)
            #expect(Self.canon("\(n) mg") == Self.canon("\(grams) g"))
        }
    }

    @Test func rationalArithmeticRoundTrips() async {
        await propertyCheck(
            input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 1...1_000_000), Gen.int(in: -40...40)
        ) { a, b, k in
            let x = Rational(a, b) * Rational.powerOfTen(k)
            let y = Rational(b, 7) + Rational.powerOfTen(-k)
            #expect(x + y - y == x)
            #expect((x * y) / y == x)
            #expect((x < y) == (x - y).isNegative)
        }
    }

    @Test func decimalDescriptionRoundTrips() async {
        await propertyCheck(input: Gen.int(in: Int.min / 2...Int.max / 2), Gen.int(in: -30...30)) { m, k in
            let x = Rational(m) * Rational.powerOfTen(k)
            #expect(Rational(decimal: x.description) == x)
        }
    }
}
