import BigInt
import Testing

@testable import HarmoniaModel

@Suite("Rational")
struct RationalTests {
    @Test func reducesAndKeepsSignInNumerator() {
        let x = Rational(numerator: 6, denominator: -4)
        #expect(x.numerator == -3)
        #expect(x.denominator == 2)
        #expect(x == Rational(-3, 2))
        #expect(Rational(numerator: 0, denominator: -7) == .zero)
        #expect(Rational(numerator: 0, denominator: -7).hashValue == Rational.zero.hashValue)
    }

    @Test func decimalParsing() {
        #expect(Rational(decimal: "1.6") == Rational(8, 5))
        #expect(Rational(decimal: "-2.5E-3") == Rational(-1, 400))
        #expect(Rational(decimal: "1e3") == Rational(1000))
        #expect(Rational(decimal: "+4") == Rational(4))
        #expect(Rational(decimal: "0.020") == Rational(1, 50))
        #expect(Rational(decimal: "−3") == Rational(-3))
        #expect(Rational(decimal: "2.5E+2") == Rational(250))
    }

    @Test(arguments: ["", "-", "1.", ".5", "1..2", "1.2.3", "1e", "1e+", "abc", "1 000", "--1", "1e99999"])
    func malformedDecimalsAreNil(_ text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test func descriptionIsExactDecimalWhenTerminating() {
        #expect(Rational(decimal: "0.0016")!.description == "0.0016")
        #expect(Rational(-3).description == "-3")
        #expect(Rational(decimal: "1.5e3")!.description == "1500")
        #expect(Rational(decimal: "-0.25")!.description == "-0.25")
        #expect(Rational(1, 3).description == "1/3")
        #expect(Rational(-2, 7).description == "-2/7")
        #expect(Rational(decimal: "2.5E-40")!.description == "0." + String(repeating: "0", count: 39) + "25")
    }

    @Test func arithmetic() {
        let a = Rational(1, 3)
        let b = Rational(1, 6)
        #expect(a + b == Rational(1, 2))
        #expect(a - b == Rational(1, 6))
        #expect(a * b == Rational(1, 18))
        #expect(a / b == Rational(2))
        #expect(-a == Rational(-1, 3))
        #expect(a.power(3) == Rational(1, 27))
        #expect(Rational(2, 3).power(-2) == Rational(9, 4))
        #expect(Rational(5).power(0) == .one)
        #expect(Rational(-7, 2).magnitude == Rational(7, 2))
        #expect(Rational(-7, 2).isNegative)
        #expect(!Rational.zero.isNegative)
        #expect(Rational.zero.isZero)
    }

    @Test func comparison() {
        #expect(Rational(1, 3) < Rational(1, 2))
        #expect(Rational(-1, 2) < Rational(-1, 3))
        #expect(!(Rational(2, 4) < Rational(1, 2)))
        // Cross products overflow Int64 here; the 128-bit comparison must still be right.
        let big1 = Rational(Int(Int64.max - 1), Int(Int64.max))
        let big2 = Rational(Int(Int64.max - 2), Int(Int64.max - 1))
        #expect(big2 < big1)
        #expect(Rational.powerOfTen(-30) < Rational.powerOfTen(-29))
        #expect(Rational.powerOfTen(30) > Rational(Int.max))
    }

    @Test func overflowFallsBackToBigIntAndDemotesAgain() {
        let huge = Rational.powerOfTen(30)
        let tiny = Rational.powerOfTen(-30)
        #expect(huge * tiny == .one)
        #expect((huge * tiny).smallParts != nil, "a result that fits is stored small again")
        #expect(huge.smallParts == nil)
        #expect(huge.numerator == BigInt(10).power(30))
        let max = Rational(Int.max)
        let sum = max + max
        #expect(sum.numerator == BigInt(Int.max) * 2)
        #expect(sum - max == max)
        #expect((sum - max).hashValue == max.hashValue)
        #expect(Rational(decimal: "2.5E-40")! * Rational.powerOfTen(41) == Rational(25))
        #expect(Rational(decimal: "2.5E-40")! * Rational.powerOfTen(40) == Rational(5, 2))
        #expect(Rational(Int.min).numerator == BigInt(Int.min))
        #expect(-Rational(Int.min) == Rational(numerator: -BigInt(Int.min), denominator: 1))
    }

    @Test func equalValuesHashAlike() {
        var set = Set<Rational>()
        set.insert(Rational(decimal: "0.5")!)
        set.insert(Rational(1, 2))
        set.insert(Rational(numerator: BigInt(10).power(20), denominator: BigInt(2) * BigInt(10).power(20)))
        #expect(set.count == 1)
    }
}
