/// What changed between two recorded comparisons — typically one edition against the next.
///
/// Pairs are matched across the records by their international indicator id, else by their domestic
/// indicator id (a second pass over what the first left unmatched), so that a `missing` pair that the next
/// edition fills is seen as the same requirement, now met.
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

    public init(from: RecordedComparison, fromPairs: [RecordedPair], to: RecordedComparison, toPairs: [RecordedPair]) {
        self.from = from
        self.to = to
        var matchOfB: [Int: Int] = [:]  // index in toPairs → index in fromPairs
        var usedA = Set<Int>()
        var byInternational: [String: Int] = [:]
        for (index, pair) in fromPairs.enumerated() {
            if let id = pair.internationalIndicator, byInternational[id] == nil { byInternational[id] = index }
        }
        for (index, pair) in toPairs.enumerated() {
            if let id = pair.internationalIndicator, let a = byInternational[id], !usedA.contains(a) {
                matchOfB[index] = a
                usedA.insert(a)
            }
        }
        var byDomestic: [String: Int] = [:]
        for (index, pair) in fromPairs.enumerated() where !usedA.contains(index) {
            if let id = pair.domesticIndicator, byDomestic[id] == nil { byDomestic[id] = index }
        }
        for (index, pair) in toPairs.enumerated() where matchOfB[index] == nil {
            if let id = pair.domesticIndicator, let a = byDomestic[id], !usedA.contains(a) {
                matchOfB[index] = a
                usedA.insert(a)
            }
        }

        var closed: [Change] = [], opened: [Change] = [], changed: [Change] = [], added: [RecordedPair] = []
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
