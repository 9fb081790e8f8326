import BigInt
import Testing

@testable import HarmoniaModel

/// The limit on the size of exact numbers (`MagnitudeLimit`), checked at parse time wherever a number or
/// a unit can appear, and the arithmetic that keeps big numbers cheap.
@Suite("exact-number size limit")
struct MagnitudeLimitTests {
    @Test("numbers the per-number limits allow on their own still parse")
    func withinLimit() throws {
        for text in ["1e-4096", "3e4096", "±1e-4096 mg", String(repeating: "9", count: 4096), "1 Ym^99"] {
            #expect(throws: Never.self, "\(text)") { _ = try QuantityExpressionParser.parse(text) }
        }
    }

    @Test(
        "a value whose number in coherent SI would pass the limit is refused at parse time",
        arguments: [
            "≤ 1e4096 Ym^99",  // 4,097 digits times 10^2,376
            "1e-4096 ym^20",  // 10^-4096 · 10^-480
            "1" + String(repeating: "0", count: 3999) + "e4096",  // a 4,000-digit mantissa times 10^4096
            "2.5 × 10^-4096 μg^60",  // scientific notation, and a unit inside the value
        ])
    func numberPastLimit(_ text: String) {
        let error = #expect(throws: QuantityError.self) { try QuantityExpressionParser.parse(text) }
        #expect(
            error?.message.contains("more than \(MagnitudeLimit.maximumDigits) digits") == true,
            "\(error?.message ?? "")")
    }

    @Test("a unit whose factor would pass the limit is refused from its terms, inside a value too")
    func unitPastLimit() {
        // 100 factors: 699 bytes, within the unit length limit.
        let unit = Array(repeating: "Ym^99", count: 100).joined(separator: "·")
        let error = #expect(throws: QuantityError.self) { try UnitParser.parse(unit) }
        #expect(error?.message.contains("too large") == true || error?.message.contains("exponent beyond") == true)
        #expect(throws: QuantityError.self) { try QuantityExpressionParser.parse("≤ 1 " + unit) }
        // Two factors already pass it: 10^(2·24·99) has 4,753 digits.
        #expect(throws: QuantityError.self) { try UnitParser.parse("Ym^99·Ym^99") }
        #expect(throws: QuantityError.self) {
            try UnitParser.parseDSI(String(repeating: "\\yotta\\metre\\tothe{99}", count: 3))
        }
    }

    @Test("nested powers cannot overflow an exponent (they used to trap)")
    func nestedPowers() {
        let unit = String(repeating: "(", count: 30) + "m" + String(repeating: ")^99", count: 30)
        let error = #expect(throws: QuantityError.self) { try UnitParser.parse(unit) }
        #expect(error?.message.contains("exponent beyond") == true)
    }

    @Test("the limit as bits matches the digits")
    func bits() {
        #expect(
            MagnitudeLimit.maximumBits == Int((Double(MagnitudeLimit.maximumDigits) * 3.321928094887362).rounded(.up)))
    }

    @Test("order by sizes agrees with the cross products, signs included")
    func orderBySize() {
        let big = Rational.powerOfTen(4000)
        let tiny = Rational.powerOfTen(-4000)
        let values: [Rational] = [
            big, -big, tiny, -tiny, .zero, Rational(3) * big, Rational(1, 3), -Rational(7, 2), big + .one, big - .one,
        ]
        for l in values {
            for r in values {
                let (a, b) = l.bigParts
                let (c, d) = r.bigParts
                #expect((l < r) == (a * d < c * b))
            }
        }
    }

    @Test("Euclid's GCD agrees with BigInt's")
    func gcd() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 1...600, using: &generator))
            let b = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 1...600, using: &generator))
            let common = BigUInt.randomInteger(withMaximumWidth: 100) + 1
            #expect(Rational.bigGCD(a * common, b * common) == (a * common).greatestCommonDivisor(with: b * common))
        }
        #expect(Rational.bigGCD(BigUInt(3) * BigUInt(10).power(4096), BigUInt(10).power(6)) == BigUInt(10).power(6))
        // Decimal denominators (2^a·5^b) take the short way; the answer is the same.
        for _ in 0..<100 {
            let x =
                BigUInt.randomInteger(withMaximumWidth: 3000) * BigUInt(10).power(Int.random(in: 0...40))
                * BigUInt(2).power(Int.random(in: 0...5))
            let y = BigUInt(2).power(Int.random(in: 0...900)) * BigUInt(5).power(Int.random(in: 0...900))
            #expect(Rational.bigGCD(x, y) == x.greatestCommonDivisor(with: y))
            #expect(Rational.smoothGCD(x, y) == x.greatestCommonDivisor(with: y))
        }
        #expect(Rational.smoothGCD(BigUInt(10).power(50), BigUInt(3) * BigUInt(10).power(30)) == nil)
    }

    @Test("decimal text of big numbers, by halves, matches BigInt's")
    func decimalDigits() throws {
        for width in [1, 64, 2049, 5000, 14_000] {
            let x = BigUInt.randomInteger(withMaximumWidth: width)
            #expect(Rational.decimalDigits(x) == String(x))
        }
        #expect(Rational.decimalDigits(BigUInt(10).power(3000)) == "1" + String(repeating: "0", count: 3000))
        // Parsed and printed back exactly, the 18-digit chunks of the reader included.
        let text = "-" + String(repeating: "1234567", count: 500) + "." + String(repeating: "9", count: 37)
        #expect(try #require(Rational(decimal: text)).description == text)
    }
}
