/// Canonical meaning of an expression, for equality/hashing and for ordering by the Align engine.
///
/// Two expressions with equal canonical forms say the same thing, however written: `0.3 g` and `300 mg`,
/// `≤ 0.5 %` and `<= 0.5 %`, `0 ≤ m ≤ 500 e` and `[0, 500] e`, `E2|E1` and `E1|E2`.
public enum CanonicalForm: Hashable, Sendable {
    case numeric(NumericSet)
    /// Sorted, deduplicated, case-folded and width-folded tokens; a single token is a one-element list.
    case tokens([String])
    /// An expression in an opaque unit: its identity-folded text.
    case opaque(String)
}

/// A set of values in coherent SI: a point, a limit around the true value, or a range.
public struct NumericSet: Hashable, Sendable {
    /// `point`: a value. `limit`: `±x` or `+a/−b`, ends are differences. `range`: bound, interval or
    /// chain, ends are absolute values.
    public enum Kind: String, Hashable, Sendable {
        case point, limit, range

        /// Hashes by case, not by raw value (the default for raw-valued enums hashes the string).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(self == .point ? 0 : self == .limit ? 1 : 2)
        }
    }

    /// One end of the set.
    public struct End: Hashable, Sendable {
        /// The end's value in coherent SI.
        public var value: Rational
        /// Whether the end belongs to the set.
        public var inclusive: Bool

        /// A set end.
        public init(value: Rational, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    /// What the set stands for.
    public var kind: Kind
    /// The dimension of its values.
    public var dimension: Dimension
    /// nil = unbounded below (−∞).
    public var lower: End?
    /// nil = unbounded above (+∞).
    public var upper: End?

    /// A set from its parts.
    public init(kind: Kind, dimension: Dimension, lower: End?, upper: End?) {
        self.kind = kind
        self.dimension = dimension
        self.lower = lower
        self.upper = upper
    }

    /// Set inclusion: every value of `other` lies in `self`, respecting open and closed ends and
    /// unboundedness. Sets of different dimensions contain nothing of each other; the kind is not compared
    /// (the caller pairs like with like).
    public func contains(_ other: NumericSet) -> Bool {
        guard dimension == other.dimension else { return false }
        if let lower {
            guard let otherLower = other.lower else { return false }
            if otherLower.value < lower.value { return false }
            if otherLower.value == lower.value && otherLower.inclusive && !lower.inclusive { return false }
        }
        if let upper {
            guard let otherUpper = other.upper else { return false }
            if otherUpper.value > upper.value { return false }
            if otherUpper.value == upper.value && otherUpper.inclusive && !upper.inclusive { return false }
        }
        return true
    }

    /// Whether `value` lies in the set.
    public func contains(_ value: Rational) -> Bool {
        contains(
            NumericSet(
                kind: .point, dimension: dimension,
                lower: End(value: value, inclusive: true), upper: End(value: value, inclusive: true)))
    }

    /// The width `upper − lower`, nil when unbounded.
    public var width: Rational? {
        guard let lower, let upper else { return nil }
        return upper.value - lower.value
    }
}

extension QuantityExpression {
    /// The canonical meaning: values in coherent SI, tokens folded, opaque units by their folded text.
    public var canonical: CanonicalForm {
        switch self {
        case .value(let q):
            if q.unit.isOpaque { return opaque }
            let v = q.siValue(absolute: true)
            return .numeric(
                NumericSet(
                    kind: .point, dimension: q.unit.dimension,
                    lower: .init(value: v, inclusive: true), upper: .init(value: v, inclusive: true)))
        case .symmetricLimit(let q):
            if q.unit.isOpaque { return opaque }
            let x = q.siValue(absolute: false).magnitude
            return .numeric(
                NumericSet(
                    kind: .limit, dimension: q.unit.dimension,
                    lower: .init(value: -x, inclusive: true), upper: .init(value: x, inclusive: true)))
        case .asymmetricLimit(let upper, let lower):
            if upper.unit.isOpaque || lower.unit.isOpaque { return opaque }
            return .numeric(
                NumericSet(
                    kind: .limit, dimension: upper.unit.dimension,
                    lower: .init(value: lower.siValue(absolute: false), inclusive: true),
                    upper: .init(value: upper.siValue(absolute: false), inclusive: true)))
        case .bound(let op, let q):
            if q.unit.isOpaque { return opaque }
            let end = NumericSet.End(value: q.siValue(absolute: true), inclusive: op.isInclusive)
            return .numeric(
                NumericSet(
                    kind: .range, dimension: q.unit.dimension,
                    lower: op.isUpper ? nil : end, upper: op.isUpper ? end : nil))
        case .interval(let lower, let upper, _):
            let unit = (lower ?? upper)?.quantity.unit ?? .one
            if unit.isOpaque || (upper?.quantity.unit.isOpaque ?? false) { return opaque }
            return .numeric(
                NumericSet(
                    kind: .range, dimension: unit.dimension,
                    lower: lower.map { .init(value: $0.quantity.siValue(absolute: true), inclusive: $0.inclusive) },
                    upper: upper.map { .init(value: $0.quantity.siValue(absolute: true), inclusive: $0.inclusive) }
                ))
        case .set(let tokens):
            return .tokens(Array(Set(tokens.map(TextFolding.tokenKey))).sorted())
        case .token(let token):
            return .tokens([TextFolding.tokenKey(token)])
        case .formula:
            // Compared term by term by the value comparison; as a qualifier, by its text.
            return opaque
        case .withCoverage(let inner, _):
            return inner.canonical
        }
    }

    /// An expression in an opaque unit can only be compared as text.
    private var opaque: CanonicalForm {
        .opaque(TextFolding.identityKey(description))
    }

    /// The numeric set, when the expression has one.
    public var numericSet: NumericSet? {
        if case .numeric(let set) = canonical { return set }
        return nil
    }
}
