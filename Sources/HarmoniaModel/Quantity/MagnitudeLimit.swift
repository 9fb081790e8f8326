/// The limit on the size of the exact numbers a document can make Harmonia compute with.
///
/// Numbers are exact rationals, so their cost grows with their digits: a value of `1e-4096` against
/// `3e4096`, or a unit of many `Ym^99` factors, would otherwise make every comparison work on numbers of
/// hundreds of thousands of digits. Every number an expression or a unit *expands to* — the number as
/// written, a unit's factor to coherent SI, and the number in coherent SI (number × factor) — must keep
/// its numerator and its denominator within ``maximumDigits`` decimal digits. The check is made when the
/// text is parsed, from the operands' sizes, before the product is computed, so a refused expression
/// costs nothing; it applies wherever a unit can appear (`unit=`, inside a value or cell, D-SI units).
public enum MagnitudeLimit {
    /// The most decimal digits the numerator or the denominator of an exact number may have (in lowest
    /// terms or not: the check bounds the unreduced product, so it may refuse a number slightly early).
    /// Real specifications use a few dozen digits at most; every number the per-number limits allow on its
    /// own (`Rational.maximumDecimalDigits` digits, or a power of ten within
    /// ±`Rational.maximumDecimalExponent`) fits.
    public static let maximumDigits = 4_500

    /// ``maximumDigits`` as bits (digits × log₂ 10, rounded up): the measure actually compared.
    public static let maximumBits = 14_949

    /// The largest integer power in a unit, written or made by nesting (`(m^9)^9`): far above any real unit,
    /// and it keeps exponent arithmetic from overflowing.
    public static let maximumUnitExponent = 9_999

    /// The message for a number past the limit, or nil when it fits.
    public static func exceeded(_ number: Rational) -> String? {
        let (n, d) = bits(number)
        return n > maximumBits || d > maximumBits ? message : nil
    }

    /// The message when `number` in `unit` would expand past the limit in coherent SI, or nil.
    public static func exceeded(_ number: Rational, in unit: Unit) -> String? {
        let (n, d) = bits(number)
        let (fn, fd) = bits(unit.factor)
        // A product has at most the sum of its operands' bits; the offset (273.15) adds at most a few.
        return n + fn > maximumBits || d + fd > maximumBits ? message : nil
    }

    /// The message when `number × 10^timesTen` (scientific notation) would pass the limit, or nil.
    static func exceeded(_ number: Rational, timesTen: Int) -> String? {
        let (n, d) = bits(number)
        // 10^k has at most ⌈k·log₂10⌉ + 1 bits.
        let powerBits = Int(timesTen.magnitude) * 3322 / 1000 + 1
        return (timesTen > 0 ? n + powerBits : n) > maximumBits || (timesTen < 0 ? d + powerBits : d) > maximumBits
            ? message : nil
    }

    /// The message for every quantity of an expression, or nil when they all fit.
    public static func exceeded(_ expression: QuantityExpression) -> String? {
        for quantity in expression.quantities {
            if let message = exceeded(quantity.number, in: quantity.unit) { return message }
        }
        return nil
    }

    static let message =
        "number too large: its exact value in coherent SI would have more than \(maximumDigits) digits (the limit for one number)"

    /// Bits of the numerator's and the denominator's magnitudes.
    static func bits(_ r: Rational) -> (Int, Int) {
        if let small = r.smallParts {
            return (
                64 - small.numerator.magnitude.leadingZeroBitCount, 64 - small.denominator.magnitude.leadingZeroBitCount
            )
        }
        let (n, d) = r.bigParts
        return (n.magnitude.bitWidth, d.magnitude.bitWidth)
    }

    // MARK: Units

    /// `exponent × power` for nested powers, refused past ``maximumUnitExponent`` (before it can overflow).
    static func power(_ exponent: Int, _ power: Int, at index: Int) throws(UnitSyntaxError) -> Int {
        let (product, overflow) = exponent.multipliedReportingOverflow(by: power)
        guard !overflow, product.magnitude <= maximumUnitExponent else {
            throw UnitSyntaxError(.invalidUnit, "unit exponent beyond ±\(maximumUnitExponent)", at: index)
        }
        return product
    }

    /// The unit of `terms`, refused from the terms' sizes when its factor would pass the limit: the factor
    /// is never computed then (a `Ym^99·Ym^99·…` unit would otherwise cost minutes).
    static func unit(terms: [UnitTerm], at index: Int) throws(UnitSyntaxError) -> Unit {
        var exponents: [String: (atom: Unit, exponent: Int)] = [:]
        for term in terms where term.fractionalExponent == nil && !term.atom.isOpaque {
            let merged = (exponents[term.atom.symbol]?.exponent ?? 0) + term.exponent
            guard merged.magnitude <= maximumUnitExponent else {
                throw UnitSyntaxError(.invalidUnit, "unit exponent beyond ±\(maximumUnitExponent)", at: index)
            }
            exponents[term.atom.symbol] = (term.atom, merged)
        }
        var numeratorBits = 0
        var denominatorBits = 0
        for (atom, exponent) in exponents.values {
            let (n, d) = bits(atom.factor)
            numeratorBits += abs(exponent) * (exponent > 0 ? n : d)
            denominatorBits += abs(exponent) * (exponent > 0 ? d : n)
        }
        guard numeratorBits <= maximumBits, denominatorBits <= maximumBits else {
            throw UnitSyntaxError(
                .invalidUnit,
                "unit too large: its factor to coherent SI would have more than \(maximumDigits) digits (the limit for one number)",
                at: index)
        }
        return Unit(terms: terms)
    }
}

extension QuantityExpression {
    /// Every quantity the expression holds (none for sets and tokens).
    public var quantities: [Quantity] {
        switch self {
        case .value(let q), .symmetricLimit(let q), .bound(_, let q): [q]
        case .asymmetricLimit(let upper, let lower): [upper, lower]
        case .interval(let lower, let upper, _): [lower?.quantity, upper?.quantity].compactMap { $0 }
        case .set, .token: []
        case .formula(let terms): terms.map(\.coefficient)
        case .withCoverage(let inner, let coverage):
            inner.quantities + [coverage.factor, coverage.probability].compactMap { $0 }
        }
    }
}
