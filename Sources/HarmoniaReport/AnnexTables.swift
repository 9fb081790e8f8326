import HarmoniaAlign
import HarmoniaModel

/// One row of 章条编号对照一览表: a clause of the document under assessment and the reference's
/// clauses its indicators pair with.
struct CorrespondenceRow: Hashable, Sendable {
    /// The domestic clause; `nil` for a reference clause none of whose indicators has a counterpart.
    var domestic: String?
    /// The reference's clauses, in reading order; empty when the domestic clause has no counterpart.
    var international: [String]
}

/// One row of 技术性差异及其原因一览表: one deviating requirement, or several merged
/// (``DeviationGroups/merged(_:_:)``).
struct DifferenceRow: Sendable {
    /// The first of the requirement's pairs.
    var pairIndex: Int
    /// The requirements the row stands for, in order.
    var requirements: [Requirement]
    /// The verdicts of the row's pairs, in the order verdicts are listed.
    var verdicts: [Verdict]
    var domesticClause: String?
    var internationalClause: String?
    /// The deviation in words with both values.
    var deviation: String
    /// The justification, if any.
    var reason: LocalizedText?
    /// Whether the deviation stands between the document and MOD.
    var unexplained: Bool
}

/// The two informative annexes JJF 1868-2020 (附录D) and GB/T 1.2-2020 ask of an adopting document.
enum AnnexTables {
    /// Every clause of the document under assessment, in its order, beside the reference's clauses that
    /// correspond to it; then the reference's clauses no row names, in the reference's order, so the table
    /// also shows what was not taken over.
    ///
    /// A clause that states indicators corresponds to the clauses its indicators pair with. A clause that
    /// states none (scope, terms, a heading) corresponds to the reference's clause with the same number
    /// when that one states none either: documents that adopt a reference keep its opening clauses.
    static func correspondence(_ comparison: Comparison) -> [CorrespondenceRow] {
        var byDomestic: [String: Set<String>] = [:]
        var withIndicators = (domestic: Set<String>(), international: Set<String>())
        for pair in comparison.pairs {
            if let d = pair.domestic { withIndicators.domestic.insert(d.clause) }
            if let i = pair.international { withIndicators.international.insert(i.clause) }
            if let d = pair.domestic, let i = pair.international { byDomestic[d.clause, default: []].insert(i.clause) }
        }
        var domesticClauses = comparison.domestic.clauses.map(\.num)
        var internationalClauses = comparison.international.clauses.map(\.num)
        // Clauses known only from pairs (a comparison built without its documents' clause tree).
        domesticClauses += withIndicators.domestic.subtracting(domesticClauses).sorted(
            by: ClauseOrder.areInIncreasingOrder)
        internationalClauses += withIndicators.international.subtracting(internationalClauses).sorted(
            by: ClauseOrder.areInIncreasingOrder)
        let bare = Set(internationalClauses).subtracting(withIndicators.international)

        var named = Set<String>()
        var seen = Set<String>()
        var rows: [CorrespondenceRow] = []
        for clause in domesticClauses where seen.insert(clause).inserted {
            var counterparts = byDomestic[clause].map { $0.sorted(by: ClauseOrder.areInIncreasingOrder) } ?? []
            if counterparts.isEmpty, !withIndicators.domestic.contains(clause) {
                counterparts = headingCounterpart(
                    clause, byDomestic: byDomestic, international: Set(internationalClauses), bare: bare)
            }
            named.formUnion(counterparts)
            rows.append(CorrespondenceRow(domestic: clause, international: counterparts))
        }
        var listed = Set<String>()
        for clause in internationalClauses where !named.contains(clause) && listed.insert(clause).inserted {
            rows.append(CorrespondenceRow(domestic: nil, international: [clause]))
        }
        return rows
    }

    /// What a clause without indicators corresponds to: the one reference clause, at the same depth, that
    /// holds everything its sub-clauses pair with (`5` → `4` when `5.1` and `5.2` pair with `4.1.3` and
    /// `4.2`); when its sub-clauses pair with nothing, the reference clause of the same number if that
    /// one states no indicators either.
    private static func headingCounterpart(
        _ clause: String, byDomestic: [String: Set<String>], international: Set<String>,
        bare: Set<String>
    ) -> [String] {
        let depth = clause.split(separator: ".").count
        var ancestors = Set<String>()
        for (domestic, counterparts) in byDomestic where domestic.hasPrefix(clause + ".") {
            for counterpart in counterparts {
                let parts = counterpart.split(separator: ".")
                guard parts.count >= depth else { continue }
                ancestors.insert(parts.prefix(depth).joined(separator: "."))
            }
        }
        if ancestors.isEmpty { return bare.contains(clause) ? [clause] : [] }
        if ancestors.count == 1, let only = ancestors.first, international.contains(only) { return [only] }
        return []
    }

    /// One row per deviating requirement (``DeviationGroup``), rows of the same clauses, concept, verdict
    /// and reason merged into one: those with a domestic clause in its reading order, then the reference's
    /// requirements the document does not adopt, in the reference's order.
    static func differences(_ model: ReportModel) -> [DifferenceRow] {
        let pairs = model.comparison.pairs
        let merged = DeviationGroups.joined(
            DeviationGroups.merged(model.groups, model.comparison), model.comparison,
            CommentRules.shipped.jointConcepts)
        let rows = merged.map { group in
            let members = group.pairIndices.map { pairs[$0] }
            return DifferenceRow(
                pairIndex: group.pairIndices[0], requirements: group.requirements,
                verdicts: group.verdicts(model.comparison),
                domesticClause: joined(members.compactMap { $0.domestic?.clause }, model.options.language),
                internationalClause: joined(members.compactMap { $0.international?.clause }, model.options.language),
                deviation: NaturalText.sentenceCase(model.groupSentence(group)), reason: group.reason,
                unexplained: group.unexplained)
        }
        let withDomestic = rows.enumerated().filter { $0.element.domesticClause != nil }.sorted { a, b in
            let order = ClauseOrder.compare(a.element.domesticClause!, b.element.domesticClause!)
            return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element)
        return withDomestic + rows.filter { $0.domesticClause == nil }
    }

    /// Distinct clauses in clause order as ``ClauseList`` writes them (`5.1, 5.2`; `5.1、5.2`), `nil` when
    /// there are none.
    private static func joined(_ clauses: [String], _ language: ReportLanguage) -> String? {
        let unique = Set(clauses).sorted(by: ClauseOrder.areInIncreasingOrder)
        return unique.isEmpty ? nil : ClauseList.text(unique, in: language)
    }
}
