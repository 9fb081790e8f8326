import HarmoniaAlign
import HarmoniaModel

/// One requirement (``Requirement``: a table or an indicator of the reference, or a domestic-only one)
/// as the reports say it once: the pairs of it that differ, their verdict when they share one, and the
/// justification the document gives.
struct DeviationGroup: Sendable {
    /// The requirement, or, for a row merged by ``DeviationGroups/merged(_:_:)``, every requirement it
    /// stands for, in order; never empty.
    var requirements: [Requirement]
    /// The first of ``requirements``.
    var requirement: Requirement { requirements[0] }
    /// The pairs that differ: its technical deviations, or for an editorial group its editorial
    /// differences; in the comparison's order (bands by their lower end, ``BandOrder``), never empty.
    var pairIndices: [Int]
    /// The verdict the pairs share; `nil` when they differ in verdict (a table with stricter and looser cells).
    var verdict: Verdict?
    var concept: String
    /// The first justification among the pairs, if any.
    var reason: LocalizedText?
    /// Whether any of the pairs stands between the document and MOD.
    var unexplained: Bool
    /// Whether the group holds editorial differences only (a designation spelled otherwise, or a
    /// difference the document's justification calls editorial).
    var editorial: Bool
    /// Whether the row stands for one requirement stated on another basis (``DeviationGroups/restated(_:_:)``):
    /// the reference's entries the document leaves out and the document's own, of the same concept.
    var restated = false
    /// For a row joining the indicators of one requirement the document states as several (a sampling
    /// plan's sample size and acceptance number, ``DeviationGroups/joined(_:_:_:)``): its name's key.
    var joint: String?

    /// The verdicts its pairs hold, in the order of ``Verdict/allCases``: what a row is filtered and named by.
    func verdicts(_ comparison: Comparison) -> [Verdict] {
        Verdict.allCases.filter { verdict in pairIndices.contains { comparison.pairs[$0].verdict == verdict } }
    }
}

enum DeviationGroups {
    /// The deviating requirements (technical deviations), in the requirements' order.
    static func technical(_ comparison: Comparison, unexplained: Set<Int>) -> [DeviationGroup] {
        comparison.requirements.compactMap { requirement in
            group(
                requirement, comparison.technicalDeviations(in: requirement), comparison, unexplained, editorial: false)
        }
    }

    /// The rows of a comment sheet: every deviating requirement, and every requirement whose only
    /// differences are editorial designations (`M12` for `M1-2`) or differences the document calls
    /// editorial; in the requirements' order. Differences of notation alone (`equivalent`) get no row.
    static func comments(_ comparison: Comparison, unexplained: Set<Int>, isEditorial: (String) -> Bool)
        -> [DeviationGroup]
    {
        comparison.requirements.compactMap { requirement in
            let technical = comparison.technicalDeviations(in: requirement)
            let declaredEditorial = technical.allSatisfy {
                comparison.pairs[$0].explanation.map { isEditorial($0.text.text) } ?? false
            }
            if !technical.isEmpty {
                return group(requirement, technical, comparison, unexplained, editorial: declaredEditorial)
            }
            let spelled = requirement.pairIndices.filter {
                let pair = comparison.pairs[$0]
                return pair.difference == .editorial && pair.verdict == .different
            }
            return group(requirement, spelled, comparison, unexplained, editorial: true)
        }
    }

    private static func group(
        _ requirement: Requirement, _ indices: [Int], _ comparison: Comparison, _ unexplained: Set<Int>,
        editorial: Bool
    ) -> DeviationGroup? {
        guard let first = indices.first else { return nil }
        let indices = BandOrder.ordered(indices, comparison)
        let pairs = indices.map { comparison.pairs[$0] }
        let verdicts = Set(pairs.map(\.verdict))
        return DeviationGroup(
            requirements: [requirement], pairIndices: indices, verdict: verdicts.count == 1 ? verdicts.first : nil,
            concept: comparison.pairs[first].concept, reason: pairs.lazy.compactMap { $0.explanation?.text }.first,
            unexplained: indices.contains(where: unexplained.contains), editorial: editorial)
    }

    /// Rows of one kind merged into one, for the tables that go to a committee (the comment sheet,
    /// 技术性差异及其原因一览表): requirements with the same clauses on both sides, the same concept, the
    /// same verdict, the same justification (or none), the same standing towards MOD and the same
    /// editorial standing and origin become one row listing every entry by its qualifiers — the eight
    /// water temperature ranges of one clause that a document leaves out for one reason are one row, not
    /// eight. A requirement with an entry no qualifier names stays a row of its own. The merged row takes
    /// the place of its first member; the order is otherwise kept.
    static func merged(_ groups: [DeviationGroup], _ comparison: Comparison) -> [DeviationGroup] {
        var result: [DeviationGroup] = []
        var slot: [MergeKey: Int] = [:]
        for group in groups {
            let key = MergeKey(group, comparison)
            if let index = slot[key] {
                result[index].requirements += group.requirements
                result[index].pairIndices = BandOrder.ordered(result[index].pairIndices + group.pairIndices, comparison)
            } else {
                slot[key] = result.count
                result.append(group)
            }
        }
        return result
    }

    /// What must be the same for two rows to be one.
    private struct MergeKey: Hashable {
        var concept: String
        var verdict: Verdict?
        var internationalClauses: [String]
        var domesticClauses: [String]
        var reason: String?
        var reasonLanguage: String?
        var unexplained: Bool
        var editorial: Bool
        var origin: RequirementOrigin
        /// Set, to a value of its own, for a row with an entry no qualifier names: merged with others it
        /// could not be told apart from them, so it stays a row of its own.
        var unnamed: Int?

        init(_ group: DeviationGroup, _ comparison: Comparison) {
            let pairs = group.pairIndices.map { comparison.pairs[$0] }
            unnamed =
                pairs.contains { ($0.international ?? $0.domestic)?.qualifiers.isEmpty ?? true }
                ? group.pairIndices[0] : nil
            concept = group.concept
            verdict = group.verdict
            internationalClauses = Self.distinct(pairs.compactMap { $0.international?.clause })
            domesticClauses = Self.distinct(pairs.compactMap { $0.domestic?.clause })
            reason = group.reason?.text
            reasonLanguage = group.reason?.lang
            unexplained = group.unexplained
            editorial = group.editorial
            origin = group.requirement.origin
        }

        private static func distinct(_ list: [String]) -> [String] {
            var seen = Set<String>()
            return list.filter { seen.insert($0).inserted }
        }
    }
}
