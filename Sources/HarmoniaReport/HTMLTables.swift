import HarmoniaAlign
import HarmoniaModel

/// The report page's tables: unexplained deviations, deviations side by side, the two annexes and the
/// full pair table with its verdict filter.
enum HTMLTables {
    private static func h(_ text: String) -> String { Escape.html(text) }

    /// ` lang="zh"` for text whose language is known, so browsers choose the right CJK glyphs.
    static func langAttribute(_ lang: String?) -> String {
        Escape.languageTag(lang).map { " lang=\"\($0)\"" } ?? ""
    }

    /// A document's text in a span carrying its language.
    static func documentText(_ text: LocalizedText) -> String {
        "<span" + langAttribute(text.lang) + ">" + h(text.text) + "</span>"
    }

    static func badge(_ verdict: Verdict, _ model: ReportModel) -> String {
        "<span class=\"badge v-\(verdict.rawValue)\">" + h(model.strings.verdict(verdict)) + "</span>"
    }

    private static func header(_ cells: [String]) -> String {
        "<thead><tr>" + cells.map { "<th scope=\"col\">" + h($0) + "</th>" }.joined() + "</tr></thead>"
    }

    static func unexplained(_ model: ReportModel) -> [String] {
        let s = model.strings
        let degree = model.comparison.degree
        guard !degree.unexplained.isEmpty else {
            return ["<p>" + h(s[model.deviationIndices.isEmpty ? "deviations.none" : "unexplained.none"]) + "</p>"]
        }
        var lines = ["<p>" + h(s.fill("unexplained.intro", ["n": String(degree.unexplained.count)])) + "</p>", "<ol>"]
        // Each deviating requirement once, however many table cells it spans.
        for group in model.groups where group.unexplained {
            let pair = model.comparison.pairs[group.pairIndices[0]]
            lines.append(
                "<li><strong>" + h(pair.clause) + "</strong> " + badge(pair.verdict, model) + " "
                    + h(model.groupSentence(group)) + " <span class=\"muted\">— " + h(model.unexplainedReason(pair))
                    + "</span></li>")
        }
        lines.append("</ol>")
        return lines
    }

    /// Each deviation with the two requirements side by side and the reason (or its absence) beside them.
    static func deviations(_ model: ReportModel) -> [String] {
        let s = model.strings
        guard !model.deviationIndices.isEmpty else { return ["<p>" + h(s["deviations.none"]) + "</p>"] }
        var lines = ["<div class=\"filter\">"]
        lines += filter(
            model, list: "deviations", verdicts: Verdict.allCases.filter { !$0.isAgreement },
            counts: model.comparison.counts, withDeviations: false)
        lines += [
            "<table class=\"deviations\">",
            header([s["col.concept"], s["col.verdict"], model.did, model.iid, s["col.reason"]]), "<tbody>",
        ]
        for index in model.deviationIndices {
            let pair = model.comparison.pairs[index]
            var verdict = badge(pair.verdict, model)
            if let magnitude = model.magnitude(pair) {
                verdict +=
                    "<span class=\"where\">"
                    + h(
                        s.fill(
                            magnitude.smaller ? "magnitude.smaller" : "magnitude.larger",
                            ["p": magnitude.percent])) + "</span>"
            }
            if pair.step == .partial {
                verdict += "<span class=\"where\">" + h(model.differencesText(pair)) + "</span>"
            }
            let reason =
                model.reason(pair).map(documentText) ?? "<span class=\"flag\">" + h(s["flag.noReason"]) + "</span>"
            let rowClass = "v-" + pair.verdict.rawValue + (model.unexplained.contains(index) ? " unexplained" : "")
            lines.append(
                "<tr class=\"\(rowClass)\"><td>" + h(model.subject(pair)) + "</td><td>" + verdict + "</td><td>"
                    + side(pair.domestic, model) + "</td><td>" + side(pair.international, model) + "</td><td>" + reason
                    + "</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }

    /// A value with where it is stated: `±1.6 mg` over `5.1 · mpe[1 kg][E2]`.
    private static func side(_ indicator: Indicator?, _ model: ReportModel) -> String {
        guard let indicator else { return "<span class=\"muted\">" + h(model.none) + "</span>" }
        return "<span class=\"value\">" + h(model.valueText(indicator)) + "</span><span class=\"where\">"
            + h(indicator.clause + " · " + indicator.id) + "</span>"
    }

    static func correspondence(_ model: ReportModel) -> [String] {
        let s = model.strings
        var lines = [
            "<p class=\"caption\">" + h(s.fill("annexA.intro", ["did": model.did, "iid": model.iid])) + "</p>",
            "<table class=\"compact\">",
            header([s.fill("col.clauseOf", ["id": model.did]), s.fill("col.clauseOf", ["id": model.iid])]), "<tbody>",
        ]
        for row in AnnexTables.correspondence(model.comparison) {
            lines.append(
                "<tr><td>" + h(row.domestic ?? model.none) + "</td><td>"
                    + h(row.international.isEmpty ? model.none : row.international.joined(separator: ", "))
                    + "</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    static func differences(_ model: ReportModel) -> [String] {
        let s = model.strings
        let rows = AnnexTables.differences(model)
        var lines = ["<p class=\"caption\">" + h(s.fill("annexB.intro", ["flag": s["flag.noReason"]])) + "</p>"]
        guard !rows.isEmpty else { return lines + ["<p>" + h(s["deviations.none"]) + "</p>"] }
        lines += [
            "<table>",
            header([
                s.fill("col.clauseOf", ["id": model.did]), s.fill("col.clauseOf", ["id": model.iid]),
                s["col.deviation"], s["col.reason"],
            ]), "<tbody>",
        ]
        for row in rows {
            let reason = row.reason.map(documentText) ?? ""
            let flag =
                row.unexplained
                ? (reason.isEmpty ? "" : " ") + "<span class=\"flag\">" + h(s["flag.noReason"]) + "</span>" : ""
            lines.append(
                "<tr" + (row.unexplained ? " class=\"unexplained\"" : "") + "><td>"
                    + h(row.domesticClause ?? model.none)
                    + "</td><td>" + h(row.internationalClause ?? model.none) + "</td><td>" + h(row.deviation)
                    + "</td><td>"
                    + reason + flag + "</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    /// Radio buttons that filter the rows of the table that follows them by verdict, through CSS alone:
    /// "all", "deviations" (where the table also holds agreements) and one per verdict present in `verdicts`.
    /// `list` keeps the ids of one page's filters apart; the CSS rules key on classes, not ids.
    static func filter(
        _ model: ReportModel, list: String, verdicts: [Verdict], counts: VerdictCounts, withDeviations: Bool
    ) -> [String] {
        let s = model.strings
        func radio(_ key: String, _ label: String, checked: Bool = false) -> String {
            "<input type=\"radio\" name=\"\(list)-filter\" id=\"\(list)-\(key)\" class=\"f-\(key)\""
                + (checked ? " checked=\"checked\"" : "")
                + "/><label for=\"\(list)-\(key)\">" + h(label) + "</label>"
        }
        let shown = verdicts.filter { counts[$0] > 0 }
        var lines = [
            "<span class=\"filter-label\">" + h(s["filter.label"]) + "</span>",
            radio("all", s["filter.all"] + " \(shown.reduce(0) { $0 + counts[$1] })", checked: true),
        ]
        if withDeviations { lines.append(radio("deviations", s["filter.deviations"] + " \(counts.deviations)")) }
        for verdict in shown { lines.append(radio(verdict.rawValue, s.verdict(verdict) + " \(counts[verdict])")) }
        return lines
    }

    /// Every pair, with radio buttons that filter the rows by verdict through CSS alone.
    static func pairs(_ model: ReportModel) -> [String] {
        let s = model.strings
        let counts = model.comparison.counts
        var lines = ["<p class=\"caption\">" + h(s["pairs.intro"]) + "</p>", "<div class=\"filter\">"]
        lines += filter(model, list: "pairs", verdicts: Verdict.allCases, counts: counts, withDeviations: true)
        lines.append("<p class=\"caption filter-note\">" + h(s["filter.note"]) + "</p>")
        lines.append("<table class=\"pairs\">")
        lines.append(header([s["col.verdict"], s["col.concept"], model.did, model.iid, s["col.explained"]]))
        lines.append("<tbody>")
        for index in model.comparison.pairs.indices {
            let pair = model.comparison.pairs[index]
            var classes = ["v-" + pair.verdict.rawValue, pair.verdict.isAgreement ? "agree" : "deviation"]
            if model.unexplained.contains(index) { classes.append("unexplained") }
            var explained = h(s.yesNo(pair.explained))
            if pair.explained == false { explained = "<span class=\"flag\">" + explained + "</span>" }
            lines.append(
                "<tr class=\"" + classes.joined(separator: " ") + "\"><td>" + badge(pair.verdict, model) + "</td><td>"
                    + h(model.subject(pair)) + "</td><td>" + side(pair.domestic, model) + "</td><td>"
                    + side(pair.international, model) + "</td><td>" + explained + "</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }
}
