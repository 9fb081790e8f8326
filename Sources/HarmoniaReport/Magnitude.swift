internal import BigInt
import HarmoniaAlign
import HarmoniaModel

/// By how much a domestic value differs from the international one, where one number says it.
///
/// Only like is compared with like: two symmetric limits (their half-widths), two upper bounds or two
/// lower bounds, a single value against either. Absolute temperatures, two-sided ranges and asymmetric
/// limits have no single size to compare, so they get no percentage.
struct Magnitude: Hashable, Sendable {
    /// The difference in tenths of a percent of the international value, always positive.
    var tenths: Int
    /// Whether the domestic value is the smaller.
    var smaller: Bool

    /// `20`, `12.5`: one decimal, dropped when it is zero.
    var percent: String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    init?(domestic: QuantityExpression, international: QuantityExpression) {
        guard let d = domestic.numericSet, let i = international.numericSet, d.dimension == i.dimension,
              let (dValue, dSide) = ValueConversion.characteristic(d), let (iValue, iSide) = ValueConversion.characteristic(i),
              dSide == iSide || dSide == .point || iSide == .point, !iValue.isZero else { return nil }
        // A point or bound of temperature is absolute (kelvin): 20 °C against 23 °C is not "1 % larger".
        if d.dimension == .temperature && (d.kind != .limit || i.kind != .limit) { return nil }
        let ratio = (dValue - iValue) / iValue.magnitude * Rational(1000)
        let rounded = Self.roundedHalfUp(ratio.magnitude)
        guard rounded > 0 else { return nil }
        tenths = rounded
        smaller = ratio.isNegative
    }

    /// floor(x + ½) for a non-negative rational, clamped to what an `Int` holds.
    private static func roundedHalfUp(_ x: Rational) -> Int {
        let shifted = x + Rational(1, 2)
        let quotient = shifted.numerator / shifted.denominator
        return Int(exactly: quotient) ?? Int.max
    }
}
