import HarmoniaAlign
import HarmoniaModel
import HarmoniaText
import Rainbow

/// Writes a ``Comparison`` for a person at a terminal: a header with both documents, the score, degree
/// and its reasons, then the deviations by requirement (one line each), and with `--all` every
/// requirement with each of its pairs spelled out. Whatever is left out says how to see it.
public struct TextWriter: Sendable {
    /// Whether to colour the output (ANSI escapes through Rainbow).
    public var color: Bool
    /// Whether to list every requirement and every pair with its details, rather than a line per
    /// requirement that deviates.
    public var showAgreement: Bool

    public init(color: Bool, showAgreement: Bool = false) {
        self.color = color
        self.showAgreement = showAgreement
    }

    public func write(_ comparison: Comparison) -> String {
        let comparison = ReferringJustifications.resolved(comparison)
        var lines: [String] = []
        let d = comparison.domestic
        let i = comparison.international
        lines.append(bold("Harmonia — comparison"))
        if let warning = comparison.declarationWarning {
            lines.append("  " + paint("Warning: " + warning, .yellow))
        }
        lines.append("  Domestic       \(describe(d))")
        lines.append("  Reference      \(describe(i))")
        let score = comparison.score
        let domesticOnly = comparison.requirements.count { $0.origin == .domestic }
        lines.append(
            "  Score          \(bold(score.text)) / 100   (\(Counted.noun(score.requirements, "requirement")) of the reference, Σ credit \(ReportModel.decimal(score.credit, places: 3)); \(domesticOnly) domestic-only, not scored)"
        )
        var degreeLine = "  Degree         \(bold(comparison.degree.computed.rawValue))"
        if let declared = comparison.degree.declared {
            degreeLine +=
                comparison.degree.declarationSupported
                ? "   (declared \(declared.rawValue): supported)"
                : "   (declared \(declared.rawValue): " + paint("not supported", .red) + ")"
        }
        lines.append(degreeLine)
        for reason in comparison.degree.reasons { lines.append("                 – " + reason) }
        lines.append(
            "  Verdicts       "
                + Verdict.allCases.map { verdict in
                    let count = comparison.counts[verdict]
                    let text = "\(verdict.rawValue) \(count)"
                    return count > 0 ? paint(text, Self.colour(verdict)) : text
                }.joined(separator: " · "))
        let editorial = comparison.pairs.count { $0.difference == .editorial }
        lines.append(
            "  Differences    technical \(comparison.degree.technicalDeviations) · editorial (ed) \(editorial) · unexplained \(comparison.degree.unexplained.count)"
        )
        if let note = comparison.degree.declarationNote { lines.append("  Note           \(note)") }

        lines.append("")
        lines += clauseSummary(comparison.pairs)
        lines.append("")
        lines += requirements(comparison)
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

    /// The requirements: those with technical deviations, then those with editorial differences only, one
    /// line each; with `--all`, every requirement with each of its pairs.
    private func requirements(_ comparison: Comparison) -> [String] {
        let unexplained = Set(comparison.degree.unexplained.map(\.pairIndex))
        let reasons = Dictionary(comparison.degree.unexplained.map { ($0.pairIndex, $0.reason) }) { first, _ in first }
        var lines: [String] = []
        let deviating = comparison.requirements.filter(\.hasTechnicalDeviation)
        let editorialOnly = comparison.requirements.filter { !$0.hasTechnicalDeviation && $0.editorial > 0 }
        let listed = showAgreement ? comparison.requirements : deviating
        if deviating.isEmpty {
            lines.append(bold("No technical deviations: every requirement of the reference is adopted."))
        }
        if !listed.isEmpty {
            lines.append(
                bold(
                    showAgreement
                        ? "Requirements (\(listed.count))"
                        : "Technical deviations by requirement (\(deviating.count) of \(Counted.noun(comparison.requirements.count, "requirement")))"
                ))
        }
        for requirement in listed {
            let open = requirement.pairIndices.count { unexplained.contains($0) }
            var line = "  " + paint(requirement.summary, Self.colour(requirement))
            if requirement.technical > 0 {
                line += open > 0 ? "  " + paint("[\(open) unexplained]", .red) : "  [explained]"
            }
            lines.append(line)
            if showAgreement {
                for index in requirement.pairIndices {
                    lines += pairLines(comparison.pairs[index], unexplained: reasons[index])
                }
            } else if requirement.values == 1, let index = requirement.pairIndices.first {
                // A single value's deviation is short enough to show in full.
                lines += pairLines(comparison.pairs[index], unexplained: reasons[index])
            }
        }
        if !showAgreement && !editorialOnly.isEmpty {
            lines.append("")
            lines.append(bold("Editorial differences only (typed ed: not technical deviations)"))
            for requirement in editorialOnly {
                lines.append("  " + requirement.summary)
                if requirement.values == 1, let index = requirement.pairIndices.first {
                    lines += pairLines(comparison.pairs[index], unexplained: nil)
                }
            }
        }
        if !showAgreement {
            let tables = deviating.count { $0.values > 1 }
            lines.append("")
            lines.append(
                "Each value of every requirement, with both clauses, both values, the converted value, the size of the difference and what explains it"
                    + (tables > 0
                        ? " (\(Counted.noun(tables, "requirement")) above \(tables == 1 ? "holds" : "hold") several values)"
                        : "")
                    + ": run again with --all, or use --format json.")
        }
        return lines
    }

    /// A pair spelled out: verdict, both sides (clause, id, value), then the comparison and what explains it.
    private func pairLines(_ pair: Pair, unexplained reason: String?) -> [String] {
        let detail = pair.deviationDetail
        let verdict = paint(
            pad(pair.difference == .editorial ? "ed" : pair.verdict.rawValue, 10), Self.colour(pair.verdict))
        let domestic = pair.domestic.map { "domestic § \($0.clause) \($0.id) \($0.writtenValue)" } ?? "domestic —"
        let reference =
            pair.international.map { "reference § \($0.clause) \($0.id) \($0.writtenValue)" } ?? "reference —"
        var lines = ["    \(verdict) \(domestic)  |  \(reference)"]
        var notes: [String] = []
        // The values are on the line above; the comparison adds only the converted value and the size.
        if pair.difference != .none, detail.converted != nil || detail.size != nil {
            notes.append(detail.comparison)
        }
        if pair.difference != .none { notes.append(pair.editorialReason ?? pair.detail) }
        if !detail.qualifierDifferences.isEmpty { notes.append("qualifiers differ: " + detail.qualifierText) }
        if let explanation = detail.explanation {
            notes.append("explained by the " + explanation)
        } else if let reason {
            notes.append(paint("unexplained: " + reason, .red))
        }
        lines += notes.map { "               " + $0 }
        return lines
    }

    /// One line per clause with the count of each verdict: where the documents agree and where they part.
    private func clauseSummary(_ pairs: [Pair]) -> [String] {
        var byClause: [String: VerdictCounts] = [:]
        for pair in pairs {
            let key = pair.international == nil ? "+" + pair.clause : pair.clause
            byClause[key, default: VerdictCounts()][pair.verdict] += 1
        }
        let international = byClause.keys.filter { !$0.hasPrefix("+") }.sorted(by: ClauseOrder.areInIncreasingOrder)
        let added = byClause.keys.filter { $0.hasPrefix("+") }.sorted {
            ClauseOrder.areInIncreasingOrder(String($0.dropFirst()), String($1.dropFirst()))
        }
        let columns: [(String, [Verdict])] = [
            ("agree", [.identical, .equivalent]), ("stricter", [.stricter]), ("looser", [.looser]),
            ("different", [.different]), ("missing", [.missing]), ("added", [.added]),
        ]
        var lines = [
            bold("By clause") + "  (international clause; + marks a domestic clause with added requirements only)"
        ]
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

    private static func colour(_ requirement: Requirement) -> NamedColor {
        switch requirement.status {
        case .adopted: .green
        case .modified: .yellow
        case .partlyAdopted: .yellow
        case .notAdopted: .magenta
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
