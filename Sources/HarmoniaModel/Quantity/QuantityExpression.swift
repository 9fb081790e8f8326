/// The relation of a one-sided limit.
public enum BoundOperator: String, Hashable, Sendable {
    case lessOrEqual = "≤"
    case less = "<"
    case greaterOrEqual = "≥"
    case greater = ">"

    /// Hashes by case, not by raw value (the default for raw-valued enums hashes the string).
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .lessOrEqual: hasher.combine(0)
        case .less: hasher.combine(1)
        case .greaterOrEqual: hasher.combine(2)
        case .greater: hasher.combine(3)
        }
    }

    /// Whether the limit includes its value (`≤`, `≥`).
    public var isInclusive: Bool { self == .lessOrEqual || self == .greaterOrEqual }

    /// Whether the limit bounds from above (`≤`, `<`).
    public var isUpper: Bool { self == .lessOrEqual || self == .less }
}

/// One end of an interval.
public struct IntervalEnd: Hashable, Sendable {
    /// The end's value.
    public var quantity: Quantity
    /// Whether the end belongs to the interval (`[`, `]`, `≤`).
    public var inclusive: Bool

    /// An interval end.
    public init(quantity: Quantity, inclusive: Bool) {
        self.quantity = quantity
        self.inclusive = inclusive
    }
}

/// A quantity expression as written: the forms of the specification format's "Quantity expressions".
public enum QuantityExpression: Hashable, Sendable {
    /// One value: `1.6 mg`, `20 °C`, `0.5 e`, `100`.
    case value(Quantity)
    /// `±x`, x ≥ 0: the interval [−x, +x] around the true value.
    case symmetricLimit(Quantity)
    /// `+2 % / -1 %`: upper = +2 %, lower = −1 % (signed as the interval ends).
    case asymmetricLimit(upper: Quantity, lower: Quantity)
    /// `≤ 0.5 %`, `> 0`.
    case bound(BoundOperator, Quantity)
    /// Intervals and chains; a nil end is an open side; `variable` is the chain's variable (`m`) or nil.
    case interval(lower: IntervalEnd?, upper: IntervalEnd?, variable: String?)
    /// `E1|E2|F1`: tokens as written (width-folded), in document order.
    case set([String])
    /// `E2`, `III`, `initial`.
    case token(String)
}

extension QuantityExpression: CustomStringConvertible {
    /// A normalised rendering: `±1.6 mg`, `+2 % / -1 %`, `≤ 0.5 %`, `[263.15, 313.15] K`, `500 e < m ≤ 2000 e`.
    public var description: String {
        switch self {
        case let .value(q):
            return q.description
        case let .symmetricLimit(q):
            return "±" + q.description
        case let .asymmetricLimit(upper, lower):
            return signed(upper) + " / " + signed(lower)
        case let .bound(op, q):
            return op.rawValue + " " + q.description
        case let .interval(lower, upper, variable?):
            var parts: [String] = []
            if let lower { parts.append(lower.quantity.description + (lower.inclusive ? " ≤ " : " < ")) }
            parts.append(variable)
            if let upper { parts.append((upper.inclusive ? " ≤ " : " < ") + upper.quantity.description) }
            return parts.joined()
        case let .interval(lower, upper, nil):
            let open = lower.map { $0.inclusive ? "[" : "(" } ?? "("
            let close = upper.map { $0.inclusive ? "]" : ")" } ?? ")"
            let low = lower.map { $0.quantity.numberText } ?? "-∞"
            let high = upper.map { $0.quantity.numberText } ?? "∞"
            let unit = (upper ?? lower)?.quantity.unitText ?? ""
            return open + low + ", " + high + close + (unit.isEmpty ? "" : " " + unit)
        case let .set(tokens):
            return tokens.joined(separator: "|")
        case let .token(token):
            return token
        }
    }

    private func signed(_ q: Quantity) -> String {
        q.numberText.hasPrefix("-") || q.numberText.hasPrefix("+") ? q.description : "+" + q.description
    }
}

/// A parsed expression with the parser's non-fatal remarks.
public struct ParsedExpression: Sendable, Hashable {
    public let expression: QuantityExpression
    /// Non-fatal remarks (a tolerated D-SI unit spelling, say); empty for normal input.
    public let warnings: [String]

    /// A parse result.
    public init(expression: QuantityExpression, warnings: [String] = []) {
        self.expression = expression
        self.warnings = warnings
    }
}
