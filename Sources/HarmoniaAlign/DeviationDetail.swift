import BigInt
import HarmoniaModel

/// Everything a reader needs to judge one deviation without opening either document: both clauses and
/// ids, both values as written, the reference's value converted into the domestic unit, the size of the
/// difference, the qualifiers a partial pair differs in, and what explains it.
///
/// Computed from the pair's two values alone, whatever decided its verdict.
public struct DeviationDetail: Hashable, Sendable {
    public var domesticID: String?
    public var internationalID: String?
    public var domesticClause: String?
    public var internationalClause: String?
    /// The values as the documents write them.
    public var domesticValue: String?
    public var internationalValue: String?
    /// The reference's value in the domestic value's unit, when the two are written in other units of
    /// the same kind: `±0.533 kPa` for `±4 mmHg` against `±0.5 kPa`. Three significant digits.
    public var converted: String?
    /// The size of the difference, where one number says it: `6.3 % tighter (0.0333 kPa)`.
    public var size: String?
    /// The qualifiers a partial pair differs in (both values as written).
    public var qualifierDifferences: [QualifierDifference]
    /// What explains the deviation, naming where it stands; `nil` when nothing does.
    public var explanation: String?

    /// `±0.5 kPa against ±4 mmHg = ±0.533 kPa: 6.3 % tighter (0.0333 kPa)`; one side's value alone for
    /// `missing` and `added`.
    public var comparison: String {
        guard let d = domesticValue, let i = internationalValue else {
            return domesticValue ?? internationalValue ?? ""
        }
        var text = "\(d) against \(i)"
        if let converted { text += " = \(converted)" }
        if let size { text += ": \(size)" }
        return text
    }

    /// `class: M12 against M1-2; nominal: 1 kg against —`.
    public var qualifierText: String {
        qualifierDifferences.map { "\($0.name): \($0.domestic ?? "—") against \($0.international ?? "—")" }
            .joined(separator: "; ")
    }

    /// `domestic § 5.3; reference § 5.2.1`, leaving out a side that is absent.
    public var clauses: String {
        [domesticClause.map { "domestic § \($0)" }, internationalClause.map { "reference § \($0)" }]
            .compactMap { $0 }.joined(separator: "; ")
    }
}

extension Pair {
    /// The pair's deviation spelled out (see ``DeviationDetail``); also meaningful for agreement.
    public var deviationDetail: DeviationDetail {
        var detail = DeviationDetail(
            domesticID: domestic?.id, internationalID: international?.id,
            domesticClause: domestic?.clause, internationalClause: international?.clause,
            domesticValue: domestic?.writtenValue, internationalValue: international?.writtenValue,
            converted: nil, size: nil, qualifierDifferences: qualifierDifferences, explanation: nil)
        if let d = domestic, let i = international {
            detail.converted = ValueConversion.converted(i.value.expression, like: d.value.expression)
            detail.size = ValueConversion.size(domestic: d.value.expression, international: i.value.expression)
        }
        switch explanation {
        case .justification(let text)?:
            let where_ = domestic.map { "domestic \($0.id), § \($0.clause)" } ?? "domestic side"
            detail.explanation = "justification (\(where_)): \(text.text)"
        case .omission(let ref, let text)?:
            detail.explanation = "justified omission of \(ref): \(text.text)"
        case nil:
            break
        }
        return detail
    }
}

/// Converts a reference value into the unit the domestic document writes, and measures the difference.
///
/// Takes the two written expressions only, so it holds whatever the value comparison decides.
public enum ValueConversion {
    /// `reference` written in the unit of `domestic`'s first quantity; `nil` when both already use the
    /// same unit, when the units are of other kinds or opaque, or when either is not a number.
    public static func converted(_ reference: QuantityExpression, like domestic: QuantityExpression) -> String? {
        guard let target = quantities(domestic).first, let source = quantities(reference).first,
            !target.unit.isOpaque, !source.unit.isOpaque, target.unit.dimension == source.unit.dimension,
            target.unitText != source.unitText
                || quantities(reference).contains(where: { $0.unitText != target.unitText }),
            !target.unitText.isEmpty || !source.unitText.isEmpty
        else { return nil }
        let unit = target.unitText
        func q(_ quantity: Quantity, absolute: Bool) -> String {
            let si = quantity.siValue(absolute: absolute)
            let value = (absolute ? si - target.unit.offset : si) / target.unit.factor
            return unit.isEmpty ? significant(value) : significant(value) + " " + unit
        }
        switch reference.withoutCoverage {
        case .value(let x): return q(x, absolute: true)
        case .symmetricLimit(let x): return "±" + q(x, absolute: false)
        case .asymmetricLimit(let upper, let lower):
            return signed(q(upper, absolute: false)) + " / " + signed(q(lower, absolute: false))
        case .bound(let op, let x): return op.rawValue + " " + q(x, absolute: true)
        case .interval(let lower, let upper, _):
            return (lower.map { q($0.quantity, absolute: true) } ?? "−∞") + " .. "
                + (upper.map { q($0.quantity, absolute: true) } ?? "∞")
        // A formula's terms have units of their own (`% of reading`, `d`): no one unit to convert into.
        case .set, .token, .formula, .withCoverage: return nil
        }
    }

    /// `6.3 % tighter (0.0333 kPa)`: how far the domestic value lies from the reference's, relative to the
    /// reference's and in the domestic unit, where one number says it — two symmetric limits, two upper
    /// (or two lower) bounds, a single value against either. `nil` otherwise, and when they are equal.
    public static func size(domestic: QuantityExpression, international: QuantityExpression) -> String? {
        guard let d = domestic.numericSet, let i = international.numericSet, d.dimension == i.dimension,
            let (dValue, dSide) = characteristic(d), let (iValue, iSide) = characteristic(i),
            dSide == iSide || dSide == .point || iSide == .point, dValue != iValue
        else { return nil }
        let side = dSide == .point ? iSide : dSide
        let smaller = dValue < iValue
        let word: String
        switch side {
        case .upper: word = smaller ? "tighter" : "wider"
        case .lower: word = smaller ? "wider" : "tighter"
        case .point: word = smaller ? "smaller" : "larger"
        }
        var absolute = significant((dValue - iValue).magnitude)
        if let unit = quantities(domestic).first?.unit, !unit.isOpaque, unit.dimension == d.dimension {
            let text = quantities(domestic).first!.unitText
            absolute = significant((dValue - iValue).magnitude / unit.factor) + (text.isEmpty ? "" : " " + text)
        }
        // A temperature point is absolute: 20 °C against 23 °C is 3 K lower, not "1 % smaller".
        if d.dimension == .temperature && (d.kind != .limit || i.kind != .limit) || iValue.isZero {
            return "\(absolute) \(word)"
        }
        let percent = (dValue - iValue).magnitude / iValue.magnitude * Rational(100)
        return "\(significant(percent, digits: 2)) % \(word) (\(absolute))"
    }

    /// Which way a characteristic value bounds its set.
    public enum Side: Sendable { case upper, lower, point }

    /// The one number that stands for a set, in coherent SI: a point's value, a symmetric limit's
    /// half-width, a one-sided bound's end; `nil` for two-sided ranges and asymmetric limits, which no
    /// single number sums up.
    public static func characteristic(_ set: NumericSet) -> (value: Rational, side: Side)? {
        switch set.kind {
        case .point:
            return set.lower.map { ($0.value, .point) }
        case .limit:
            guard let lower = set.lower?.value, let upper = set.upper?.value, lower.magnitude == upper.magnitude else {
                return nil
            }
            return (upper.magnitude, .upper)
        case .range:
            switch (set.lower, set.upper) {
            case (nil, let upper?): return (upper.value, .upper)
            case (let lower?, nil): return (lower.value, .lower)
            default: return nil
            }
        }
    }

    private static func quantities(_ expression: QuantityExpression) -> [Quantity] {
        switch expression {
        case .value(let q), .symmetricLimit(let q), .bound(_, let q): [q]
        case .asymmetricLimit(let upper, let lower): [upper, lower]
        case .interval(let lower, let upper, _): [lower?.quantity, upper?.quantity].compactMap { $0 }
        case .withCoverage(let inner, _): quantities(inner)
        case .set, .token, .formula: []
        }
    }

    private static func signed(_ text: String) -> String {
        text.hasPrefix("-") || text.hasPrefix("−") ? text : "+" + text
    }

    /// A rational rounded half up to `digits` significant digits, as a plain decimal: `0.533`, `1230`,
    /// `-0.0333`; exact values with fewer digits are written as they are (`0.5`).
    public static func significant(_ value: Rational, digits: Int = 3) -> String {
        if value.isZero { return "0" }
        let numerator = value.magnitude.numerator
        let denominator = value.magnitude.denominator
        // 10^(exponent-1) ≤ |value| < 10^exponent.
        // The estimate from bit lengths is off by at most one or two: corrected by comparison.
        var exponent = Int((Double(numerator.bitWidth - denominator.bitWidth) * 0.30103).rounded(.down))
        while scaledCompare(numerator, denominator, exponent) >= 0 { exponent += 1 }
        while scaledCompare(numerator, denominator, exponent - 1) < 0 { exponent -= 1 }
        // mantissa = round(|value| × 10^(digits − exponent)), a whole number of `digits` digits.
        let shift = digits - exponent
        var top = numerator * 2
        var bottom = denominator * 2
        if shift >= 0 { top *= BigInt(10).power(shift) } else { bottom *= BigInt(10).power(-shift) }
        var mantissa = (top + bottom / 2) / bottom
        if mantissa == BigInt(10).power(digits) {
            mantissa /= 10
            exponent += 1
        }
        var text = String(mantissa)
        if exponent <= 0 {
            text = "0." + String(repeating: "0", count: -exponent) + text
        } else if exponent >= text.count {
            text += String(repeating: "0", count: exponent - text.count)
        } else {
            text.insert(".", at: text.index(text.startIndex, offsetBy: exponent))
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (value.isNegative ? "-" : "") + text
    }

    /// The sign of n / d − 10^e.
    private static func scaledCompare(_ n: BigInt, _ d: BigInt, _ e: Int) -> Int {
        let left = e >= 0 ? n : n * BigInt(10).power(-e)
        let right = e >= 0 ? d * BigInt(10).power(e) : d
        return left < right ? -1 : (left == right ? 0 : 1)
    }
}
