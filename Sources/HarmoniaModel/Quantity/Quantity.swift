/// A number with its unit, as written in a document.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The exact number.
    public var number: Rational
    /// The number as written, after width and minus folding and without digit-group spaces
    /// (`1.6`, `-10`, `2.5E-3`, `5000` for `5 000`).
    public var numberText: String
    /// `Unit.one` when no unit is written.
    public var unit: Unit
    /// The unit as written (width-folded), `""` if none. An interval end that takes the unit written once
    /// at the end (`−10 ~ 40 °C`) carries that unit's text too, so each end reads on its own.
    public var unitText: String

    /// A quantity with its texts as written.
    public init(number: Rational, numberText: String, unit: Unit = .one, unitText: String = "") {
        self.number = number
        self.numberText = numberText
        self.unit = unit
        self.unitText = unitText
    }

    /// A quantity from its number; the number text is the exact decimal.
    public init(_ number: Rational, _ unit: Unit = .one) {
        self.init(number: number, numberText: number.description, unit: unit, unitText: unit.symbol)
    }

    /// Value in coherent SI. `absolute: true` applies the unit's offset (temperature points: 20 °C is
    /// 293.15 K); `false` gives a difference (a limit of ±2 °C is ±2 K).
    public func siValue(absolute: Bool) -> Rational {
        if unit.factor == .one {
            return absolute && !unit.offset.isZero ? number + unit.offset : number
        }
        let scaled = number * unit.factor
        return absolute && !unit.offset.isZero ? scaled + unit.offset : scaled
    }

    /// E.g. `1.6 mg`, `0.5 %`, `100`.
    public var description: String {
        if unitText.isEmpty { return numberText }
        return numberText + " " + unitText
    }
}
