import HarmoniaText

/// Writes `track diff` as text or JSON.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json

    public func render(_ diff: ComparisonDiff) -> String {
        switch self {
        case .text: Self.text(diff)
        case .json: Self.json(diff).rendered()
        }
    }

    private static func summary(_ comparison: RecordedComparison) -> String {
        "#\(comparison.recordID)  \(comparison.domestic.id) ↔ \(comparison.international.id)  "
            + "score \(comparison.scoreText)  \(comparison.degree.rawValue)"
    }

    private static func text(_ diff: ComparisonDiff) -> String {
        var lines = [
            "A  " + summary(diff.from),
            "B  " + summary(diff.to),
            "score change: \(ScoreText.change(tenths: diff.changeTenths))",
        ]
        func section(_ title: String, _ changes: [ComparisonDiff.Change], count: String? = nil) {
            lines.append("")
            lines.append("\(title): \(count ?? String(changes.count))")
            var table = TextTable(header: ["clause", "indicator", "in A", "", "in B"])
            table.rows = changes.map {
                [$0.clause, $0.name, $0.before.verdict.rawValue, "→", $0.after.verdict.rawValue]
            }
            if !changes.isEmpty { lines += table.rendered().split(separator: "\n").map { "  " + $0 } }
        }
        func pairs(_ title: String, _ pairs: [RecordedPair]) {
            lines.append("")
            lines.append("\(title): \(pairs.count)")
            var table = TextTable(header: ["clause", "indicator", "verdict"])
            table.rows = pairs.map { [$0.clause, $0.name, $0.verdict.rawValue] }
            if !pairs.isEmpty { lines += table.rendered().split(separator: "\n").map { "  " + $0 } }
        }
        // A deviation also ends (or starts) with its requirement: counted here, listed under dropped (added).
        section(
            "deviations closed", diff.closed,
            count: "\(diff.deviationsClosed) (\(diff.closed.count) now agree, "
                + "\(diff.closedWithRequirement.count) gone with their requirement)")
        section(
            "deviations opened", diff.opened,
            count: "\(diff.deviationsOpened) (\(diff.opened.count) agreed before, "
                + "\(diff.openedWithRequirement.count) with a new requirement)")
        section("verdicts changed", diff.changed)
        pairs("indicators added (in B only)", diff.added)
        pairs("indicators dropped (in A only)", diff.dropped)
        return TerminalText.escaped(lines.joined(separator: "\n") + "\n")
    }

    private static func record(_ comparison: RecordedComparison) -> JSONText {
        .object([
            ("record", .integer(comparison.recordID)),
            ("domestic", .string(comparison.domestic.id)),
            ("international", .string(comparison.international.id)),
            ("recordedAt", .string(comparison.recordedAt)),
            ("score", .tenths(comparison.scoreTenths)),
            ("degree", .string(comparison.degree.rawValue)),
            ("counts", HistoryFormat.counts(comparison.counts)),
        ])
    }

    private static func change(_ change: ComparisonDiff.Change) -> JSONText {
        .object([
            ("indicator", .string(change.name)),
            ("clause", .string(change.clause)),
            ("concept", .string(change.after.concept)),
            ("before", .string(change.before.verdict.rawValue)),
            ("after", .string(change.after.verdict.rawValue)),
            ("domesticBefore", .optional(change.before.domesticValue)),
            ("domesticAfter", .optional(change.after.domesticValue)),
            ("internationalBefore", .optional(change.before.internationalValue)),
            ("internationalAfter", .optional(change.after.internationalValue)),
        ])
    }

    private static func pair(_ pair: RecordedPair) -> JSONText {
        .object([
            ("indicator", .string(pair.name)),
            ("clause", .string(pair.clause)),
            ("concept", .string(pair.concept)),
            ("verdict", .string(pair.verdict.rawValue)),
            ("domestic", .optional(pair.domesticIndicator)),
            ("international", .optional(pair.internationalIndicator)),
        ])
    }

    private static func json(_ diff: ComparisonDiff) -> JSONText {
        .object([
            ("format", .string("harmonia.history-diff")),
            ("version", .integer(1)),
            ("from", record(diff.from)),
            ("to", record(diff.to)),
            ("scoreChange", .tenths(diff.changeTenths)),
            ("deviationsClosed", .integer(diff.deviationsClosed)),
            ("deviationsOpened", .integer(diff.deviationsOpened)),
            ("closed", .array(diff.closed.map(change))),
            ("opened", .array(diff.opened.map(change))),
            ("changed", .array(diff.changed.map(change))),
            ("added", .array(diff.added.map(pair))),
            ("dropped", .array(diff.dropped.map(pair))),
        ])
    }
}
