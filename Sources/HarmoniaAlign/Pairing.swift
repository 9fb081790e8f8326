import HarmoniaModel

/// A pair before judgement: indices into the two documents' indicators.
struct RawPair: Sendable {
    var domestic: Int?
    var international: Int?
    var step: PairingStep
    var differences: [QualifierDifference] = []
    /// For an indicator that belongs to a second pair (a restatement, a refinement): which side is shared
    /// and the index of that side's indicator in the first pair.
    var restates: (side: PairSide, index: Int)?
    /// For two bands of one axis: the sub-range they share, on which the pair is judged.
    var band: Pairing.BandOverlap?
}

/// What pairing is told besides the indicators: how each side folds qualifiers, the domestic scope, and
/// which reference indicators must not be partially paired (omitted, or outside the scope).
struct PairingContext: Sendable {
    var domesticFolding: QualifierFolding = .plain
    var internationalFolding: QualifierFolding = .plain
    /// The domestic document's scope, prepared with the domestic folding: (canonical name, value).
    var scope: [(name: String, value: QualifierValue)] = []
    /// Reference indicators that an omission names or that lie outside the scope, by index.
    var excluded: Set<Int> = []
}

/// Pairs the indicators of two documents: pinned, exact, partial, bands, restatements (`docs/pairing.md`).
/// Every indicator is in one pair, but for bands and restatements, whose second pairs say which side
/// they share (``RawPair/restates``). No order in the files decides a pair: ties go by content.
///
/// Steps 2 and 3 work inside hash buckets (concept and canonical qualifiers; concept), so the work grows
/// with the size of the documents, not with its square; step 3 looks at every candidate in a bucket only
/// while the bucket is small, and at candidates sharing a qualifier value beyond that.
struct Pairing {
    let domestic: [Indicator]
    let international: [Indicator]
    /// Everything pairing reads besides the indicators themselves: numbers for concepts, qualifiers and
    /// values as written, in common across both documents.
    let index: PreparedIndex
    private(set) var warnings: [String] = []

    /// Above this many candidate pairs in one concept, step 3 only considers pairs sharing a qualifier value.
    static let fullSearchLimit = 250_000
    /// In a large bucket, how many candidates one indicator is compared with at most.
    static let candidateLimit = 64

    /// Reference indicators that only step 1 and 2 may pair (omitted, outside the scope).
    let excluded: Set<Int>

    init(index: PreparedIndex, excluded: Set<Int> = []) {
        self.index = index
        self.domestic = index.domestic.indicators
        self.international = index.international.indicators
        self.excluded = excluded
    }

    mutating func run(domesticID: String, internationalID: String) -> [RawPair] {
        var pairs: [RawPair] = []
        var domesticUsed = [Bool](repeating: false, count: domestic.count)
        var internationalUsed = [Bool](repeating: false, count: international.count)

        pinned(&pairs, &domesticUsed, &internationalUsed, domesticID: domesticID, internationalID: internationalID)
        exact(&pairs, &domesticUsed, &internationalUsed)
        partial(&pairs, &domesticUsed, &internationalUsed)
        bands(&pairs, &domesticUsed, &internationalUsed)
        restatements(&pairs, &domesticUsed, &internationalUsed)

        for index in international.indices where !internationalUsed[index] {
            pairs.append(RawPair(domestic: nil, international: index, step: .unpaired))
        }
        for index in domestic.indices where !domesticUsed[index] {
            pairs.append(RawPair(domestic: index, international: nil, step: .unpaired))
        }
        return pairs
    }

    // MARK: Step 1 — pinned by ref

    private mutating func pinned(
        _ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ internationalUsed: inout [Bool],
        domesticID: String, internationalID: String
    ) {
        // Indexes by id and by cell cost a pass and 100,000 string hashes on a large document: built only
        // when the other side pins something; and a side that pins nothing is not walked at all.
        let internationalByID = index.domestic.pins.byRef ? Self.index(international) : [:]
        let domesticByID = index.international.pins.byRef ? Self.index(domestic) : [:]
        let internationalCells = Self.cellIndex(international, needed: index.domestic.pins.byTable)
        let domesticCells = Self.cellIndex(domestic, needed: index.international.pins.byTable)

        func pin(_ d: Int, _ i: Int) {
            guard !domesticUsed[d], !internationalUsed[i] else { return }
            domesticUsed[d] = true
            internationalUsed[i] = true
            pairs.append(
                RawPair(
                    domestic: d, international: i, step: .pinned,
                    differences: QualifierComparison.differences(
                        index.domestic.qualifiers[d], index.international.qualifiers[i])))
        }
        for (d, indicator) in domestic.enumerated() where index.domestic.pins.any {
            if let ref = indicator.ref, !ref.isEmpty {
                if let i = internationalByID[ref] {
                    pin(d, i)
                } else {
                    warnings.append(
                        "\(domesticID): indicator \"\(indicator.id)\" has ref \"\(ref)\", which names nothing in \(internationalID)"
                    )
                }
            } else if let tableRef = indicator.tableRef, !tableRef.isEmpty,
                let key = CellKey(table: tableRef, indicator: indicator), let i = internationalCells[key]
            {
                pin(d, i)
            }
        }
        for (i, indicator) in international.enumerated() where index.international.pins.any && !internationalUsed[i] {
            if let ref = indicator.ref, !ref.isEmpty {
                if let d = domesticByID[ref] {
                    pin(d, i)
                } else {
                    warnings.append(
                        "\(internationalID): indicator \"\(indicator.id)\" has ref \"\(ref)\", which names nothing in \(domesticID)"
                    )
                }
            } else if let tableRef = indicator.tableRef, !tableRef.isEmpty,
                let key = CellKey(table: tableRef, indicator: indicator), let d = domesticCells[key]
            {
                pin(d, i)
            }
        }
        if index.domestic.pins.byTable {
            warnTableRefs(from: domestic, to: international, fromID: domesticID, toID: internationalID)
        }
        if index.international.pins.byTable {
            warnTableRefs(from: international, to: domestic, fromID: internationalID, toID: domesticID)
        }
    }

    private mutating func warnTableRefs(from source: [Indicator], to target: [Indicator], fromID: String, toID: String)
    {
        let targetTables = Set(target.compactMap { $0.cell?.tableID })
        var warned = Set<String>()
        for indicator in source {
            guard let tableRef = indicator.tableRef, !tableRef.isEmpty, let table = indicator.cell?.tableID,
                !targetTables.contains(tableRef), warned.insert(table).inserted
            else { continue }
            warnings.append("\(fromID): table \"\(table)\" has ref \"\(tableRef)\", which names no table in \(toID)")
        }
    }

    /// A table cell found by its table id and its row and column keys, compared as qualifiers are.
    private struct CellKey: Hashable {
        let table: String
        let row: QualifierValue
        let column: QualifierValue

        init(table: String, row: QualifierValue, column: QualifierValue) {
            self.table = table
            self.row = row
            self.column = column
        }

        /// A cell's row and column keys are its last two qualifiers (the table's `where` comes first).
        init?(table: String, indicator: Indicator) {
            let qualifiers = indicator.qualifiers
            guard indicator.cell != nil, qualifiers.count >= 2 else { return nil }
            self.init(
                table: table, row: QualifierValue(qualifiers[qualifiers.count - 2]),
                column: QualifierValue(qualifiers[qualifiers.count - 1]))
        }
    }

    private static func index(_ indicators: [Indicator]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, indicator) in indicators.enumerated() where result[indicator.id] == nil {
            result[indicator.id] = index
        }
        return result
    }

    /// Cells by table and keys; built only when the other document pins a table, since it costs a pass.
    private static func cellIndex(_ indicators: [Indicator], needed: Bool) -> [CellKey: Int] {
        guard needed else { return [:] }
        var result: [CellKey: Int] = [:]
        for (index, indicator) in indicators.enumerated() {
            guard let table = indicator.cell?.tableID, let key = CellKey(table: table, indicator: indicator) else {
                continue
            }
            if result[key] == nil { result[key] = index }
        }
        return result
    }

    // MARK: Step 2 — same concept, equal qualifiers

    struct ExactKey: Hashable, Sendable {
        let concept: Int
        let qualifiers: ArraySlice<Int>
    }

    private func exact(_ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ internationalUsed: inout [Bool]) {
        // Every key is numbered once, the reference's first: the rest of the step works on arrays indexed
        // by key number, not on a dictionary per question.
        var numbers: [ExactKey: Int] = [:]
        numbers.reserveCapacity(international.count)
        var internationalKeys = [Int](repeating: -1, count: international.count)
        for i in international.indices where !internationalUsed[i] {
            let key = ExactKey(
                concept: index.international.concepts[i], qualifiers: index.international.qualifiers.sortedIDs(of: i))
            let count = numbers.count
            internationalKeys[i] = numbers[key, default: count]
            if internationalKeys[i] == count { numbers[key] = count }
        }
        let keyCount = numbers.count
        // Only read now: the domestic side looks its keys up on all cores.
        let known = numbers
        let used = domesticUsed
        let side = index.domestic
        let domesticKeys = Parallel.map(Parallel.ranges(of: domestic.count, pieces: Parallel.pieces)) { range in
            range.map { d in
                used[d]
                    ? -1
                    : known[ExactKey(concept: side.concepts[d], qualifiers: side.qualifiers.sortedIDs(of: d))] ?? -1
            }
        }.flatMap { $0 }
        // Each bucket is consumed from the front, in document order: a bucket is its first unconsumed
        // indicator, and `next` chains each indicator to the following one with the same key (-1 ends
        // it), so that 100,000 buckets need no array each. A key that several indicators of one side
        // share is set aside and paired by content below, so that document order never decides.
        var heads = [Int](repeating: -1, count: keyCount)
        var next = [Int](repeating: -1, count: international.count)
        var shared = [Bool](repeating: false, count: keyCount)
        for i in international.indices.reversed() where internationalKeys[i] >= 0 {
            let key = internationalKeys[i]
            if heads[key] >= 0 {
                next[i] = heads[key]
                shared[key] = true
            }
            heads[key] = i
        }
        var domesticCounts = [Int](repeating: 0, count: keyCount)
        for d in domestic.indices where domesticKeys[d] >= 0 {
            domesticCounts[domesticKeys[d]] += 1
            if domesticCounts[domesticKeys[d]] > 1 { shared[domesticKeys[d]] = true }
        }
        var deferred: [Int: [Int]] = [:]
        var deferredOrder: [Int] = []
        for d in domestic.indices where domesticKeys[d] >= 0 {
            let key = domesticKeys[d]
            if shared[key] {
                if deferred[key] == nil { deferredOrder.append(key) }
                deferred[key, default: []].append(d)
                continue
            }
            let i = heads[key]
            guard i >= 0 else { continue }
            heads[key] = next[i]
            domesticUsed[d] = true
            internationalUsed[i] = true
            pairs.append(RawPair(domestic: d, international: i, step: .exact))
        }
        for key in deferredOrder {
            var internationals: [Int] = []
            var i = heads[key]
            while i >= 0 {
                internationals.append(i)
                i = next[i]
            }
            // Equal values meet first, then the rest in order of content, never of position.
            var remaining = ContentKey.sorted(internationals, of: international)
            var unmatched: [Int] = []
            for d in ContentKey.sorted(deferred[key]!, of: domestic) {
                if let k = remaining.firstIndex(where: {
                    index.domestic.writings[d] == index.international.writings[$0]
                }) {
                    let i = remaining.remove(at: k)
                    domesticUsed[d] = true
                    internationalUsed[i] = true
                    pairs.append(RawPair(domestic: d, international: i, step: .exact))
                } else {
                    unmatched.append(d)
                }
            }
            for (d, i) in zip(unmatched, remaining) {
                domesticUsed[d] = true
                internationalUsed[i] = true
                pairs.append(RawPair(domestic: d, international: i, step: .exact))
            }
        }
    }

    // MARK: Step 3 — best partial match within a concept

    private struct Candidate {
        let domestic: Int
        let international: Int
        let match: QualifierMatch
        /// Whether the values say the same: among pairs whose qualifiers conflict alike, the pair a reader
        /// would match (`±1.0 %` with `±1.0 %`) goes first.
        let sameValue: Bool
    }

    private func partial(_ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ internationalUsed: inout [Bool]) {
        var byConcept: [String: (domestic: [Int], international: [Int])] = [:]
        var conceptOrder: [String] = []
        for (i, indicator) in international.enumerated() where !internationalUsed[i] && !excluded.contains(i) {
            if byConcept[indicator.conceptID] == nil { conceptOrder.append(indicator.conceptID) }
            byConcept[indicator.conceptID, default: ([], [])].international.append(i)
        }
        for (d, indicator) in domestic.enumerated() where !domesticUsed[d] {
            byConcept[indicator.conceptID]?.domestic.append(d)
        }
        for concept in conceptOrder {
            guard let bucket = byConcept[concept], !bucket.domestic.isEmpty else { continue }
            var candidates = candidatePairs(bucket.domestic, bucket.international)
            // Ties are broken by content (value, qualifiers, id), so that no order in the files decides.
            var keys: [Int: ContentKey] = [:]
            for d in bucket.domestic { keys[d] = ContentKey(domestic[d]) }
            for i in bucket.international { keys[-1 - i] = ContentKey(international[i]) }
            candidates.sort { a, b in
                if a.match.equalCount != b.match.equalCount { return a.match.equalCount > b.match.equalCount }
                if a.match.overlap != b.match.overlap { return a.match.overlap > b.match.overlap }
                if a.match.conflicts != b.match.conflicts { return a.match.conflicts < b.match.conflicts }
                if a.sameValue != b.sameValue { return a.sameValue }
                if a.domestic != b.domestic { return keys[a.domestic]! < keys[b.domestic]! }
                return keys[-1 - a.international]! < keys[-1 - b.international]!
            }
            for candidate in candidates
            where !domesticUsed[candidate.domestic] && !internationalUsed[candidate.international] {
                domesticUsed[candidate.domestic] = true
                internationalUsed[candidate.international] = true
                pairs.append(
                    RawPair(
                        domestic: candidate.domestic, international: candidate.international,
                        step: .partial, differences: candidate.match.differences))
            }
        }
    }

    private func candidatePairs(_ domesticSide: [Int], _ internationalSide: [Int]) -> [Candidate] {
        var candidates: [Candidate] = []
        func consider(_ d: Int, _ i: Int) {
            let match = QualifierComparison.match(index.domestic.qualifiers[d], index.international.qualifiers[i])
            guard match.allowed else { return }
            let same =
                match.conflicts > 0
                && domestic[d].value.expression.canonical == international[i].value.expression.canonical
            candidates.append(Candidate(domestic: d, international: i, match: match, sameValue: same))
        }
        if domesticSide.count * internationalSide.count <= Self.fullSearchLimit {
            for d in domesticSide { for i in internationalSide { consider(d, i) } }
            return candidates
        }
        // Large buckets: only pairs that share at least one equal qualifier value, the rarest values
        // first, and at most `candidateLimit` candidates for each indicator, so the work stays linear.
        var byValue: [Int: [Int]] = [:]
        for i in internationalSide {
            for entry in index.international.qualifiers.sortedIDs(of: i) { byValue[entry, default: []].append(i) }
        }
        for d in domesticSide {
            var seen = Set<Int>()
            let buckets = index.domestic.qualifiers.sortedIDs(of: d).compactMap { byValue[$0] }.sorted {
                $0.count < $1.count
            }
            search: for bucket in buckets {
                for i in bucket where seen.insert(i).inserted {
                    consider(d, i)
                    if seen.count >= Self.candidateLimit { break search }
                }
            }
        }
        return candidates
    }
}
