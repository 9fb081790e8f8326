import HarmoniaAlign
import HarmoniaModel
import HarmoniaText
import Rainbow

/// Writes a ``Comparison`` for a person at a terminal: a header with both documents, the score, degree
/// and counts, then the deviations grouped by clause with both values side by side.
public struct TextWriter: Sendable {
    /// Whether to colour the output (ANSI escapes through Rainbow).
    public var color: Bool
    /// Whether to list every pair rather than the deviations only.
    public var showAgreement: Bool

    public init(color: Bool, showAgreement: Bool = false) {
        self.color = color
        self.showAgreement = showAgreement
    }

    public func write(_ comparison: Comparison) -> String {
        var lines: [String] = []
        let d = comparison.domestic
        let i = comparison.international
        lines.append(bold("Harmonia — comparison"))
        lines.append("  Domestic       \(describe(d))")
        lines.append("  Reference      \(describe(i))")
        let score = comparison.score
        lines.append("  Score          \(bold(score.text)) / 100   (\(score.pairs) pairs, credit \(score.credit))")
        var degreeLine = "  Degree         \(bold(comparison.degree.computed.rawValue))"
        if let declared = comparison.degree.declared {
            degreeLine += comparison.degree.declarationSupported
                ? "   (declared \(declared.rawValue): supported)"
                : "   (declared \(declared.rawValue): " + paint("not supported", .red) + ")"
        }
        lines.append(degreeLine)
        lines.append("  Verdicts       " + Verdict.allCases.map { verdict in
            let count = comparison.counts[verdict]
            let text = "\(verdict.rawValue) \(count)"
            return count > 0 ? paint(text, Self.colour(verdict)) : text
        }.joined(separator: " · "))
        lines.append("  Unexplained    \(comparison.degree.unexplained.count)")
        if let note = comparison.degree.declarationNote { lines.append("  Note           \(note)") }

        lines.append("")
        lines += clauseSummary(comparison.pairs)

        let shown = comparison.pairs.enumerated().filter { showAgreement || $0.element.verdict.isDeviation }
        lines.append("")
        if shown.isEmpty {
            lines.append(bold("No technical deviations: every pair agrees."))
        } else {
            lines.append(bold(showAgreement ? "Pairs by clause" : "Technical deviations by clause"))
            lines += table(shown.map(\.element), unexplained: Set(comparison.degree.unexplained.map(\.pairIndex)),
                           indices: shown.map(\.offset))
        }
        if !comparison.degree.unexplained.isEmpty {
            lines.append("")
            lines.append(bold("Unexplained deviations (what stands between the document and MOD): \(comparison.degree.unexplained.count)"))
            for deviation in comparison.degree.unexplained.prefix(50) {
                let pair = comparison.pairs[deviation.pairIndex]
                lines.append("  \(pair.clause)  \(deviation.reason)")
            }
            if comparison.degree.unexplained.count > 50 {
                lines.append("  … and \(comparison.degree.unexplained.count - 50) more (see --format json)")
            }
        }
        if !comparison.warnings.isEmpty {
            lines.append("")
            lines.append(bold("Warnings"))
            lines += comparison.warnings.map { "  " + paint($0, .yellow) }
        }
        lines.append("")
        lines.append("Score: " + Score.formula)
        // A document's text must not drive the terminal: controls and bidi overrides shown escaped.
        return TerminalText.escaped(lines.joined(separator: "\n") + "\n", keepingColour: color)
    }

    /// One line per clause with the count of each verdict: where the documents agree and where they part.
    private func clauseSummary(_ pairs: [Pair]) -> [String] {
        var byClause: [String: VerdictCounts] = [:]
        for pair in pairs {
            let key = pair.international == nil ? "+" + pair.clause : pair.clause
            byClause[key, default: VerdictCounts()][pair.verdict] += 1
        }
        let international = byClause.keys.filter { !$0.hasPrefix("+") }.sorted(by: ClauseOrder.areInIncreasingOrder)
        let added = byClause.keys.filter { $0.hasPrefix("+") }.sorted { ClauseOrder.areInIncreasingOrder(String($0.dropFirst()), String($1.dropFirst())) }
        let columns: [(String, [Verdict])] = [("agree", [.identical, .equivalent]), ("stricter", [.stricter]), ("looser", [.looser]),
                                              ("different", [.different]), ("missing", [.missing]), ("added", [.added])]
        var lines = [bold("By clause") + "  (international clause; + marks a domestic clause with added requirements only)"]
        lines.append("  " + pad("clause", 10) + columns.map { pad($0.0, 10) }.joined())
        for key in international + added {
            let counts = byClause[key]!
            let cells = columns.map { column -> String in
                let count = column.1.reduce(0) { $0 + counts[$1] }
                let text = pad(count == 0 ? "·" : String(count), 10)
                guard count > 0, let verdict = column.1.last else { return text }
                return paint(text, Self.colour(verdict))
            }
            lines.append("  " + pad(key, 10) + cells.joined())
        }
        return lines
    }

    private func describe(_ summary: DocumentSummary) -> String {
        var parts = [summary.role.rawValue]
        if let edition = summary.edition { parts.append("edition \(edition)") }
        if let date = summary.date { parts.append(date) }
        let title = summary.titles.first.map { "  " + $0.text } ?? ""
        return bold(summary.id) + " (" + parts.joined(separator: ", ") + ")" + title
    }

    private func table(_ pairs: [Pair], unexplained: Set<Int>, indices: [Int]) -> [String] {
        var lines: [String] = []
        var currentClause: String?
        let idWidth = min(32, pairs.map { max($0.domestic?.id.count ?? 1, $0.international?.id.count ?? 1) }.max() ?? 8)
        let valueWidth = min(24, pairs.map { max($0.domestic?.value.written.count ?? 1, $0.international?.value.written.count ?? 1) }.max() ?? 8)
        for (pair, index) in zip(pairs, indices) {
            let heading = pair.international == nil ? "§ \(pair.clause) (domestic clause: added requirements)" : "§ \(pair.clause)"
            if heading != currentClause {
                currentClause = heading
                lines.append("  " + bold(heading))
            }
            let verdict = paint(pad(pair.verdict.rawValue, 10), Self.colour(pair.verdict))
            let id = pad(pair.international?.id ?? pair.domestic?.id ?? "", idWidth)
            let domesticValue = pad(pair.domestic?.value.written ?? "—", valueWidth)
            let internationalValue = pair.international?.value.written ?? "—"
            var line = "    \(verdict) \(id)  domestic \(domesticValue)  international \(internationalValue)"
            if pair.verdict.isDeviation {
                line += unexplained.contains(index) ? "  " + paint("[unexplained]", .red) : "  [explained]"
            }
            lines.append(line)
            lines.append("               " + pair.detail)
        }
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func colour(_ verdict: Verdict) -> NamedColor {
        switch verdict {
        case .identical, .equivalent: .green
        case .stricter: .cyan
        case .looser: .red
        case .different: .yellow
        case .missing: .magenta
        case .added: .blue
        }
    }

    private func paint(_ text: String, _ colour: NamedColor) -> String {
        color ? text.applyingColor(colour) : text
    }

    private func bold(_ text: String) -> String {
        color ? text.bold : text
    }
}
