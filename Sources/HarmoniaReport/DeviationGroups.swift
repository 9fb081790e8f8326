import HarmoniaAlign
import HarmoniaModel

/// One requirement (``Requirement``: a table or an indicator of the reference, or a domestic-only one)
/// as the reports say it once: the pairs of it that differ, their verdict when they share one, and the
/// justification the document gives.
struct DeviationGroup: Sendable {
    var requirement: Requirement
    /// The pairs that differ: its technical deviations, or for an editorial group its editorial
    /// differences; in the comparison's order, never empty.
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
        let pairs = indices.map { comparison.pairs[$0] }
        let verdicts = Set(pairs.map(\.verdict))
        return DeviationGroup(
            requirement: requirement, pairIndices: indices, verdict: verdicts.count == 1 ? verdicts.first : nil,
            concept: comparison.pairs[first].concept, reason: pairs.lazy.compactMap { $0.explanation?.text }.first,
            unexplained: indices.contains(where: unexplained.contains), editorial: editorial)
    }
}
