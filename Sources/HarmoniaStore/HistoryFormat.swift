import Foundation
import HarmoniaAlign
import HarmoniaText

/// Writes `track history` as text, JSON or CSV.
public enum HistoryFormat: String, Sendable, CaseIterable {
    case text, json, csv

    /// The entries in this format. JSON is an array of objects, one per record, in history order.
    public func render(_ entries: [HistoryEntry]) -> String {
        switch self {
        case .text: Self.text(entries)
        case .json: JSONText.array(entries.map(Self.json)).rendered()
        case .csv: Self.csv(entries)
        }
    }

    private static let verdictHeaders: [(Verdict, String)] = [
        (.identical, "idt"), (.equivalent, "equ"), (.stricter, "str"), (.looser, "loo"),
        (.different, "dif"), (.missing, "mis"), (.added, "add"),
    ]

    private static func text(_ entries: [HistoryEntry]) -> String {
        if entries.isEmpty { return "no comparisons recorded\n" }
        var table = TextTable(
            header: ["#", "date", "domestic", "international", "score", "change", "degree"]
                + verdictHeaders.map(\.1) + ["family"])
        table.rightAligned = Set([0, 4, 5] + Array(7..<(7 + verdictHeaders.count)))
        for entry in entries {
            let comparison = entry.comparison
            table.rows.append(
                [
                    "\(comparison.recordID)", entry.date ?? "—", comparison.domestic.id, comparison.international.id,
                    comparison.scoreText, entry.changeTenths.map(ScoreText.change(tenths:)) ?? "",
                    comparison.degree.rawValue,
                ]
                    + verdictHeaders.map { "\(comparison.counts[$0.0])" } + [entry.family.label])
        }
        return table.rendered()
    }

    /// One record as JSON; shared by `history` and `diff`.
    static func json(_ entry: HistoryEntry) -> JSONText {
        let comparison = entry.comparison
        return .object([
            ("record", .integer(comparison.recordID)),
            ("domestic", .string(comparison.domestic.id)),
            ("international", .string(comparison.international.id)),
            ("date", .optional(entry.date)),
            ("internationalDate", .optional(comparison.international.effectiveDate)),
            ("recordedAt", .string(comparison.recordedAt)),
            ("family", .string(entry.family.label)),
            ("score", .tenths(comparison.scoreTenths)),
            ("change", entry.changeTenths.map(JSONText.tenths) ?? .null),
            ("previousRecord", entry.previousRecordID.map(JSONText.integer) ?? .null),
            ("degree", .string(comparison.degree.rawValue)),
            ("declaredDegree", .optional(comparison.declaredDegree?.rawValue)),
            ("counts", counts(comparison.counts)),
            ("pairs", .integer(comparison.pairCount)),
            ("unexplained", .integer(comparison.unexplained)),
        ])
    }

    static func counts(_ counts: VerdictCounts) -> JSONText {
        .object(Verdict.allCases.map { ($0.rawValue, .integer(counts[$0])) })
    }

    private static func csv(_ entries: [HistoryEntry]) -> String {
        var lines = [
            (["record", "date", "domestic", "international", "family", "score", "change", "degree"]
                + Verdict.allCases.map(\.rawValue) + ["unexplained", "recordedAt"]).joined(separator: ",")
        ]
        for entry in entries {
            let comparison = entry.comparison
            let fields =
                [
                    "\(comparison.recordID)", entry.date ?? "", comparison.domestic.id, comparison.international.id,
                    entry.family.label, comparison.scoreText,
                    entry.changeTenths.map { ScoreText.format(tenths: $0) } ?? "",
                    comparison.degree.rawValue,
                ]
                + Verdict.allCases.map { "\(comparison.counts[$0])" } + [
                    "\(comparison.unexplained)", comparison.recordedAt,
                ]
            lines.append(fields.map(CSVField.escaped).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
