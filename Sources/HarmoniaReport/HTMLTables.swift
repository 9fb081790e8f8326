import HarmoniaAlign
import HarmoniaModel

/// The report page's lists besides the requirement view (``HTMLRequirements``): what stands between the
/// document and MOD, the two annexes and the full pair table, each with its verdict filter.
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

    private static func header(_ cells: [String]) -> String { HTMLFilter.header(cells) }

    /// The deviating requirements nothing explains, each a link to where the requirement view states it,
    /// with why it counts against MOD.
    static func unexplained(_ model: ReportModel, anchors: HTMLAnchors) -> [String] {
        let s = model.strings
        let degree = model.comparison.degree
        guard !degree.unexplained.isEmpty else {
            return ["<p>" + h(s[model.deviationIndices.isEmpty ? "deviations.none" : "unexplained.none"]) + "</p>"]
        }
        let groups = model.groups.filter(\.unexplained)
        let verdicts = groups.map { $0.verdicts(model.comparison) }
        var lines = ["<p>" + h(model.unexplainedIntro) + "</p>"]
        lines.append("<div class=\"filter\">")
        lines += HTMLFilter.radios(model, list: "unexplained", rows: verdicts)
        lines.append("<ol>")
        for (group, verdicts) in zip(groups, verdicts) {
            let pairs = group.pairIndices.map { model.comparison.pairs[$0] }
            let name = model.requirementName(pairs)
            lines.append(
                "<li class=\"" + HTMLFilter.rowClasses(verdicts) + "\"><a href=\"#" + anchors.requirement(group) + "\">"
                    + "<strong>" + h(pairs[0].clause) + "</strong> " + h(name) + "</a> "
                    + verdicts.map { badge($0, model) }.joined(separator: " ") + " <span class=\"muted\">— "
                    + h(model.unexplainedReason(pairs[0])) + "</span></li>")
        }
        lines += ["</ol>", "</div>"]
        return lines
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
                    + h(
                        row.international.isEmpty
                            ? model.none : ClauseList.text(row.international, in: model.options.language))
                    + "</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    /// 技术性差异及其原因一览表 as the annex prints it, with the verdict filter; each row links to the
    /// requirement view, where the deviation is stated entry by entry.
    static func differences(_ model: ReportModel) -> [String] {
        let s = model.strings
        let rows = AnnexTables.differences(model)
        var lines = [
            "<p class=\"caption\">"
                + h(s.fill(model.reasonsOwed ? "annexB.intro" : "annexB.introNEQ", ["flag": s["flag.noReason"]]))
                + "</p>"
        ]
        guard !rows.isEmpty else { return lines + ["<p>" + h(s["deviations.none"]) + "</p>"] }
        lines.append("<div class=\"filter\">")
        lines += HTMLFilter.radios(model, list: "annexb", rows: rows.map(\.verdicts))
        lines += [
            "<table class=\"annex\">",
            header([
                s.fill("col.clauseOf", ["id": model.did]), s.fill("col.clauseOf", ["id": model.iid]),
                s["col.deviation"], s["col.reason"],
            ]), "<tbody>",
        ]
        for row in rows {
            let reason = row.reason.map(documentText) ?? ""
            let flag =
                row.unexplained && model.reasonsOwed
                ? (reason.isEmpty ? "" : " ") + "<span class=\"flag\">" + h(s["flag.noReason"]) + "</span>" : ""
            let link =
                " <a class=\"xref\" href=\"#r-\(row.pairIndex)\" title=\"" + h(s["xref.requirement"]) + "\">→</a>"
            lines.append(
                "<tr class=\"" + HTMLFilter.rowClasses(row.verdicts) + (row.unexplained ? " unexplained" : "")
                    + "\"><td>"
                    + h(row.domesticClause ?? model.none)
                    + "</td><td>" + h(row.internationalClause ?? model.none) + "</td><td>" + h(row.deviation) + link
                    + "</td><td>" + reason + flag + "</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }

    /// Every pair, with the verdict filter; a technical deviation's verdict links to the requirement view.
    static func pairs(_ model: ReportModel, anchors: HTMLAnchors) -> [String] {
        let s = model.strings
        let pairs = model.comparison.pairs
        var lines = ["<p class=\"caption\">" + h(s["pairs.intro"]) + "</p>", "<div class=\"filter\">"]
        lines += HTMLFilter.radios(
            model, list: "pairs", rows: pairs.map { [$0.verdict] }, deviations: model.comparison.counts.deviations)
        lines.append("<p class=\"caption filter-note\">" + h(s["filter.note"]) + "</p>")
        lines.append("<table class=\"pairs\">")
        lines.append(header([s["col.verdict"], s["col.concept"], model.did, model.iid, s["col.explained"]]))
        lines.append("<tbody>")
        for index in pairs.indices {
            let pair = pairs[index]
            var classes = HTMLFilter.rowClasses([pair.verdict]) + (pair.verdict.isAgreement ? " agree" : " deviation")
            if model.unexplained.contains(index) { classes += " unexplained" }
            var explained = h(s.yesNo(pair.explained))
            if pair.explained == false { explained = "<span class=\"flag\">" + explained + "</span>" }
            var verdict = badge(pair.verdict, model)
            if let anchor = anchors.pair(index) {
                verdict = "<a href=\"#" + anchor + "\" title=\"" + h(s["xref.requirement"]) + "\">" + verdict + "</a>"
            }
            lines.append(
                "<tr class=\"" + classes + "\"><td>" + verdict + "</td><td>" + h(model.subject(pair)) + "</td><td>"
                    + HTMLRequirements.side(pair.domestic, model) + "</td><td>"
                    + HTMLRequirements.side(pair.international, model) + "</td><td>" + explained + "</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }
}
