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
public indirect enum QuantityExpression: Hashable, Sendable {
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
    /// `±(0.5 % + 2 d)`, `±(0.15 + 0.002·|t|) °C`: a symmetric limit whose magnitude is a sum of terms.
    case formula([FormulaTerm])
    /// An expression with the coverage factor and level of confidence written beside it:
    /// `U ≤ 0.5 mg (k = 2)`, `0.3 mg, k = 2, p = 95 %`.
    case withCoverage(QuantityExpression, Coverage)

    /// The expression without a coverage statement written beside it.
    public var withoutCoverage: QuantityExpression {
        if case .withCoverage(let inner, _) = self { return inner }
        return self
    }
}

/// One term of a formula limit: a quantity, or a coefficient times a variable (`0.002·|t|`).
public struct FormulaTerm: Hashable, Sendable, CustomStringConvertible {
    /// The quantity, or the coefficient (with the unit written after the bracket) of a variable term.
    public var coefficient: Quantity
    /// The variable as written (`|t|`, `L`), nil for a plain quantity.
    public var variable: String?

    /// A term.
    public init(coefficient: Quantity, variable: String? = nil) {
        self.coefficient = coefficient
        self.variable = variable
    }

    /// `0.5 %`, `0.002·|t| °C`.
    public var description: String {
        guard let variable else { return coefficient.description }
        let unit = coefficient.unitText.isEmpty ? "" : " " + coefficient.unitText
        return coefficient.numberText + "·" + variable + unit
    }
}

/// The coverage factor `k` and coverage probability `p` written with an uncertainty.
public struct Coverage: Hashable, Sendable, CustomStringConvertible {
    /// `k`, as read.
    public var factor: Quantity?
    /// `p` (a level of confidence such as `95 %`), as read.
    public var probability: Quantity?

    /// A coverage statement.
    public init(factor: Quantity?, probability: Quantity?) {
        self.factor = factor
        self.probability = probability
    }

    /// `k = 2, p = 95 %`.
    public var description: String {
        [factor.map { "k = " + $0.description }, probability.map { "p = " + $0.description }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

extension QuantityExpression: CustomStringConvertible {
    /// A normalised rendering: `±1.6 mg`, `+2 % / -1 %`, `≤ 0.5 %`, `[263.15, 313.15] K`, `500 e < m ≤ 2000 e`.
    public var description: String {
        switch self {
        case .value(let q):
            return q.description
        case .symmetricLimit(let q):
            return "±" + q.description
        case .asymmetricLimit(let upper, let lower):
            return signed(upper) + " / " + signed(lower)
        case .bound(let op, let q):
            return op.rawValue + " " + q.description
        case .interval(let lower, let upper, let variable?):
            var parts: [String] = []
            if let lower { parts.append(lower.quantity.description + (lower.inclusive ? " ≤ " : " < ")) }
            parts.append(variable)
            if let upper { parts.append((upper.inclusive ? " ≤ " : " < ") + upper.quantity.description) }
            return parts.joined()
        case .interval(let lower, let upper, nil):
            let open = lower.map { $0.inclusive ? "[" : "(" } ?? "("
            let close = upper.map { $0.inclusive ? "]" : ")" } ?? ")"
            let low = lower.map { $0.quantity.numberText } ?? "-∞"
            let high = upper.map { $0.quantity.numberText } ?? "∞"
            let unit = (upper ?? lower)?.quantity.unitText ?? ""
            return open + low + ", " + high + close + (unit.isEmpty ? "" : " " + unit)
        case .set(let tokens):
            return tokens.joined(separator: "|")
        case .token(let token):
            return token
        case .formula(let terms):
            return "±(" + terms.map(\.description).joined(separator: " + ") + ")"
        case .withCoverage(let inner, let coverage):
            return inner.description + " (" + coverage.description + ")"
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
