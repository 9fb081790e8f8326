import HarmoniaAlign
import HarmoniaModel

extension DeviationGroups {
    /// One requirement each document states on its own basis (starting current as a fraction of `Itr` in
    /// the reference, of `Ib`/`In` in the document): pairing keeps them apart, since their qualifiers
    /// differ, so the reference's entries read as not adopted and the document's as added. For a
    /// committee that is one matter, and the document says so: where a concept has exactly one row the
    /// document leaves out wholly and exactly one row it adds wholly, and a justification is given, the
    /// two become one row (at the place of the first), marked ``DeviationGroup/restated``. Pairing and
    /// verdicts are untouched; only the report's rows are joined.
    static func restated(_ groups: [DeviationGroup]) -> [DeviationGroup] {
        func whole(_ group: DeviationGroup, _ verdict: Verdict) -> Bool {
            !group.editorial && group.verdict == verdict
        }
        var result = groups
        var removed = Set<Int>()
        for concept in Set(groups.map(\.concept)) {
            let missing = groups.indices.filter { groups[$0].concept == concept && whole(groups[$0], .missing) }
            let added = groups.indices.filter { groups[$0].concept == concept && whole(groups[$0], .added) }
            guard missing.count == 1, added.count == 1, let m = missing.first, let a = added.first,
                let reason = groups[a].reason ?? groups[m].reason
            else { continue }
            let (first, second) = m < a ? (m, a) : (a, m)
            result[first] = DeviationGroup(
                requirements: groups[m].requirements + groups[a].requirements,
                pairIndices: groups[m].pairIndices + groups[a].pairIndices, verdict: nil, concept: concept,
                reason: reason, unexplained: groups[m].unexplained || groups[a].unexplained, editorial: false,
                restated: true)
            removed.insert(second)
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }
}
