/// Exponents of the SI base dimensions plus the symbolic verification scale interval `e`.
///
/// `e` gets a dimension of its own so that a quantity in `e` compares only with other quantities in `e`
/// (its size in grams differs from instrument to instrument).
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
    public var metre: Int
    public var kilogram: Int
    public var second: Int
    public var ampere: Int
    public var kelvin: Int
    public var mole: Int
    public var candela: Int
    /// The verification scale interval `e`: 1 for `e`, 0 otherwise.
    public var scaleInterval: Int

    public init(
        metre: Int = 0, kilogram: Int = 0, second: Int = 0, ampere: Int = 0,
        kelvin: Int = 0, mole: Int = 0, candela: Int = 0, scaleInterval: Int = 0
    ) {
        self.metre = metre
        self.kilogram = kilogram
        self.second = second
        self.ampere = ampere
        self.kelvin = kelvin
        self.mole = mole
        self.candela = candela
        self.scaleInterval = scaleInterval
    }

    /// A pure number (also `%`, `‰`, `ppm`).
    public static let dimensionless = Dimension()
    public static let length = Dimension(metre: 1)
    public static let mass = Dimension(kilogram: 1)
    public static let time = Dimension(second: 1)
    public static let current = Dimension(ampere: 1)
    public static let temperature = Dimension(kelvin: 1)
    public static let amount = Dimension(mole: 1)
    public static let luminousIntensity = Dimension(candela: 1)
    /// The dimension of `e`.
    public static let scale = Dimension(scaleInterval: 1)

    /// Whether every exponent is zero.
    public var isDimensionless: Bool { self == .dimensionless }

    /// The exponents in a fixed order, with their symbols, for combining and printing.
    private var exponents: [(symbol: String, value: Int)] {
        [("m", metre), ("kg", kilogram), ("s", second), ("A", ampere),
         ("K", kelvin), ("mol", mole), ("cd", candela), ("e", scaleInterval)]
    }

    private static func combine(_ l: Dimension, _ r: Dimension, _ op: (Int, Int) -> Int) -> Dimension {
        Dimension(
            metre: op(l.metre, r.metre), kilogram: op(l.kilogram, r.kilogram),
            second: op(l.second, r.second), ampere: op(l.ampere, r.ampere),
            kelvin: op(l.kelvin, r.kelvin), mole: op(l.mole, r.mole),
            candela: op(l.candela, r.candela), scaleInterval: op(l.scaleInterval, r.scaleInterval)
        )
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
