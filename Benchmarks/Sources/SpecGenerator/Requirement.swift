/// Which way a requirement is stricter, as the concept catalogue says (`spec-format.md`, Core concepts).
public enum Direction: Sendable {
    case lower, higher, wider, narrower, exact
}

/// How the domestic side departs from the international one.
public enum Edit: Sendable, CaseIterable {
    /// A stricter requirement (an `exact` concept just gets a different value).
    case stricter
    /// A looser requirement (likewise).
    case looser
    /// The same requirement written differently: another unit, exponent form, another interval syntax,
    /// another letter case. The comparator must still find it equal.
    case equivalent
}

/// One requirement's value, in one of the forms of the quantity-expression grammar.
public enum Requirement: Hashable, Sendable {
    /// `±1.6 mg`
    case symmetric(Amount, spaced: Bool)
    /// `≤ 63 kPa`, `>= 100`; `op` is written as given.
    case bound(op: String, Amount)
    /// A plain value, `60 kg`; a bare number may be written in exponent form.
    case value(Amount, exponent: Bool)
    /// `-10 °C .. 40 °C` and its other spellings, chosen by `style` (0…3).
    case interval(lower: Amount, upper: Amount, style: Int)
    /// `20 e ≤ m ≤ 10000 e`; `upper == nil` leaves it open (`200000 e < m`); `strictLower` writes `<`.
    case chain(lower: Dec, upper: Dec?, strictLower: Bool)
    /// `[20, 10000] e`: a closed interval in `e`, the twin of a chain.
    case bracketE(lower: Dec, upper: Dec)
    /// `E2`
    case token(String)
    /// `T30|T50`
    case set([String])

    /// The text of the expression; `&`, `<` and `>` are escaped by the writer.
    public var text: String {
        switch self {
        case .symmetric(let amount, let spaced):
            return (spaced ? "± " : "±") + amount.text
        case .bound(let op, let amount):
            return op + " " + amount.text
        case .value(let amount, let exponent):
            return exponent && amount.unit.isEmpty ? amount.value.exponentText : amount.text
        case .interval(let lower, let upper, let style):
            switch style {
            case 1: return Self.unicodeMinus(lower.text) + " ~ " + Self.unicodeMinus(upper.text)
            case 2 where lower.unit == upper.unit:
                return "[" + lower.value.text + ", " + upper.value.text + "] " + upper.unit
            case 3: return lower.text + " to " + upper.text
            default: return lower.text + " .. " + upper.text
            }
        case .chain(let lower, let upper, let strictLower):
            let opening = lower.text + " e " + (strictLower ? "<" : "≤") + " m"
            return upper.map { opening + " ≤ " + $0.text + " e" } ?? opening
        case .bracketE(let lower, let upper):
            return "[" + lower.text + ", " + upper.text + "] e"
        case .token(let token):
            return token
        case .set(let tokens):
            return tokens.joined(separator: "|")
        }
    }

    /// The domestic version of this requirement after `edit`. `alternatives` are the other tokens an
    /// `exact` token or set may take.
    public func edited(_ edit: Edit, direction: Direction, alternatives: [String] = []) -> Requirement {
        // For `lower`, a smaller number is stricter; for `higher`, a larger one. `exact` concepts get
        // a different value either way, which the comparator reports as `different`.
        let stricterFactor = direction == .higher ? 12 : 8
        let looserFactor = direction == .higher ? 8 : 12
        let factor = edit == .stricter ? stricterFactor : looserFactor
        // For ranges, `wider` is stricter and `narrower` looser (and the reverse for `narrower`).
        let widen = (edit == .stricter) == (direction != .narrower)

        switch (self, edit) {
        case (.symmetric(let amount, let spaced), .equivalent):
            return .symmetric(amount.equivalent ?? amount, spaced: !spaced)
        case (.symmetric(let amount, let spaced), _):
            return .symmetric(Amount(amount.value.scaled(tenths: factor), amount.unit), spaced: spaced)

        case (.bound(let op, let amount), .equivalent):
            if let twin = amount.equivalent { return .bound(op: op, twin) }
            return .bound(op: Self.asciiOperator(op), amount)
        case (.bound(let op, let amount), _):
            return .bound(op: op, Amount(amount.value.scaled(tenths: factor), amount.unit))

        case (.value(let amount, let exponent), .equivalent):
            if let twin = amount.equivalent { return .value(twin, exponent: exponent) }
            return .value(amount, exponent: !exponent)
        case (.value(let amount, let exponent), _):
            return .value(Amount(amount.value.scaled(tenths: factor), amount.unit), exponent: exponent)

        case (.interval(let lower, let upper, let style), .equivalent):
            if let low = lower.kelvin, let high = upper.kelvin { return .interval(lower: low, upper: high, style: 0) }
            if let low = lower.equivalent, let high = upper.equivalent {
                return .interval(lower: low, upper: high, style: style)
            }
            return .interval(lower: lower, upper: upper, style: (style + 1) % 4)
        case (.interval(let lower, let upper, let style), _):
            let step = Self.step(upper.value - lower.value)
            let low = widen ? lower.value - step : lower.value + step
            let high = widen ? upper.value + step : upper.value - step
            return .interval(lower: Amount(low, lower.unit), upper: Amount(high, upper.unit), style: style)

        case (.chain(let lower, let upper, let strictLower), .equivalent):
            if let upper, !strictLower { return .bracketE(lower: lower, upper: upper) }
            return .chain(lower: lower, upper: upper, strictLower: strictLower)
        case (.chain(let lower, let upper, let strictLower), _):
            let step = Self.step(upper.map { $0 - lower } ?? lower)
            let low = widen ? max(lower - step, Dec(0)) : lower + step
            let high = upper.map { widen ? $0 + step : $0 - step }
            return .chain(lower: low, upper: high, strictLower: strictLower)

        case (.bracketE(let lower, let upper), .equivalent):
            return .chain(lower: lower, upper: upper, strictLower: false)
        case (.bracketE(let lower, let upper), _):
            let step = Self.step(upper - lower)
            return widen
                ? .bracketE(lower: max(lower - step, Dec(0)), upper: upper + step)
                : .bracketE(lower: lower + step, upper: upper - step)

        case (.token(let token), .equivalent):
            return .token(Self.otherCase(token))
        case (.token(let token), _):
            return .token(alternatives.first { $0 != token } ?? token + "X")

        case (.set(let tokens), .equivalent):
            return .set(tokens.map(Self.otherCase))
        case (.set(let tokens), _):
            if edit == .stricter, let extra = alternatives.first(where: { !tokens.contains($0) }) {
                return .set(tokens + [extra])
            }
            return tokens.count > 1 ? .set(Array(tokens.dropLast())) : .set(tokens + ["T180"])
        }
    }

    /// A tenth of a span, at least one unit in its last place, so an edited range really moves.
    private static func step(_ span: Dec) -> Dec {
        let tenth = Dec(span.mantissa.magnitude > 9 ? Int(span.mantissa.magnitude) / 10 : 1, scale: span.scale)
        return tenth.mantissa == 0 ? Dec(1, scale: span.scale) : tenth
    }

    private static func asciiOperator(_ op: String) -> String {
        switch op {
        case "≤": "<="
        case "≥": ">="
        case "<=": "≤"
        case ">=": "≥"
        default: op
        }
    }

    /// Tokens compare case-insensitively and full-width folded, so changing case must not matter.
    private static func otherCase(_ token: String) -> String {
        let lower = token.lowercased()
        return lower == token ? token.uppercased() : lower
    }

    private static func unicodeMinus(_ text: String) -> String {
        text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}

extension Dec: Comparable {
    public static func < (a: Dec, b: Dec) -> Bool {
        (a - b).mantissa < 0
    }
}
