import HarmoniaModel

/// Whose requirement it is: the reference's (it weighs in the score), or one only the domestic document states.
public enum RequirementOrigin: String, Hashable, Sendable, CaseIterable {
    /// A requirement of the reference: it weighs 1 in the score, whatever the domestic document does with it.
    case reference
    /// A requirement only the domestic document states (its pairs are all `added`): listed and weighed in
    /// the degree, never in the score.
    case domestic
}

/// What a requirement is made of.
public enum RequirementShape: String, Hashable, Sendable, CaseIterable {
    /// A table: one requirement whose cells share its weight equally.
    case table
    /// An indicator outside any table.
    case indicator
}

/// How much of a requirement the domestic document adopts, read from the verdicts of its pairs.
public enum RequirementStatus: String, Hashable, Sendable, CaseIterable {
    /// Every value agrees, at most editorially different.
    case adopted
    /// Every value has a domestic counterpart, some with technical deviations.
    case modified
    /// Some values have a domestic counterpart, others none.
    case partlyAdopted = "partly adopted"
    /// No value has a domestic counterpart.
    case notAdopted = "not adopted"
    /// A requirement only the domestic document states.
    case added
}

/// One key technical requirement and the pairs that compare it: a table or an indicator of the
/// reference, or a requirement only the domestic document states.
///
/// The score weighs requirements, not pairs: a table of 42 density limits is one requirement whose
/// cells share its weight, as the accuracy-class requirement beside it is one. Its fields live behind one
/// reference (``CopyOnWrite``), as a pair's do.
public struct Requirement: Hashable, Sendable {
    /// The stored fields, compared and hashed as a whole.
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var origin: RequirementOrigin
        @usableFromInline var shape: RequirementShape
        @usableFromInline var id: String
        @usableFromInline var concept: String
        @usableFromInline var internationalClause: String?
        @usableFromInline var domesticClauses: [String]
        @usableFromInline var pairIndices: [Int]
        @usableFromInline var counts: VerdictCounts
        @usableFromInline var editorial: Int
        @usableFromInline var technical: Int
        @usableFromInline var weight: Rational
        @usableFromInline var credit: Rational
        @usableFromInline var kept: Rational
        @usableFromInline var status: RequirementStatus
        @usableFromInline var summary: String
    }

    @usableFromInline var storage: CopyOnWrite<Fields>

    /// Whose requirement it is.
    @inlinable public var origin: RequirementOrigin {
        _read { yield storage.fields.origin }
        set { storage.fields.origin = newValue }
    }
    /// A table or a single indicator.
    @inlinable public var shape: RequirementShape {
        _read { yield storage.fields.shape }
        set { storage.fields.shape = newValue }
    }
    /// The table's id or the indicator's id, on the requirement's own side (the reference's for
    /// `reference`, the domestic document's for `domestic`).
    @inlinable public var id: String {
        _read { yield storage.fields.id }
        set { storage.fields.id = newValue }
    }
    /// The concept the requirement states (the table's, or the indicator's).
    @inlinable public var concept: String {
        _read { yield storage.fields.concept }
        set { storage.fields.concept = newValue }
    }
    /// The reference's clause; `nil` for a domestic-only requirement.
    @inlinable public var internationalClause: String? {
        _read { yield storage.fields.internationalClause }
        set { storage.fields.internationalClause = newValue }
    }
    /// Every domestic clause that states a counterpart, in clause order, without repeats; empty when
    /// the domestic document adopts none of it.
    @inlinable public var domesticClauses: [String] {
        _read { yield storage.fields.domesticClauses }
        set { storage.fields.domesticClauses = newValue }
    }
    /// Indices into ``Comparison/pairs``, in the comparison's order.
    @inlinable public var pairIndices: [Int] {
        _read { yield storage.fields.pairIndices }
        set { storage.fields.pairIndices = newValue }
    }
    /// The verdicts of its pairs.
    @inlinable public var counts: VerdictCounts {
        _read { yield storage.fields.counts }
        set { storage.fields.counts = newValue }
    }
    /// How many of its pairs differ only editorially (see ``Pair/difference``).
    @inlinable public var editorial: Int {
        _read { yield storage.fields.editorial }
        set { storage.fields.editorial = newValue }
    }
    /// How many of its pairs are technical deviations (see ``Pair/isTechnicalDeviation``).
    @inlinable public var technical: Int {
        _read { yield storage.fields.technical }
        set { storage.fields.technical = newValue }
    }
    /// Its weight in the score: 1 for a requirement of the reference, 0 for a domestic-only one.
    @inlinable public var weight: Rational {
        _read { yield storage.fields.weight }
        set { storage.fields.weight = newValue }
    }
    /// What it earns in the score, between 0 and `weight`: the mean credit of its pairs (identical,
    /// equivalent and editorial 1, stricter ½, looser, different and missing 0) times its weight.
    @inlinable public var credit: Rational {
        _read { yield storage.fields.credit }
        set { storage.fields.credit = newValue }
    }
    /// The share of its values (by count, 0…1) that have a domestic counterpart, whatever the verdict:
    /// what the degree's "content largely kept" rule adds up. 0 for a domestic-only requirement.
    @inlinable public var kept: Rational {
        _read { yield storage.fields.kept }
        set { storage.fields.kept = newValue }
    }
    /// How much of it the domestic document adopts.
    @inlinable public var status: RequirementStatus {
        _read { yield storage.fields.status }
        set { storage.fields.status = newValue }
    }
    /// One line for a reader: `Table density (reference § 10.1), density limits: not adopted, 42 values`.
    @inlinable public var summary: String {
        _read { yield storage.fields.summary }
        set { storage.fields.summary = newValue }
    }

    public init(
        origin: RequirementOrigin, shape: RequirementShape, id: String, concept: String,
        internationalClause: String?, domesticClauses: [String], pairIndices: [Int], counts: VerdictCounts,
        editorial: Int, technical: Int, weight: Rational, credit: Rational, kept: Rational,
        status: RequirementStatus, summary: String
    ) {
        storage = CopyOnWrite(
            Fields(
                origin: origin, shape: shape, id: id, concept: concept, internationalClause: internationalClause,
                domesticClauses: domesticClauses, pairIndices: pairIndices, counts: counts, editorial: editorial,
                technical: technical, weight: weight, credit: credit, kept: kept, status: status, summary: summary))
    }

    /// A key unique within one comparison: `reference table mpe`, `domestic indicator 7.1/period/1`.
    public var key: String { "\(origin.rawValue) \(shape.rawValue) \(id)" }

    /// The number of values (pairs) it holds.
    public var values: Int { pairIndices.count }

    /// The clause the requirement is filed under: the reference's, else the first domestic one.
    public var clause: String { internationalClause ?? domesticClauses.first ?? "" }

    /// Whether any of its pairs is a technical deviation.
    public var hasTechnicalDeviation: Bool { technical > 0 }
}

extension Comparison {
    /// The requirements whose pairs include technical deviations, in the comparison's order.
    public var deviatingRequirements: [Requirement] {
        requirements.filter(\.hasTechnicalDeviation)
    }

    /// For each pair (by index into `pairs`), the index into `requirements` of the requirement it belongs
    /// to: for writers that go through the pairs and want each one's requirement.
    public func requirementIndexOfPairs() -> [Int] {
        var result = [Int](repeating: 0, count: pairs.count)
        for (requirementIndex, requirement) in requirements.enumerated() {
            for pairIndex in requirement.pairIndices { result[pairIndex] = requirementIndex }
        }
        return result
    }

    /// Indices into `pairs` of the technical deviations of one requirement, in the comparison's order.
    public func technicalDeviations(in requirement: Requirement) -> [Int] {
        requirement.pairIndices.filter { pairs[$0].isTechnicalDeviation }
    }
}
