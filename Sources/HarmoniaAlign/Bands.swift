import HarmoniaModel

/// Bands compared as piecewise functions: indicators of one concept that differ only in one range
/// qualifier (load in `e`, flow, current, temperature) are requirements over parts of one axis. Every
/// domestic band is judged against every reference band it overlaps, on their common sub-range, so that
/// re-banding alone gives no `missing` or `added` (`docs/pairing.md`, "Bands").
extension Pairing {
    /// How a band pair is judged: on the sub-range shared by the two bands of the qualifier `name`.
    struct BandOverlap: Sendable {
        let name: String
        let domestic: String
        let international: String
        /// Whether the domestic band lies inside the reference band, and the other way round.
        let domesticWithin: Bool
        let internationalWithin: Bool

        /// `on 500 e < m ≤ 2000 e` (the smaller band when one holds the other), else both bands.
        var subRange: String {
            if domesticWithin { return "\(name) \(domestic)" }
            if internationalWithin { return "\(name) \(international)" }
            return "\(name) \(domestic) ∩ \(international)"
        }
    }

    /// Whether two indicators are bands of one axis: every qualifier equal or stated by one side only,
    /// but for exactly one numeric range qualifier on both sides whose ranges share more than a point.
    func bandOverlap(domestic d: Int, international i: Int) -> BandOverlap? {
        var conflict: (mine: PreparedQualifierTable.Entry, theirs: PreparedQualifierTable.Entry)?
        for mine in index.domestic.qualifiers[d].entries {
            guard let theirs = index.international.qualifiers[i].entry(nameID: mine.nameID), mine.id != theirs.id else {
                continue
            }
            if conflict != nil { return nil }
            conflict = (mine, theirs)
        }
        guard let conflict, let mine = conflict.mine.value.numeric, let theirs = conflict.theirs.value.numeric,
            mine.kind == .range, theirs.kind == .range, mine.dimension == theirs.dimension
        else { return nil }
        let lower = QualifierComparison.maxLower(mine.lower, theirs.lower)
        let upper = QualifierComparison.minUpper(mine.upper, theirs.upper)
        // A shared end only (`≤ 500 e` against `500 e <`) is no common sub-range.
        if let lower, let upper, lower.value >= upper.value { return nil }
        return BandOverlap(
            name: conflict.mine.writtenName, domestic: conflict.mine.written, international: conflict.theirs.written,
            domesticWithin: theirs.contains(mine), internationalWithin: mine.contains(theirs))
    }

    /// Step 3b: every overlapping pair of bands gets a pair; a band already in a pair is shared
    /// (``RawPair/restates``). Partial pairs of bands are marked, to be judged on their sub-range.
    mutating func bands(_ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ internationalUsed: inout [Bool]) {
        // Only partial pairs and unpaired indicators take part: pinned and exact pairs stand.
        var takenDomestic = [Bool](repeating: false, count: domestic.count)
        var takenInternational = [Bool](repeating: false, count: international.count)
        for index in pairs.indices {
            guard let d = pairs[index].domestic, let i = pairs[index].international else { continue }
            if pairs[index].step == .partial {
                if let overlap = bandOverlap(domestic: d, international: i) { pairs[index].band = overlap }
            } else {
                takenDomestic[d] = true
                takenInternational[i] = true
            }
        }
        var byConcept: [Int: (domestic: [Int], international: [Int])] = [:]
        for d in domestic.indices where !takenDomestic[d] {
            byConcept[index.domestic.concepts[d], default: ([], [])].domestic.append(d)
        }
        for i in international.indices where !takenInternational[i] && !excluded.contains(i) {
            byConcept[index.international.concepts[i], default: ([], [])].international.append(i)
        }
        struct Both: Hashable {
            let domestic: Int
            let international: Int
        }
        // The pairs made so far, gathered only when some concept has bands to look for.
        var existing: Set<Both>?
        for concept in byConcept.keys.sorted() {
            let bucket = byConcept[concept]!
            guard !bucket.domestic.isEmpty, !bucket.international.isEmpty,
                bucket.domestic.count * bucket.international.count <= Self.fullSearchLimit
            else { continue }
            if existing == nil {
                existing = Set(
                    pairs.compactMap { pair in
                        pair.domestic.flatMap { d in pair.international.map { Both(domestic: d, international: $0) } }
                    })
            }
            // In order of content, so the pair that holds a band is never chosen by position.
            let domestics = ContentKey.sorted(bucket.domestic, of: domestic)
            let internationals = ContentKey.sorted(bucket.international, of: international)
            for d in domestics {
                for i in internationals where !existing!.contains(Both(domestic: d, international: i)) {
                    guard let overlap = bandOverlap(domestic: d, international: i) else { continue }
                    var pair = RawPair(
                        domestic: d, international: i, step: .partial,
                        differences: QualifierComparison.match(
                            index.domestic.qualifiers[d], index.international.qualifiers[i]
                        )
                        .differences)
                    pair.band = overlap
                    if domesticUsed[d] {
                        pair.restates = (.domestic, d)
                    } else if internationalUsed[i] {
                        pair.restates = (.international, i)
                    }
                    domesticUsed[d] = true
                    internationalUsed[i] = true
                    existing!.insert(Both(domestic: d, international: i))
                    pairs.append(pair)
                }
            }
        }
    }
}
