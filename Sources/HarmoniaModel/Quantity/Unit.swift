/// A unit of measurement: a display symbol plus its exact relation to coherent SI.
///
/// A number `x` in this unit is `x * factor + offset` in coherent SI (kg, m, s, K, …); the offset is
/// used only for absolute temperatures (`°C`). Units are values: `mg` and `g` are different units whose
/// quantities still compare through their SI values.
public struct Unit: Hashable, Sendable, CustomStringConvertible {
    /// Normalised display symbol, e.g. `mg`, `m³/h`, `°C`, `%`, `e`; empty for a pure number.
    public let symbol: String
    public let dimension: Dimension
    /// Multiply a number in this unit by `factor` to get coherent SI.
    public let factor: Rational
    /// Added after `factor` for absolute temperatures: 273.15 for `°C`, 0 otherwise.
    public let offset: Rational
    /// True when the factor is not exactly representable (a fractional power such as
    /// `\milli\metre\tothe{0.5}`, an angle in degrees, a logarithmic unit); such units compare only by symbol.
    public let isOpaque: Bool

    /// A unit from its parts; the parsers build units, this is for tables and tests.
    public init(
        symbol: String, dimension: Dimension, factor: Rational, offset: Rational = .zero, isOpaque: Bool = false
    ) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
        self.isOpaque = isOpaque
    }

    /// The unit of a pure number: dimensionless, factor 1, empty symbol.
    public static let one = Unit(symbol: "", dimension: .dimensionless, factor: .one)

    /// The verification scale interval `e`, which has a dimension of its own.
    public static let scaleInterval = Unit(symbol: "e", dimension: .scale, factor: .one)

    /// The display symbol.
    public var description: String { symbol }

    /// Whether quantities in the two units can be compared numerically: same dimension and neither opaque,
    /// or both opaque with the same symbol.
    public func isCommensurable(with other: Unit) -> Bool {
        if isOpaque || other.isOpaque { return isOpaque && other.isOpaque && symbol == other.symbol }
        return dimension == other.dimension
    }
}

/// One factor of a compound unit while it is being built: an atomic unit raised to a power.
struct UnitTerm: Sendable {
    var atom: Unit
    var exponent: Int
    /// A non-integer exponent as written (`0.5`); makes the whole unit opaque.
    var fractionalExponent: String?

    init(_ atom: Unit, exponent: Int = 1, fractionalExponent: String? = nil) {
        self.atom = atom
        self.exponent = exponent
        self.fractionalExponent = fractionalExponent
    }
}

extension Unit {
    /// Builds the unit of a product of terms: like atoms merge (`m·m` → `m²`), the symbol is normalised
    /// (`m³/h`, `kg/(m·s)`, `s⁻¹`), and an offset survives only for a lone atom to the first power
    /// (`°C` is an absolute temperature, `°C/h` a rate of difference).
    init(terms: [UnitTerm]) {
        var merged: [UnitTerm] = []
        for term in terms where !(term.atom.symbol.isEmpty && term.fractionalExponent == nil) {
            if term.fractionalExponent == nil,
                let i = merged.firstIndex(where: { $0.fractionalExponent == nil && $0.atom.symbol == term.atom.symbol })
            {
                merged[i].exponent += term.exponent
            } else {
                merged.append(term)
            }
        }
        merged.removeAll { $0.fractionalExponent == nil && $0.exponent == 0 }

        var dimension = Dimension.dimensionless
        var factor = Rational.one
        var opaque = false
        for term in merged {
            if term.fractionalExponent != nil || term.atom.isOpaque {
                opaque = true
            } else {
                dimension = dimension * term.atom.dimension.raised(to: term.exponent)
                factor = factor * term.atom.factor.power(term.exponent)
            }
        }
        let lone = merged.count == 1 && merged[0].exponent == 1 && merged[0].fractionalExponent == nil
        self.init(
            symbol: Unit.symbol(of: merged),
            dimension: opaque ? .dimensionless : dimension,
            factor: opaque ? .one : factor,
            offset: lone ? merged[0].atom.offset : .zero,
            isOpaque: opaque
        )
    }

    private static func symbol(of terms: [UnitTerm]) -> String {
        func render(_ term: UnitTerm, _ exponent: Int) -> String {
            if let fractional = term.fractionalExponent { return term.atom.symbol + "^" + fractional }
            return exponent == 1 ? term.atom.symbol : term.atom.symbol + superscript(exponent)
        }
        let positive = terms.filter { $0.fractionalExponent != nil || $0.exponent > 0 }
        let negative = terms.filter { $0.fractionalExponent == nil && $0.exponent < 0 }
        if positive.isEmpty {
            return negative.map { render($0, $0.exponent) }.joined(separator: "·")
        }
        var text = positive.map { render($0, $0.exponent) }.joined(separator: "·")
        if !negative.isEmpty {
            let denominator = negative.map { render($0, -$0.exponent) }.joined(separator: "·")
            text += negative.count == 1 ? "/" + denominator : "/(" + denominator + ")"
        }
        return text
    }

    /// `2` → `²`, `-1` → `⁻¹`.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = n < 0 ? "⁻" : ""
        for digit in String(n.magnitude) {
            text.append(digits[Int(digit.asciiValue! - 48)])
        }
        return text
    }
}
