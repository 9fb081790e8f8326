internal import BigInt
import Foundation
import HarmoniaAlign
import HarmoniaModel
import Synchronization

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
    /// For a domestic value at least ``multipleFrom`` times the international one, that multiple as a
    /// reader writes it (`2`, `2.5`, `12`, `1 500`) and whether it is rounded: "12 times" reads where
    /// "1100 % larger" does not. `nil` otherwise, and for numbers too long to divide exactly.
    var multiple: Multiple?

    /// A multiple as shown, and whether it is rounded (then said "about").
    struct Multiple: Hashable, Sendable {
        var text: String
        var rounded: Bool
    }

    /// From twice the reference value on, the difference is said as a multiple.
    static let multipleFrom = 2

    /// The phrase for the figure, through `fill` (a language's strings): `magnitude.smaller` and
    /// `magnitude.larger` with the percentage `{p}`, `magnitude.times` (`magnitude.timesAbout` when rounded)
    /// with the multiple `{m}`, and `magnitude.twice` for exactly two.
    func phrase(_ fill: (String, [String: String]) -> String) -> String {
        guard let multiple else { return fill(smaller ? "magnitude.smaller" : "magnitude.larger", ["p": percent]) }
        if multiple.text == "2" && !multiple.rounded { return fill("magnitude.twice", [:]) }
        return fill(multiple.rounded ? "magnitude.timesAbout" : "magnitude.times", ["m": multiple.text])
    }

    /// `20`, `12.5`: one decimal, dropped when it is zero.
    var percent: String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    /// The figure for a pair's two values, computed once per pair for the whole process: every writer of
    /// a report pack asks for it several times (deviation lists, annex tables, comment rows), and with
    /// numbers of thousands of digits each computation is not free. Keyed by the two expressions; the
    /// table is emptied past ``cacheLimit`` entries so a long-running library user does not grow it forever.
    static func of(domestic: QuantityExpression, international: QuantityExpression) -> Magnitude? {
        let key = CacheKey(domestic: domestic, international: international)
        if let known = cache.withLock({ $0[key] }) { return known }
        let computed = Magnitude(domestic: domestic, international: international)
        cache.withLock { table in
            if table.count >= cacheLimit { table.removeAll() }
            table[key] = computed
        }
        return computed
    }

    private struct CacheKey: Hashable, Sendable {
        var domestic: QuantityExpression
        var international: QuantityExpression
    }

    private static let cache = Mutex<[CacheKey: Magnitude?]>([:])
    private static let cacheLimit = 100_000

    init?(domestic: QuantityExpression, international: QuantityExpression) {
        guard let d = domestic.numericSet, let i = international.numericSet, d.dimension == i.dimension,
            let (dValue, dSide) = ValueConversion.characteristic(d),
            let (iValue, iSide) = ValueConversion.characteristic(i),
            dSide == iSide || dSide == .point || iSide == .point, !iValue.isZero
        else { return nil }
        // A point or bound of temperature is absolute (kelvin): 20 °C against 23 °C is not "1 % larger".
        if d.dimension == .temperature && (d.kind != .limit || i.kind != .limit) { return nil }
        guard let (rounded, negative) = Self.tenthsOfPercent(dValue, iValue), rounded > 0 else { return nil }
        tenths = rounded
        smaller = negative
        multiple = negative ? nil : Self.multiple(dValue, iValue)
    }

    /// d / i as shown: one decimal below ten (`2.5`, dropped when zero), whole from ten on, half-up;
    /// `nil` below ``multipleFrom``, for values of opposite or no sign, or past ``exactBits``.
    private static func multiple(_ d: Rational, _ i: Rational) -> Multiple? {
        let a = d.numerator
        let b = d.denominator
        let c = i.numerator
        let e = i.denominator
        guard a.signum() == c.signum(), !a.isZero,
            max(a.magnitude.bitWidth, b.magnitude.bitWidth, c.magnitude.bitWidth, e.magnitude.bitWidth) <= exactBits
        else { return nil }
        // |d / i| = n / m with n = |a|·e, m = b·|c| (b, e > 0).
        let n = BigInt(a.magnitude) * e
        let m = b * BigInt(c.magnitude)
        guard n >= m * BigInt(multipleFrom) else { return nil }
        if n < m * 10 {
            let tenths = (n * 20 + m) / (m * 2)
            let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
            return Multiple(text: text, rounded: !((n * 10) % m).isZero)
        }
        let whole = (n * 2 + m) / (m * 2)
        return Multiple(text: NaturalText.groupDigits("\(whole)"), rounded: !(n % m).isZero)
    }

    /// round-half-up(1000 · |d − i| / |i|) and whether d < i, from one cross product and one division:
    /// no rational is reduced (Stein's GCD on numbers of thousands of digits was the cost of a report),
    /// and a quotient past what an `Int` holds is clamped before it is computed.
    private static func tenthsOfPercent(_ d: Rational, _ i: Rational) -> (Int, Bool)? {
        // d = a/b, i = c/e with b, e > 0:  (d − i)/|i| = (a·e − c·b) / (b·|c|).
        let a = d.numerator
        let b = d.denominator
        let c = i.numerator
        let e = i.denominator
        if max(a.magnitude.bitWidth, b.magnitude.bitWidth, c.magnitude.bitWidth, e.magnitude.bitWidth) > exactBits {
            return approximateTenths(a, b, c, e)
        }
        let difference = a * e - c * b
        let scale = b * BigInt(c.magnitude)
        guard !scale.isZero else { return nil }
        // floor((2000·|diff| + scale) / (2·scale)) is the half-up rounding of 1000·|diff|/scale.
        let numerator = BigInt(difference.magnitude) * 2000 + scale
        let denominator = scale * 2
        if numerator.magnitude.bitWidth - denominator.magnitude.bitWidth > 62 {
            return (Int.max, difference.signum() < 0)
        }
        let quotient = numerator / denominator
        return (Int(exactly: quotient) ?? Int.max, difference.signum() < 0)
    }

    /// Numbers up to this many bits (about 77 digits) are compared exactly; every real value is far below.
    private static let exactBits = 256

    /// The same figure for numbers of hundreds of digits, from their leading 64 bits: it is only shown,
    /// rounded to a tenth of a percent, and 53 bits of precision decide that (a figure within 10⁻¹⁵ of a
    /// rounding boundary might round the other way). The cost is a few shifts, whatever the size.
    private static func approximateTenths(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ e: BigInt) -> (Int, Bool)? {
        func leading(_ x: BigInt) -> (Double, Int) {
            let shift = max(0, x.magnitude.bitWidth - 64)
            return (Double(UInt64(x.magnitude >> shift)), shift)
        }
        guard !c.isZero else { return nil }
        if a.isZero { return (1000, c.signum() > 0) }
        let (ma, ea) = leading(a)
        let (mb, eb) = leading(b)
        let (mc, ec) = leading(c)
        let (me, ee) = leading(e)
        // |d / i| = (ma·me)/(mb·mc) · 2^exponent.
        let exponent = ea + ee - eb - ec
        let sameSign = a.signum() == c.signum()
        let ratio: Double =
            exponent > 80 ? .infinity : exponent < -80 ? 0 : (ma * me) / (mb * mc) * pow(2, Double(exponent))
        // (d − i)/|i| = sign(i) · (d/i − 1), and d/i = ±|d/i|.
        let signedRatio = sameSign ? ratio : -ratio
        let relative = (signedRatio - 1) * Double(c.signum())
        let tenths = (abs(relative) * 1000 + 0.5).rounded(.down)
        return (tenths >= Double(Int.max) ? Int.max : Int(tenths), relative < 0)
    }
}
