import HarmoniaAlign
import HarmoniaModel

/// Writes a ``Comparison`` as Markdown (GitHub-flavoured tables): the same content as the HTML report,
/// with the two annex tables in the form a drafting group pastes into its document.
public struct MarkdownWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The report as Markdown text.
    public func write(_ comparison: Comparison) -> String {
        let model = ReportModel(comparison, options: options)
        var out = MarkdownOutput()
        header(model, &out)
        verdicts(model, &out)
        score(model, &out)
        heatmap(model, &out)
        if model.modSectionApplies { unexplained(model, &out) }
        deviations(model, &out)
        annexes(model, &out)
        pairs(model, &out)
        warnings(model, &out)
        out.line("---")
        out.line("")
        out.line(md(model.footer))
        return out.text
    }

    private func md(_ text: String) -> String { Escape.markdown(text) }

    private func header(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        let c = model.comparison
        out.line("# " + md(s.fill("report.heading", ["title": s["report.title"], "did": model.did, "iid": model.iid])))
        out.line("")
        if let notice = DeclarationNotice.text(c, s) {
            out.line("> **" + md(s["declaration.label"]) + "** " + md(notice))
            out.line("")
        }
        out.line(md(s.fill("report.subtitle", ["did": model.did, "iid": model.iid])))
        out.line("")
        out.table(["", md(s["doc.domestic"]), md(s["doc.international"])])
        let rows: [(String, (DocumentSummary) -> String)] = [
            ("", { "**" + md($0.id) + "**" }),
            ("", { model.title($0).map { md($0.text) } ?? "" }),
            (s["doc.role"], { md(s["role." + $0.role.rawValue]) }),
            (s["doc.edition"], { md($0.edition ?? model.none) }),
            (s["doc.date"], { md($0.date ?? model.none) }),
            (s["doc.issuer"], { md($0.issuer ?? model.none) }),
        ]
        for (label, value) in rows {
            out.row([md(label), value(c.domestic), value(c.international)])
        }
        out.line("")
        let degree = c.degree
        var summary =
            "**" + md(s["summary.score"]) + "**" + s["label.colon"] + c.score.text + " / 100 · **"
            + md(s["summary.degree"])
            + "**" + s["label.colon"] + md(s.degree(degree.computed))
        if let declared = degree.declared {
            summary +=
                " · **" + md(s["summary.declared"]) + "**" + s["label.colon"] + md(s.degree(declared)) + " — "
                + md(s[degree.declarationSupported ? "summary.supported" : "summary.unsupported"])
        } else {
            summary += " · **" + md(s["summary.declared"]) + "**" + s["label.colon"] + md(s["summary.declaredNone"])
        }
        out.line(summary)
        out.line("")
        out.line(
            "**" + md(s["summary.pairs"]) + "**" + s["label.colon"] + "\(c.counts.total) · **"
                + md(s["summary.deviations"])
                + "**" + s["label.colon"] + "\(c.counts.deviations) · **" + md(s["summary.unexplained"]) + "**"
                + s["label.colon"] + (model.unexplainedCount["count"] ?? ""))
        out.line("")
        if let note = model.declarationNote {
            out.line("> " + md(note))
            out.line("")
        }
        if let date = options.date {
            out.line("**" + md(s["report.date"]) + "**" + s["label.colon"] + md(date))
            out.line("")
        }
    }

    private func verdicts(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        let counts = model.comparison.counts
        out.heading(2, md(s["section.verdicts"]))
        out.table(
            [md(s["col.verdict"]), md(s["col.meaning"]), md(s["col.count"]), md(s["col.share"]), ""],
            alignments: ["---", "---", "---:", "---:", "---"])
        let largest = max(1, Verdict.allCases.map { counts[$0] }.max() ?? 1)
        for verdict in Verdict.allCases {
            let count = counts[verdict]
            let bar = String(repeating: "█", count: (count * 20 + largest - 1) / largest)
            out.row([
                md(s.verdict(verdict)), md(s["meaning." + verdict.rawValue]), String(count), md(model.share(count)),
                bar,
            ])
        }
        out.row(["**" + md(s["col.total"]) + "**", "", "**\(counts.total)**", "", ""])
        out.line("")
    }

    private func score(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        out.heading(2, md(s["section.score"]))
        out.line("`" + s["score.formula"].replacingOccurrences(of: "`", with: "'") + "`")
        out.line("")
        out.line(md(model.scoreTerms))
        out.line("")
        out.table(model.weights.map { md(s.verdict($0.0)) })
        out.row(model.weights.map { $0.1 })
        out.line("")
    }

    private func heatmap(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        out.heading(2, md(s["section.heatmap"]))
        out.line(md(s["heatmap.caption"]))
        out.line("")
        out.table(
            [md(s.fill("col.clauseOf", ["id": model.iid])), md(s.fill("col.clauseOf", ["id": model.did]))]
                + Verdict.allCases.map { md(s.verdict($0)) } + [md(s["col.total"])],
            alignments: ["---", "---"] + Verdict.allCases.map { _ in "---:" } + ["---:"])
        for (clause, reference, counts) in model.heatmap {
            out.row(
                (reference ? [md(clause), md(model.none)] : [md(model.none), md(clause)])
                    + Verdict.allCases.map { counts[$0] == 0 ? "·" : String(counts[$0]) } + [
                        String(counts.total)
                    ])
        }
        out.line("")
    }

    private func unexplained(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        let degree = model.comparison.degree
        out.heading(2, md(s["section.unexplained"]))
        guard !degree.unexplained.isEmpty else {
            out.line(md(s[model.deviationIndices.isEmpty ? "deviations.none" : "unexplained.none"]))
            out.line("")
            return
        }
        out.line(md(model.unexplainedIntro))
        out.line("")
        // As the HTML page's list: the requirement named once (its entries are in the deviations table
        // below), its verdicts and why it counts against MOD; never every entry's sentence again.
        for group in model.groups where group.unexplained {
            let pairs = group.pairIndices.map { model.comparison.pairs[$0] }
            let verdicts = group.verdicts(model.comparison)
            let item = s.fill(
                "unexplained.item",
                [
                    "name": model.requirementName(pairs), "verdicts": s.list(verdicts.map(s.verdict)),
                    "reason": model.unexplainedReason(pairs[0]),
                ])
            out.line("- **" + md(pairs[0].clause) + "** " + md(item))
        }
        out.line("")
    }

    private func deviations(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        out.heading(2, md(s["section.deviations"]))
        guard !model.deviationIndices.isEmpty else {
            out.line(md(s["deviations.none"]))
            out.line("")
            return
        }
        out.table([
            md(s.fill("col.clauseOf", ["id": model.iid])), md(s.fill("col.clauseOf", ["id": model.did])),
            md(s["col.concept"]), md(s["col.verdict"]), md(s.fill("col.valueOf", ["id": model.did])),
            md(s.fill("col.valueOf", ["id": model.iid])), md(s["col.reason"]),
        ])
        // Requirement by requirement (a table's entries together), each deviation once.
        for index in model.groups.flatMap(\.pairIndices) {
            let pair = model.comparison.pairs[index]
            var verdict = md(s.verdict(pair.verdict))
            if let magnitude = model.magnitude(pair) {
                verdict = md(
                    s.fill(
                        "magnitude.verdict",
                        ["verdict": s.verdict(pair.verdict), "magnitude": magnitude.phrase(s.fill)]))
            }
            let reason =
                model.reason(pair).map { md($0.text) }
                ?? (model.reasonsOwed ? "**" + md(s["flag.noReason"]) + "**" : "")
            out.row([
                md(pair.international?.clause ?? model.none), md(pair.domestic?.clause ?? model.none),
                md(model.subject(pair)), verdict, md(model.valueText(pair.domestic)),
                md(model.valueText(pair.international)), reason,
            ])
        }
        out.line("")
    }

    private func annexes(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        out.heading(2, md(s["section.annexA"]))
        out.line(md(s.fill("annexA.intro", ["did": model.did, "iid": model.iid])))
        out.line("")
        out.table([md(s.fill("col.clauseOf", ["id": model.did])), md(s.fill("col.clauseOf", ["id": model.iid]))])
        for row in AnnexTables.correspondence(model.comparison) {
            out.row([
                md(row.domestic ?? model.none),
                row.international.isEmpty
                    ? md(model.none) : md(ClauseList.text(row.international, in: model.options.language)),
            ])
        }
        out.line("")

        out.heading(2, md(s["section.annexB"]))
        out.line(md(s.fill(model.reasonsOwed ? "annexB.intro" : "annexB.introNEQ", ["flag": s["flag.noReason"]])))
        out.line("")
        out.table([
            md(s.fill("col.clauseOf", ["id": model.did])), md(s.fill("col.clauseOf", ["id": model.iid])),
            md(s["col.deviation"]), md(s["col.reason"]), md(s["col.noReason"]),
        ])
        for row in AnnexTables.differences(model) {
            out.row([
                md(row.domesticClause ?? model.none), md(row.internationalClause ?? model.none), md(row.deviation),
                md(row.reason?.text ?? ""),
                row.unexplained && model.reasonsOwed ? "**" + md(s["flag.noReason"]) + "**" : "",
            ])
        }
        out.line("")
    }

    private func pairs(_ model: ReportModel, _ out: inout MarkdownOutput) {
        let s = model.strings
        out.heading(2, md(s["section.pairs"]))
        out.line(md(s["pairs.intro.text"]))  // Markdown has no links to the requirement view
        out.line("")
        // As the HTML page: where each document states the entry (clause · printed table number), never
        // the indicator's internal id; the entry's conditions are in the indicator's name.
        out.table([
            md(s["col.verdict"]), md(s["col.concept"]),
            md(s.fill("col.placeOf", ["id": model.did])), md(s.fill("col.valueOf", ["id": model.did])),
            md(s.fill("col.placeOf", ["id": model.iid])), md(s.fill("col.valueOf", ["id": model.iid])),
            md(s["col.explained"]),
        ])
        for pair in model.comparison.pairs {
            out.row([
                md(s.verdict(pair.verdict)), md(model.subject(pair)),
                md(model.place(pair.domestic)), md(model.valueText(pair.domestic)),
                md(model.place(pair.international)), md(model.valueText(pair.international)),
                md(s.yesNo(pair.explained)),
            ])
        }
        out.line("")
    }

    private func warnings(_ model: ReportModel, _ out: inout MarkdownOutput) {
        guard !model.comparison.warnings.isEmpty else { return }
        out.heading(2, md(model.strings["section.warnings"]))
        for warning in model.comparison.warnings { out.line("- " + md(warning)) }
        out.line("")
    }
}

/// Lines of Markdown, with helpers for headings and pipe tables.
struct MarkdownOutput {
    private(set) var text = ""

    mutating func line(_ line: String) { text += line + "\n" }

    mutating func heading(_ level: Int, _ title: String) {
        line(String(repeating: "#", count: level) + " " + title)
        line("")
    }

    /// A table header; cells must already be escaped (no raw `|`).
    mutating func table(_ header: [String], alignments: [String]? = nil) {
        row(header)
        line("|" + (alignments ?? header.map { _ in "---" }).map { " \($0) " }.joined(separator: "|") + "|")
    }

    mutating func row(_ cells: [String]) {
        line("|" + cells.map { $0.isEmpty ? " " : " \($0) " }.joined(separator: "|") + "|")
    }
}
