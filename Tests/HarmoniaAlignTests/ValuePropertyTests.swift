import Foundation
import HarmoniaModel
import PropertyBased
import Testing

@testable import HarmoniaAlign

@Suite("Value comparison laws")
struct ValuePropertyTests {
    /// Units in pairs of different systems, with exact factors.
    static let units: [(String, String)] = [
        ("kPa", "mmHg"), ("mmHg", "Torr"), ("mm", "in"), ("g", "oz"), ("MPa", "psi"),
    ]

    private static func written(_ text: String) -> WrittenExpression? {
        guard let parsed = try? QuantityExpressionParser.parse(text) else { return nil }
        return WrittenExpression(written: text, expression: parsed.expression)
    }

    /// `x` in `unit`, rounded to `digits` significant digits, as a document would print it.
    private static func printed(_ x: Rational, digits: Int) -> String {
        ConversionRounding.round(x, significantDigits: digits).description
    }

    @Test func aValueInAnotherUnitIsNeverWorseThanEquivalent() async {
        await propertyCheck(input: Gen.int(in: 1...9999), Gen.int(in: 0...(Self.units.count - 1)), Gen.int(in: 0...4)) {
            n, u, form in
            let (a, b) = Self.units[u]
            let from = try! UnitParser.parse(a).unit
            let to = try! UnitParser.parse(b).unit
            let x = Rational(n, 10)
            let converted = x * from.factor / to.factor
            let digits = ConversionRounding.significantDigits(x.description) + 2
            let forms = ["±%@", "≤ %@", "%@", "≥ %@", "%@ .. %@"]
            func text(_ number: String, _ unit: String) -> String {
                forms[form].replacingOccurrences(of: "%@", with: number + " " + unit)
            }
            guard let d = Self.written(text(x.description, a)),
                let i = Self.written(text(Self.printed(converted, digits: digits), b))
            else {
                Issue.record("does not parse")
                return
            }
            for direction in Direction.allCases {
                let verdict = ValueComparator().judge(domestic: d, international: i, direction: direction).verdict
                #expect(verdict == .equivalent, "\(d.written) against \(i.written) (\(direction)): \(verdict)")
            }
        }
    }

    @Test func theRoundingRuleIsSymmetric() async {
        await propertyCheck(input: Gen.int(in: 1...999), Gen.int(in: 1...999), Gen.int(in: 0...(Self.units.count - 1)))
        { m, n, u in
            let (a, b) = Self.units[u]
            guard case .value(let p)? = Self.written("\(Rational(m, 10)) \(a)")?.expression,
                case .value(let q)? = Self.written("\(Rational(n, 10)) \(b)")?.expression
            else {
                Issue.record("does not parse")
                return
            }
            #expect(
                (ConversionRounding.match(p, q, absolute: false) == nil)
                    == (ConversionRounding.match(q, p, absolute: false) == nil))
            // And the verdict: equivalent one way exactly when equivalent the other way.
            let d = WrittenExpression(written: p.description, expression: .value(p))
            let i = WrittenExpression(written: q.description, expression: .value(q))
            let there = ValueComparator().judge(domestic: d, international: i, direction: .lower).verdict
            let back = ValueComparator().judge(domestic: i, international: d, direction: .lower).verdict
            #expect((there == .equivalent) == (back == .equivalent))
        }
    }

    @Test func roundingNeverAppliesBetweenDecimalMultiples() async {
        await propertyCheck(input: Gen.int(in: 1...9999), Gen.int(in: 1...9999)) { m, n in
            guard m * 1000 != n else { return }
            let p = Quantity(Rational(m, 10), try! UnitParser.parse("g").unit)
            let q = Quantity(Rational(n, 10), try! UnitParser.parse("mg").unit)
            #expect(ConversionRounding.match(p, q, absolute: false) == nil)
        }
    }
}
