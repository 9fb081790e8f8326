import HarmoniaAlign
import HarmoniaModel

/// One deviating requirement: the technical deviations of one requirement — an indicator, or the cells
/// of one table, or the indicators of one concept in one clause — that share a verdict and an
/// explanation. Reports say each such requirement once (one comment, one annex row) instead of once per
/// table cell.
///
/// This grouping lives in one place so that a requirement view computed by the alignment can replace it.
struct DeviationGroup: Sendable {
    /// Indices into the comparison's pairs, in reading order; never empty.
    var pairIndices: [Int]
    var verdict: Verdict
    var concept: String
    /// The justification shared by every pair, if any.
    var reason: LocalizedText?
    /// Whether the deviations stand between the document and MOD.
    var unexplained: Bool
}

enum DeviationGroups {
    /// The groups, in the reading order of their first pair.
    static func groups(order: [Int], pairs: [Pair], unexplained: Set<Int>) -> [DeviationGroup] {
        var groups: [DeviationGroup] = []
        var byKey: [String: Int] = [:]
        for index in order where pairs[index].verdict.isDeviation {
            let pair = pairs[index]
            let key = groupKey(pair)
            if let at = byKey[key] {
                groups[at].pairIndices.append(index)
            } else {
                byKey[key] = groups.count
                groups.append(DeviationGroup(pairIndices: [index], verdict: pair.verdict, concept: pair.concept,
                                             reason: pair.explanation?.text, unexplained: unexplained.contains(index)))
            }
        }
        return groups
    }

    /// Same verdict, same concept, same clauses and tables on both sides, same justification.
    private static func groupKey(_ pair: Pair) -> String {
        func side(_ indicator: Indicator?) -> String {
            guard let indicator else { return "-" }
            return indicator.clause + "\u{1}" + (indicator.cell?.tableID ?? "")
        }
        return [pair.verdict.rawValue, pair.concept, side(pair.domestic), side(pair.international),
                pair.explanation?.text.text ?? "\u{2}"].joined(separator: "\u{0}")
    }
}
