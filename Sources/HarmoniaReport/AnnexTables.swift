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

/// One row of 技术性差异及其原因一览表: one technical deviation.
struct DifferenceRow: Sendable {
    var pairIndex: Int
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
    /// Each domestic clause beside the reference's clauses; then reference clauses that only lack a
    /// counterpart, so the table also shows what was not taken over.
    static func correspondence(_ comparison: Comparison) -> [CorrespondenceRow] {
        var byDomestic: [String: Set<String>] = [:]
        var pairedInternational = Set<String>()
        var unpairedInternational = Set<String>()
        for pair in comparison.pairs {
            switch (pair.domestic, pair.international) {
            case let (d?, i?):
                byDomestic[d.clause, default: []].insert(i.clause)
                pairedInternational.insert(i.clause)
            case let (d?, nil):
                byDomestic[d.clause, default: []].formUnion([])
            case let (nil, i?):
                unpairedInternational.insert(i.clause)
            case (nil, nil):
                break
            }
        }
        var rows = byDomestic.keys.sorted(by: ClauseOrder.areInIncreasingOrder).map {
            CorrespondenceRow(domestic: $0, international: byDomestic[$0]!.sorted(by: ClauseOrder.areInIncreasingOrder))
        }
        rows += unpairedInternational.subtracting(pairedInternational).sorted(by: ClauseOrder.areInIncreasingOrder).map {
            CorrespondenceRow(domestic: nil, international: [$0])
        }
        return rows
    }

    /// One row per technical deviation: those with a domestic clause in its reading order, then the
    /// reference's requirements the document does not adopt, in the reference's order.
    static func differences(_ model: ReportModel) -> [DifferenceRow] {
        let pairs = model.comparison.pairs
        let rows = model.deviationIndices.map { index in
            let pair = pairs[index]
            return DifferenceRow(pairIndex: index, domesticClause: pair.domestic?.clause,
                                 internationalClause: pair.international?.clause,
                                 deviation: model.deviationSentence(pair), reason: model.reason(pair),
                                 unexplained: model.unexplained.contains(index))
        }
        let withDomestic = rows.enumerated().filter { $0.element.domesticClause != nil }.sorted { a, b in
            let order = ClauseOrder.compare(a.element.domesticClause!, b.element.domesticClause!)
            return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element)
        return withDomestic + rows.filter { $0.domesticClause == nil }
    }
}
