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

extension DeviationGroups {
    /// Indicators that together are one requirement (a sampling plan is its sample size `n` and its
    /// acceptance number `Ac`), as `Resources/comments.json` lists them under `jointRequirements`: rows of
    /// these concepts with the same clauses on both sides and the same conditions, one entry each, become
    /// one row, at the place of the first. Verdicts and score are untouched.
    static func joined(
        _ groups: [DeviationGroup], _ comparison: Comparison, _ joints: [String: [String]]
    ) -> [DeviationGroup] {
        struct Key: Hashable {
            var joint: String
            var clauses: [String?]
            var conditions: [String]
        }
        var jointOf: [String: String] = [:]
        for (name, concepts) in joints { for concept in concepts { jointOf[concept] = name } }
        var slot: [Key: Int] = [:]
        var result: [DeviationGroup] = []
        for group in groups {
            let pair = comparison.pairs[group.pairIndices[0]]
            guard group.pairIndices.count == 1, !group.editorial, let joint = jointOf[group.concept] else {
                result.append(group)
                continue
            }
            let key = Key(
                joint: joint, clauses: [pair.domestic?.clause, pair.international?.clause],
                conditions: ((pair.international ?? pair.domestic)?.qualifiers ?? []).map { $0.name + "=" + $0.written }
            )
            if let index = slot[key],
                !result[index].pairIndices.contains(where: { comparison.pairs[$0].concept == group.concept })
            {
                var row = result[index]
                row.requirements += group.requirements
                row.pairIndices += group.pairIndices
                if row.verdict != group.verdict { row.verdict = nil }
                // The reasons in the rules' order of the concepts (n's before Ac's).
                let order = joints[joint] ?? []
                let first = (order.firstIndex(of: group.concept) ?? 0) < (order.firstIndex(of: row.concept) ?? 0)
                let texts = [row.reason, group.reason].compactMap { $0 }
                let reasons = first ? texts.reversed() : texts
                if let lead = reasons.first {
                    var seen = Set<String>()
                    let texts = reasons.map(\.text).filter { seen.insert($0).inserted }
                    // Chinese sentences follow one another without a space after their full stop.
                    let text = texts.dropFirst().reduce(texts[0]) { $0 + ($0.hasSuffix("。") ? "" : " ") + $1 }
                    row.reason = LocalizedText(lang: lead.lang, text: text)
                }
                if first { row.concept = group.concept }
                row.unexplained = row.unexplained || group.unexplained
                row.joint = joint
                result[index] = row
            } else {
                slot[key] = result.count
                result.append(group)
            }
        }
        return result
    }
}
