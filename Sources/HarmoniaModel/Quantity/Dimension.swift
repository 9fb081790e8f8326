/// Exponents of the SI base dimensions plus one *symbolic* base: the verification scale interval `e`,
/// or another symbol a document states values in (`d`, `v`, `Q3`, `Ib`, `MPE`, the full scale `FS`…,
/// listed in `SymbolicUnits`).
///
/// A symbol gets a dimension of its own so that a quantity in `e` compares only with other quantities in
/// `e` (its size in grams differs from instrument to instrument) until a qualifier states its value.
/// One symbolic base per dimension: a product of two different symbols (`e/d`) is marked *mixed* and
/// compares only with the same mixture.
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
    // Stored as Int16 to keep `Unit` and `Quantity` small (they are copied a lot); exponents of real units
    // are tiny, and arithmetic clamps rather than traps on absurd ones.
    private var m: Int16
    private var kg: Int16
    private var s: Int16
    private var a: Int16
    private var k: Int16
    private var mol: Int16
    private var cd: Int16
    private var e: Int16
    /// Which symbolic base `e` counts: 0 is the verification scale interval `e`, others index
    /// `SymbolicUnits.names`; `SymbolicUnits.mixed` when two different symbols were multiplied.
    private var symbol: UInt8

    /// Exponent of length.
    public var metre: Int {
        get { Int(m) }
        set { m = Int16(clamping: newValue) }
    }
    /// Exponent of mass.
    public var kilogram: Int {
        get { Int(kg) }
        set { kg = Int16(clamping: newValue) }
    }
    /// Exponent of time.
    public var second: Int {
        get { Int(s) }
        set { s = Int16(clamping: newValue) }
    }
    /// Exponent of electric current.
    public var ampere: Int {
        get { Int(a) }
        set { a = Int16(clamping: newValue) }
    }
    /// Exponent of thermodynamic temperature.
    public var kelvin: Int {
        get { Int(k) }
        set { k = Int16(clamping: newValue) }
    }
    /// Exponent of amount of substance.
    public var mole: Int {
        get { Int(mol) }
        set { mol = Int16(clamping: newValue) }
    }
    /// Exponent of luminous intensity.
    public var candela: Int {
        get { Int(cd) }
        set { cd = Int16(clamping: newValue) }
    }
    /// The verification scale interval `e`: 1 for `e`, 0 otherwise.
    public var scaleInterval: Int {
        get { symbol == 0 ? Int(e) : 0 }
        set {
            e = Int16(clamping: newValue)
            symbol = 0
        }
    }

    /// The exponent of the symbolic base (`e`, `d`, `Q3`, `FS`…), whichever it is.
    public var symbolExponent: Int { Int(e) }

    /// The name of the symbolic base (`e`, `d`, `FS`…) when its exponent is not zero; `"mixed"` for a
    /// product of different symbols.
    public var symbolicBase: String? {
        guard e != 0 else { return nil }
        return SymbolicUnits.name(of: symbol)
    }

    /// The dimension of one symbolic unit: `symbolic("d")` is the actual scale interval.
    public static func symbolic(_ name: String) -> Dimension {
        var dimension = Dimension(scaleInterval: 1)
        dimension.symbol = SymbolicUnits.code(of: name)
        return dimension
    }

    /// This dimension with its symbolic base taken out (`% FS` → dimensionless, `e/s` → s⁻¹).
    public var withoutSymbol: Dimension {
        var copy = self
        copy.e = 0
        copy.symbol = 0
        return copy
    }

    /// A dimension from its exponents (all zero by default).
    public init(
        metre: Int = 0, kilogram: Int = 0, second: Int = 0, ampere: Int = 0,
        kelvin: Int = 0, mole: Int = 0, candela: Int = 0, scaleInterval: Int = 0
    ) {
        m = Int16(clamping: metre)
        kg = Int16(clamping: kilogram)
        s = Int16(clamping: second)
        a = Int16(clamping: ampere)
        k = Int16(clamping: kelvin)
        mol = Int16(clamping: mole)
        cd = Int16(clamping: candela)
        e = Int16(clamping: scaleInterval)
        symbol = 0
    }

    /// A pure number (also `%`, `‰`, `ppm`).
    public static let dimensionless = Dimension()
    /// Length (m).
    public static let length = Dimension(metre: 1)
    /// Mass (kg).
    public static let mass = Dimension(kilogram: 1)
    /// Time (s).
    public static let time = Dimension(second: 1)
    /// Electric current (A).
    public static let current = Dimension(ampere: 1)
    /// Thermodynamic temperature (K).
    public static let temperature = Dimension(kelvin: 1)
    /// Amount of substance (mol).
    public static let amount = Dimension(mole: 1)
    /// Luminous intensity (cd).
    public static let luminousIntensity = Dimension(candela: 1)
    /// The dimension of `e`.
    public static let scale = Dimension(scaleInterval: 1)

    /// Whether every exponent is zero.
    public var isDimensionless: Bool { self == .dimensionless }

    /// The exponents in a fixed order, with their symbols, for combining and printing.
    private var exponents: [(symbol: String, value: Int)] {
        [
            ("m", metre), ("kg", kilogram), ("s", second), ("A", ampere),
            ("K", kelvin), ("mol", mole), ("cd", candela), (SymbolicUnits.name(of: symbol), symbolExponent),
        ]
    }

    private static func combine(_ l: Dimension, _ r: Dimension, _ op: (Int, Int) -> Int) -> Dimension {
        var result = Dimension(
            metre: op(l.metre, r.metre), kilogram: op(l.kilogram, r.kilogram),
            second: op(l.second, r.second), ampere: op(l.ampere, r.ampere),
            kelvin: op(l.kelvin, r.kelvin), mole: op(l.mole, r.mole),
            candela: op(l.candela, r.candela), scaleInterval: op(l.symbolExponent, r.symbolExponent)
        )
        if result.e != 0 {
            if l.e != 0 && r.e != 0 && l.symbol != r.symbol {
                result.symbol = SymbolicUnits.mixed
            } else {
                result.symbol = l.e != 0 ? l.symbol : r.symbol
            }
        }
        return result
    }

    /// The dimension of a product.
    public static func * (l: Dimension, r: Dimension) -> Dimension { combine(l, r, +) }

    /// The dimension of a quotient.
    public static func / (l: Dimension, r: Dimension) -> Dimension { combine(l, r, -) }

    /// The dimension of a power.
    public func raised(to n: Int) -> Dimension {
        Dimension.combine(self, self) { a, _ in a * n }
    }

    /// E.g. `m^2·kg·s^-2`; `1` when dimensionless.
    public var description: String {
        let parts = exponents.filter { $0.value != 0 }.map { $0.value == 1 ? $0.symbol : "\($0.symbol)^\($0.value)" }
        return parts.isEmpty ? "1" : parts.joined(separator: "·")
    }
}
