import HarmoniaModel

/// Step 4: indicators that state a requirement another pair already holds.
///
/// - A domestic indicator with the same concept, qualifiers and value as another (a restatement in a
///   second clause) joins its pair: one requirement, shown with both clauses.
/// - A domestic indicator that refines a paired reference indicator (every qualifier of the reference is
///   equal, the domestic adds its own, e.g. `connection` where the reference states one requirement for
///   both) is judged against that reference indicator too.
/// - A reference indicator restated in another clause (an annex) joins the pair of the first.
/// Such a pair carries ``RawPair/restates``; the first pair holds the requirement for the score.
extension Pairing {
    /// The key of a restatement: concept, qualifiers and value as written.
    private struct StatementKey: Hashable {
        let concept: Int
        let qualifiers: ArraySlice<Int>
        let writing: Int
    }

    mutating func restatements(
        _ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ internationalUsed: inout [Bool]
    ) {
        guard domesticUsed.contains(false) || internationalUsed.contains(false) else { return }
        var partnerOfDomestic: [Int: Int] = [:]
        var partnerOfInternational: [Int: Int] = [:]
        for pair in pairs {
            guard let d = pair.domestic, let i = pair.international else { continue }
            partnerOfDomestic[d] = i
            partnerOfInternational[i] = d
        }
        restateDomestic(&pairs, &domesticUsed, partnerOfDomestic)
        refine(&pairs, &domesticUsed, partnerOfInternational)
        restateInternational(&pairs, &internationalUsed, partnerOfInternational)
    }

    /// Restated domestic requirements, in order of content so that the first by content holds the pair.
    private func restateDomestic(
        _ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ partnerOfDomestic: [Int: Int]
    ) {
        var groups: [StatementKey: [Int]] = [:]
        for d in domestic.indices {
            groups[
                StatementKey(
                    concept: index.domestic.concepts[d], qualifiers: index.domestic.qualifiers.sortedIDs(of: d),
                    writing: index.domestic.writings[d]), default: []
            ].append(d)
        }
        for members in groups.values.sorted(by: { $0[0] < $1[0] }) where members.count > 1 {
            let paired = members.filter { partnerOfDomestic[$0] != nil }
            let first =
                paired.min { ContentKey(domestic[$0]) < ContentKey(domestic[$1]) }
                ?? members.min { ContentKey(domestic[$0]) < ContentKey(domestic[$1]) }!
            for d in members where !domesticUsed[d] && d != first {
                domesticUsed[d] = true
                if let i = partnerOfDomestic[first] {
                    pairs.append(RawPair(domestic: d, international: i, step: .exact, restates: (.international, i)))
                } else {
                    pairs.append(
                        RawPair(domestic: d, international: nil, step: .unpaired, restates: (.domestic, first)))
                }
            }
        }
    }

    /// Domestic requirements that refine a paired reference requirement.
    private func refine(_ pairs: inout [RawPair], _ domesticUsed: inout [Bool], _ partnerOfInternational: [Int: Int]) {
        var pairedByConcept: [Int: [Int]] = [:]
        for i in partnerOfInternational.keys { pairedByConcept[index.international.concepts[i], default: []].append(i) }
        guard !pairedByConcept.isEmpty else { return }
        for d in domestic.indices where !domesticUsed[d] {
            guard let candidates = pairedByConcept[index.domestic.concepts[d]],
                candidates.count <= Self.candidateLimit * 16
            else { continue }
            var best: (i: Int, match: QualifierMatch, same: Bool)?
            for i in candidates {
                let match = QualifierComparison.match(index.domestic.qualifiers[d], index.international.qualifiers[i])
                // A refinement states every qualifier of the reference, equal (or in a scheme that does not
                // compare, which keeps the pair `different`); it only adds its own.
                guard match.allowed, match.conflicts == match.incomparable, match.equalCount > 0,
                    match.equalCount + match.incomparable == index.international.qualifiers[i].entries.count
                else { continue }
                let same = domestic[d].value.expression.canonical == international[i].value.expression.canonical
                if let current = best {
                    if match.equalCount != current.match.equalCount {
                        if match.equalCount < current.match.equalCount { continue }
                    } else if same != current.same {
                        if !same { continue }
                    } else if !(ContentKey(international[i]) < ContentKey(international[current.i])) {
                        continue
                    }
                }
                best = (i, match, same)
            }
            guard let best else { continue }
            domesticUsed[d] = true
            pairs.append(
                RawPair(
                    domestic: d, international: best.i, step: .partial, differences: best.match.differences,
                    restates: (.international, best.i)))
        }
    }

    /// Restated reference requirements join the pair of the first statement.
    private func restateInternational(
        _ pairs: inout [RawPair], _ internationalUsed: inout [Bool], _ partnerOfInternational: [Int: Int]
    ) {
        var groups: [StatementKey: [Int]] = [:]
        for i in international.indices {
            groups[
                StatementKey(
                    concept: index.international.concepts[i],
                    qualifiers: index.international.qualifiers.sortedIDs(of: i),
                    writing: index.international.writings[i]), default: []
            ].append(i)
        }
        for members in groups.values.sorted(by: { $0[0] < $1[0] }) where members.count > 1 {
            let paired = members.filter { partnerOfInternational[$0] != nil }
            let first =
                paired.min { ContentKey(international[$0]) < ContentKey(international[$1]) }
                ?? members.min { ContentKey(international[$0]) < ContentKey(international[$1]) }!
            for i in members where !internationalUsed[i] && i != first {
                internationalUsed[i] = true
                if let d = partnerOfInternational[first] {
                    pairs.append(RawPair(domestic: d, international: i, step: .exact, restates: (.domestic, d)))
                } else {
                    pairs.append(
                        RawPair(domestic: nil, international: i, step: .unpaired, restates: (.international, first)))
                }
            }
        }
    }
}
