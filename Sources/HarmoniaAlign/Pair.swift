import HarmoniaModel

/// A qualifier that the two sides of a partial pair do not share or do not agree on.
public struct QualifierDifference: Hashable, Sendable {
    /// The qualifier name (as the domestic side writes it, else as the international side does).
    public var name: String
    /// The domestic value as written; `nil` when only the international side names it.
    public var domestic: String?
    /// The international value as written; `nil` when only the domestic side names it.
    public var international: String?
    /// For ranges that differ but overlap.
    public var overlaps: Bool

    public init(name: String, domestic: String?, international: String?, overlaps: Bool) {
        self.name = name
        self.domestic = domestic
        self.international = international
        self.overlaps = overlaps
    }
}

/// What explains a technical deviation, if anything does.
public enum Explanation: Hashable, Sendable {
    /// The domestic indicator (or its table) carries a justification.
    case justification(LocalizedText)
    /// An omission in the domestic document names the international indicator (or its table) and justifies it.
    case omission(ref: String, LocalizedText)

    /// The justification text.
    public var text: LocalizedText {
        switch self {
        case .justification(let text), .omission(_, let text): text
        }
    }
}

/// How a pair came to be, for readers who want to know why two indicators were put together.
public enum PairingStep: String, Hashable, Sendable {
    /// Pinned by a `ref` on an indicator or a table.
    case pinned
    /// Same concept and equal qualifiers.
    case exact
    /// Best partial match within a concept.
    case partial
    /// One side only.
    case unpaired
}

/// A side of a pair.
public enum PairSide: String, Hashable, Sendable {
    case domestic, international
}

/// Marks a pair whose indicator on `side` is a requirement another pair already holds: the same reference
/// indicator met by a second domestic indicator (a restatement in another clause, a domestic requirement
/// split by a qualifier the reference does not use), or a second clause restating a requirement.
/// `docs/pairing.md` says how reports show it; the score counts the requirement once.
public struct Restatement: Hashable, Sendable {
    /// The side whose requirement is held by another pair.
    public var side: PairSide
    /// The id of that side's indicator in the other pair.
    public var id: String

    public init(side: PairSide, id: String) {
        self.side = side
        self.id = id
    }
}

/// One pair of the comparison: a domestic indicator, an international one, or both, with its verdict.
///
/// A value type whose fields live behind one reference (``CopyOnWrite``): a comparison holds a pair per
/// indicator, and sorting, grouping and writing them must cost one retain a copy, not one per field.
public struct Pair: Hashable, Sendable {
    /// The stored fields, compared and hashed as a whole.
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var verdict: Verdict
        @usableFromInline var concept: String
        @usableFromInline var domestic: Indicator?
        @usableFromInline var international: Indicator?
        @usableFromInline var qualifierDifferences: [QualifierDifference]
        @usableFromInline var explanation: Explanation?
        @usableFromInline var detail: String
        @usableFromInline var step: PairingStep
        @usableFromInline var restatementOf: Restatement?
    }

    @usableFromInline var storage: CopyOnWrite<Fields>

    @inlinable public var verdict: Verdict {
        _read { yield storage.fields.verdict }
        set { storage.fields.verdict = newValue }
    }
    /// The concept id that decided the verdict (the international side's for a pinned pair).
    @inlinable public var concept: String {
        _read { yield storage.fields.concept }
        set { storage.fields.concept = newValue }
    }
    @inlinable public var domestic: Indicator? {
        _read { yield storage.fields.domestic }
        set { storage.fields.domestic = newValue }
    }
    @inlinable public var international: Indicator? {
        _read { yield storage.fields.international }
        set { storage.fields.international = newValue }
    }
    @inlinable public var qualifierDifferences: [QualifierDifference] {
        _read { yield storage.fields.qualifierDifferences }
        set { storage.fields.qualifierDifferences = newValue }
    }
    /// For deviations: what explains it; `nil` when nothing does (and always `nil` for agreement).
    @inlinable public var explanation: Explanation? {
        _read { yield storage.fields.explanation }
        set { storage.fields.explanation = newValue }
    }
    /// How the two values compare, in words.
    @inlinable public var detail: String {
        _read { yield storage.fields.detail }
        set { storage.fields.detail = newValue }
    }
    @inlinable public var step: PairingStep {
        _read { yield storage.fields.step }
        set { storage.fields.step = newValue }
    }
    /// Set when the requirement on one side is already held by another pair.
    @inlinable public var restatementOf: Restatement? {
        _read { yield storage.fields.restatementOf }
        set { storage.fields.restatementOf = newValue }
    }

    public init(
        verdict: Verdict, concept: String, domestic: Indicator?, international: Indicator?,
        qualifierDifferences: [QualifierDifference] = [], explanation: Explanation? = nil,
        detail: String, step: PairingStep
    ) {
        storage = CopyOnWrite(
            Fields(
                verdict: verdict, concept: concept, domestic: domestic, international: international,
                qualifierDifferences: qualifierDifferences, explanation: explanation, detail: detail, step: step,
                restatementOf: nil))
    }

    /// `nil` for agreement; for a deviation whether a justification or an omission explains it.
    public var explained: Bool? {
        verdict.isAgreement ? nil : explanation != nil
    }

    /// The clause the pair is filed under: the international clause, else the domestic one.
    public var clause: String {
        international?.clause ?? domestic?.clause ?? ""
    }
}
