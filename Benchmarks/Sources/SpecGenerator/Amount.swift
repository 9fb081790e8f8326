/// A decimal number `mantissa × 10^-scale`, kept exact so that an edited or converted value is written
/// exactly as intended (`0.0016`, never `0.0016000000000000001`).
public struct Dec: Hashable, Sendable {
    public var mantissa: Int
    public var scale: Int

    public init(_ mantissa: Int, scale: Int = 0) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// Plain decimal text, without exponent and without trailing zeros after the point.
    public var text: String {
        if scale <= 0 {
            var power = 1
            for _ in 0..<(-scale) { power *= 10 }
            return String(mantissa * power)
        }
        let negative = mantissa < 0
        var digits = String(mantissa.magnitude)
        if digits.count <= scale {
            digits = String(repeating: "0", count: scale - digits.count + 1) + digits
        }
        let point = digits.index(digits.endIndex, offsetBy: -scale)
        var fraction = String(digits[point...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = String(digits[..<point])
        return (negative ? "-" : "") + (fraction.isEmpty ? whole : whole + "." + fraction)
    }

    /// The same number in exponent form (`1E-2` for 0.01), which the format accepts and must read
    /// as the same value.
    public var exponentText: String {
        scale == 0 ? String(mantissa) : "\(mantissa)E\(-scale)"
    }

    /// Multiplied by `numerator / 10` (so `8` is ×0.8 and `12` is ×1.2), exactly.
    public func scaled(tenths numerator: Int) -> Dec {
        Dec(mantissa * numerator, scale: scale + 1)
    }

    /// Multiplied by an integer.
    public func times(_ factor: Int) -> Dec {
        Dec(mantissa * factor, scale: scale)
    }

    /// The same number with the decimal point moved: `shifted(3)` divides by 1000.
    public func shifted(_ places: Int) -> Dec {
        Dec(mantissa, scale: scale + places)
    }

    /// The exact sum.
    public static func + (a: Dec, b: Dec) -> Dec {
        let scale = max(a.scale, b.scale)
        return Dec(a.aligned(to: scale) + b.aligned(to: scale), scale: scale)
    }

    /// The exact difference.
    public static func - (a: Dec, b: Dec) -> Dec {
        a + Dec(-b.mantissa, scale: b.scale)
    }

    private func aligned(to target: Int) -> Int {
        var value = mantissa
        for _ in 0..<(target - scale) { value *= 10 }
        return value
    }
}

/// A number with its unit as written (`""` for a bare number).
public struct Amount: Hashable, Sendable {
    public var value: Dec
    public var unit: String

    public init(_ value: Dec, _ unit: String) {
        self.value = value
        self.unit = unit
    }

    /// `1.6 mg`, or `1.6` without a unit.
    public var text: String {
        unit.isEmpty ? value.text : value.text + " " + unit
    }

    /// The same quantity written in another unit the format must read as equal, or `nil` when the unit
    /// has no such twin here (`e` compares only with itself; absolute temperatures go through
    /// ``kelvin``).
    public var equivalent: Amount? {
        switch unit {
        case "mg": Amount(value.shifted(3), "g")
        case "g": Amount(value.shifted(-3), "mg")
        case "kg": Amount(value.shifted(-3), "g")
        case "kPa": Amount(value.shifted(-3), "Pa")
        case "MPa": Amount(value.shifted(-3), "kPa")
        case "%": Amount(value.shifted(-1), "‰")
        case "a": Amount(value.times(12), "月")
        case "min": Amount(value.times(60), "s")
        case "h": Amount(value.times(60), "min")
        case "kV": Amount(value.shifted(-3), "V")
        case "mm": Amount(value.shifted(-3), "m")
        case "m³/h": Amount(value.times(1000), "L/h")
        default: nil
        }
    }

    /// An absolute temperature in °C as kelvin (`20 °C` is `293.15 K`).
    public var kelvin: Amount? {
        unit == "°C" ? Amount(value + Dec(27315, scale: 2), "K") : nil
    }
}
