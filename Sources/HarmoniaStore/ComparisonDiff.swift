/// What changed between two recorded comparisons — typically one edition against the next.
///
/// Pairs are matched across the records as the same requirement: first by concept and qualifiers (so that
/// editions, or reference editions, that name their indicators differently still match), then by
/// international indicator id, then by domestic indicator id, each pass over what the ones before left
/// unmatched. A `missing` pair that the next edition fills is seen as the same requirement, now met.
public struct ComparisonDiff: Hashable, Sendable {
    /// One pair present in both records, with its verdict before and after.
    public struct Change: Hashable, Sendable {
        public var before: RecordedPair
        public var after: RecordedPair

        /// The indicator the pair is known by (international id, else domestic id).
        public var name: String { after.internationalIndicator ?? before.internationalIndicator ?? after.name }
        /// The clause it is filed under, in the later record.
        public var clause: String { after.clause.isEmpty ? before.clause : after.clause }
    }

    /// The earlier record (A).
    public var from: RecordedComparison
    /// The later record (B).
    public var to: RecordedComparison
    /// A deviation in A, agreement in B.
    public var closed: [Change]
    /// Agreement in A, a deviation in B.
    public var opened: [Change]
    /// Any other change of verdict (a deviation of another kind, `identical` ↔ `equivalent`).
    public var changed: [Change]
    /// Pairs of B that match nothing in A, in B's order.
    public var added: [RecordedPair]
    /// Pairs of A that match nothing in B, in A's order.
    public var dropped: [RecordedPair]

    /// B's score minus A's, in tenths.
    public var changeTenths: Int { to.scoreTenths - from.scoreTenths }

    /// Deviations of A whose requirement B no longer compares (dropped pairs that deviated): the deviation
    /// is gone with its requirement — the later edition no longer adds it, or the reference no longer asks it.
    public var closedWithRequirement: [RecordedPair] { dropped.filter(\.verdict.isDeviation) }
    /// Deviations of B on a requirement A did not compare (added pairs that deviate).
    public var openedWithRequirement: [RecordedPair] { added.filter(\.verdict.isDeviation) }
    /// Every deviation of A that B no longer has: now in agreement (``closed``), or gone with its requirement.
    public var deviationsClosed: Int { closed.count + closedWithRequirement.count }
    /// Every deviation of B that A did not have: a requirement that agreed and now deviates (``opened``), or a
    /// new requirement that deviates. A's deviations − closed + opened = B's deviations.
    public var deviationsOpened: Int { opened.count + openedWithRequirement.count }

    public init(from: RecordedComparison, fromPairs: [RecordedPair], to: RecordedComparison, toPairs: [RecordedPair]) {
        self.from = from
        self.to = to
        var matchOfB: [Int: Int] = [:]  // index in toPairs → index in fromPairs
        var usedA = Set<Int>()
        func match(_ key: (RecordedPair) -> String?) {
            var indexOfA: [String: [Int]] = [:]
            for (index, pair) in fromPairs.enumerated() where !usedA.contains(index) {
                if let value = key(pair) { indexOfA[value, default: []].append(index) }
            }
            for (index, pair) in toPairs.enumerated() where matchOfB[index] == nil {
                guard let value = key(pair), let a = indexOfA[value]?.first(where: { !usedA.contains($0) }) else {
                    continue
                }
                matchOfB[index] = a
                usedA.insert(a)
            }
        }
        match { pair in pair.qualifiers.map { pair.concept + "\u{1}" + $0 } }
        match(\.internationalIndicator)
        match(\.domesticIndicator)

        var closed: [Change] = []
        var opened: [Change] = []
        var changed: [Change] = []
        var added: [RecordedPair] = []
        for (index, after) in toPairs.enumerated() {
            guard let a = matchOfB[index] else {
                added.append(after)
                continue
            }
            let before = fromPairs[a]
            guard before.verdict != after.verdict else { continue }
            let change = Change(before: before, after: after)
            switch (before.verdict.isDeviation, after.verdict.isDeviation) {
            case (true, false): closed.append(change)
            case (false, true): opened.append(change)
            default: changed.append(change)
            }
        }
        self.closed = closed
        self.opened = opened
        self.changed = changed
        self.added = added
        self.dropped = fromPairs.indices.filter { !usedA.contains($0) }.map { fromPairs[$0] }
    }

    /// Whether nothing changed between the two records' pairs.
    public var isEmpty: Bool {
        closed.isEmpty && opened.isEmpty && changed.isEmpty && added.isEmpty && dropped.isEmpty
    }
}
