/// Which way a requirement on a concept is stricter.
public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
    /// A smaller limit is stricter (errors, times, drifts).
    case lower
    /// A larger value is stricter (test voltages, turndown ratios).
    case higher
    /// A range that covers more is stricter (measuring ranges, operating conditions).
    case wider
    /// A range that covers less is stricter (density limits).
    case narrower
    /// Only equality matters; any difference is `different`.
    case exact
}

/// What a concept's values are, where the expression alone cannot say (`docs/concepts.md`).
public enum QuantityKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A difference or change: tolerances, MPEs, uncertainties, variations, stability, spans. A
    /// temperature in °C is a difference (1 °C = 1 K), and a bare `d` is the actual scale interval.
    case difference
    /// An absolute value: reference temperatures, operating ranges, maximum admissible temperatures.
    /// A temperature in °C is a point on the scale (20 °C = 293.15 K).
    case absolute
    /// A duration: verification periods, warm-up and response times. `d` is the day, and a year is
    /// read as a calendar year against days, weeks or months.
    case duration
}

/// How a concept's values are stated.
public enum ValueKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A limit around the true value (MPE, error, tolerance): a bare magnitude `0.5 %` is the limit `±0.5 %`,
    /// as JJG tables print them.
    case limit
}

/// A kind of key technical indicator: maximum permissible error, accuracy class, measuring range…
public struct Concept: Hashable, Sendable, Codable {
    /// The stable id, e.g. `mpe`.
    public var id: String
    public var direction: Direction
    /// Names by language; the first of each list is the preferred name.
    public var names: [String: [String]]
    /// One line saying what it is, with its VIM/VIML source where there is one.
    public var definition: String?
    /// For conditions: the direction by the role the condition plays (`verification`, `rated`, …), where
    /// it differs from `direction`. A wider rated operating range is stricter; a wider permitted range of
    /// the conditions of verification or test is looser.
    public var conditions: [String: Direction]?
    /// What its values are (a difference, an absolute value, a duration); nil when the catalogue does not say.
    public var quantityKind: QuantityKind?
    /// `limit` when a bare magnitude stands for a ± limit.
    public var valueKind: ValueKind?

    public init(
        id: String, direction: Direction, names: [String: [String]], definition: String? = nil,
        quantityKind: QuantityKind? = nil, valueKind: ValueKind? = nil, conditions: [String: Direction]? = nil
    ) {
        self.id = id
        self.direction = direction
        self.names = names
        self.definition = definition
        self.conditions = conditions
        self.quantityKind = quantityKind
        self.valueKind = valueKind
    }

    /// The direction for a condition playing `role` (`verification`, `rated`…), else the concept's.
    public func direction(role: String?) -> Direction {
        role.flatMap { conditions?[$0] } ?? direction
    }

    /// The preferred name in `lang`, else in English, else the id.
    public func name(in lang: String) -> String {
        names[lang]?.first ?? names["en"]?.first ?? id
    }
}
