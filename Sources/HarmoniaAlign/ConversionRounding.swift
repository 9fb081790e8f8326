import BigInt
import HarmoniaModel

/// The conventional rounding of a unit conversion: OIML R 16-1 prints "0.5 kPa (4 mmHg)", and a
/// metrologist reads the two as one requirement.
///
/// When two values in units of *different systems* are not exactly equal, the one written with more
/// significant digits is converted into the other's unit and rounded to the other's significant digits
/// (half to even, as GB/T 8170 rounds); if they then agree, the values are equivalent. With equally many
/// digits either conversion may agree, so the rule is symmetric. It never applies between decimal
/// multiples of one unit (mg and g, Pa and kPa), between time units (calendar durations have their own
/// rule), nor to symbols. It does apply to absolute temperatures in °C against K (the offset 273.15 is
/// rounded in print) and to a fraction against a decimal of one unit (`1/3 MPE`, `0.33 MPE`).
enum ConversionRounding {
    /// The result of matching two written quantities.
    struct Match {
        /// The quantity converted, the conversion (`0.533 kPa`) and the quantity it agrees with.
        var from: Quantity
        var converted: String
        var to: Quantity

        /// `4 mmHg = 0.533 kPa, written 0.5 kPa`; `sign` (`±`) goes before each of the three.
        func explanation(sign: String = "") -> String {
            "\(sign)\(from) = \(sign)\(converted), written \(sign)\(to)"
        }
    }

    /// Whether `a` and `b` agree within the rounding of the conversion between their units; nil when they
    /// do not, when they are exactly equal, or when the rule does not apply to their units.
    static func match(_ a: Quantity, _ b: Quantity, absolute: Bool) -> Match? {
        guard appliesBetween(a.unit, b.unit, absolute: absolute) || writtenAsFraction(a, b) else { return nil }
        // A fraction (`1/3`) is exact: it is never the side rounded to.
        let sa = a.numberText.contains("/") ? 64 : significantDigits(a.numberText)
        let sb = b.numberText.contains("/") ? 64 : significantDigits(b.numberText)
        if sa >= sb, let match = agrees(converting: a, into: b, absolute: absolute) { return match }
        if sb >= sa, let match = agrees(converting: b, into: a, absolute: absolute) { return match }
        return nil
    }

    /// Units of different systems: same dimension, not symbols, not time, and not a power of ten apart —
    /// or an absolute temperature in °C against one in K, whose offset (273.15) documents round
    /// (`293 K (20 °C)`).
    static func appliesBetween(_ a: Unit, _ b: Unit, absolute: Bool = false) -> Bool {
        guard a.isCommensurable(with: b), !a.isOpaque, !b.isOpaque, a.symbol != b.symbol,
            a.dimension.symbolicBase == nil, b.dimension.symbolicBase == nil,
            a.dimension != .time
        else { return false }
        if absolute, a.offset != b.offset, isPowerOfTen(a.factor / b.factor) { return true }
        return a.offset.isZero && b.offset.isZero && !isPowerOfTen(a.factor / b.factor)
    }

    /// The same unit, one number written as a fraction and the other as a decimal (`1/3 MPE`, `0.33 MPE`):
    /// the decimal is the fraction rounded, as documents print it.
    /// The decimal needs two significant digits or more: `0.3 MPE` is not a third.
    static func writtenAsFraction(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.unit == b.unit, a.numberText.contains("/") != b.numberText.contains("/") else { return false }
        return significantDigits(a.numberText.contains("/") ? b.numberText : a.numberText) >= 2
    }

    private static func agrees(converting a: Quantity, into b: Quantity, absolute: Bool) -> Match? {
        let converted = (a.siValue(absolute: absolute) - (absolute ? b.unit.offset : .zero)) / b.unit.factor
        guard converted != b.number else { return nil }
        let digits = significantDigits(b.numberText)
        guard round(converted, significantDigits: digits) == b.number else { return nil }
        let shown = round(converted, significantDigits: digits + 2)
        return Match(from: a, converted: "\(shown) \(b.unitText)", to: b)
    }

    /// Significant digits of a number as written: `0.50` → 2, `400` → 3, `2.5E-3` → 2, `0` → 1.
    static func significantDigits(_ text: String) -> Int {
        var digits = 0
        var leading = true
        for c in text.unicodeScalars {
            if c == "e" || c == "E" || c == "×" || c == "*" || c == "/" { break }
            guard ("0"..."9").contains(c) else { continue }
            if leading && c == "0" { continue }
            leading = false
            digits += 1
        }
        return max(digits, 1)
    }

    /// `x` rounded to `digits` significant digits, half to even.
    static func round(_ x: Rational, significantDigits digits: Int) -> Rational {
        guard !x.isZero else { return x }
        let magnitude = x.magnitude
        // The exponent of the leading digit: 10^e ≤ |x| < 10^(e+1).
        var e = magnitude.numerator.description.count - magnitude.denominator.description.count
        while Rational.powerOfTen(e) > magnitude { e -= 1 }
        while Rational.powerOfTen(e + 1) <= magnitude { e += 1 }
        let quantum = Rational.powerOfTen(e - digits + 1)
        let scaled = magnitude / quantum
        let (q, r) = scaled.numerator.quotientAndRemainder(dividingBy: scaled.denominator)
        let twice = r * 2
        var whole = q
        if twice > scaled.denominator || (twice == scaled.denominator && !q.isMultiple(of: 2)) { whole += 1 }
        let rounded = Rational(numerator: whole, denominator: 1) * quantum
        return x.isNegative ? -rounded : rounded
    }

    private static func isPowerOfTen(_ x: Rational) -> Bool {
        guard !x.isNegative, !x.isZero else { return false }
        func isPower(_ n: BigInt) -> Bool {
            var n = n
            while n > 1, n.isMultiple(of: 10) { n /= 10 }
            return n == 1
        }
        return isPower(x.numerator) && isPower(x.denominator)
    }
}
