import HarmoniaAlign
import HarmoniaModel

/// Writes a ``Comparison`` as one self-contained HTML page: style, charts and the verdict filter are
/// inline, nothing is fetched from the network and no script is needed.
///
/// The page is also well-formed XML (void elements closed, only XML's five entities), so tools that
/// read XML can check it, and every text from the documents is escaped.
public struct HTMLWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The report as one HTML page.
    public func write(_ comparison: Comparison) -> String {
        let model = ReportModel(comparison, options: options)
        let anchors = HTMLAnchors(model)
        let s = model.strings
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(options.language.htmlTag)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<meta name=\"generator\" content=\"Harmonia\"/>",
            "<title>" + h(s["report.title"] + " — " + model.did + " / " + model.iid) + "</title>",
            "<style>", HTMLStyles.css, HTMLWriter.pageMargins(model), "</style>",
            "</head>",
            "<body>",
        ]
        if let notice = DeclarationNotice.text(comparison, s) {
            lines.append(
                "<p class=\"declaration-warning\" role=\"alert\"><strong>" + h(s["declaration.label"]) + "</strong> "
                    + h(notice) + "</p>")
        }
        lines += masthead(model)
        lines += contents(model)
        lines.append("<main>")
        lines += section(
            "verdicts", s["section.verdicts"],
            [
                "<p class=\"caption\">" + h(s["chart.caption"]) + "</p>",
                HTMLCharts.verdictChart(model),
            ] + legend(model))
        lines += section("score", s["section.score"], scoreSection(model))
        lines += section("heatmap", s["section.heatmap"], HTMLCharts.heatmap(model))
        if model.modSectionApplies {
            lines += section("unexplained", s["section.unexplained"], HTMLTables.unexplained(model, anchors: anchors))
        }
        lines += section("deviations", s["section.deviations"], HTMLRequirements.section(model, anchors: anchors))
        lines += section("annex-a", s["section.annexA"], HTMLTables.correspondence(model))
        lines += section("annex-b", s["section.annexB"], HTMLTables.differences(model))
        // Every pair, in a section a reader can fold away; open, so that print shows it.
        lines +=
            [
                "<section id=\"pairs\">", "<details open=\"open\">",
                "<summary><h2>" + h(s["section.pairs"]) + "</h2></summary>",
            ]
            + HTMLTables.pairs(model, anchors: anchors) + ["</details>", "</section>"]
        if !comparison.warnings.isEmpty {
            lines += section(
                "warnings", s["section.warnings"],
                ["<ul>"] + comparison.warnings.map { "<li>" + h($0) + "</li>" } + ["</ul>"])
        }
        lines.append("</main>")
        lines.append("<footer>")
        lines.append("<p>" + h(model.footer) + "</p>")
        lines.append(
            "<p>"
                + h(
                    s.fill(
                        "report.generated",
                        [
                            "dfile": fileName(comparison.domestic.sourceFile),
                            "ifile": fileName(comparison.international.sourceFile),
                        ])) + "</p>")
        lines.append("</footer>")
        lines.append("</body>")
        lines.append("</html>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func h(_ text: String) -> String { Escape.html(text) }

    /// Text for a CSS string inside `<style>`: every character that could end the string or the element
    /// (`"`, `\`, `<`, `>`, `&`, controls) as a CSS hexadecimal escape.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\" + String(scalar.value, radix: 16) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Print: the two documents as a running header and "page N / M" at the foot of every page.
    static func pageMargins(_ model: ReportModel) -> String {
        let header = cssString(model.did + " ↔ " + model.iid + " — " + model.strings["report.title"])
        return "@page{@top-left{content:\"" + header + "\";font-size:8pt;color:#666}"
            + "@bottom-right{content:counter(page) \" / \" counter(pages);font-size:8pt;color:#666}}"
    }

    /// The file's last path component: the report must not depend on where the inputs were read from.
    private func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func section(_ id: String, _ title: String, _ body: [String]) -> [String] {
        ["<section id=\"\(id)\">", "<h2>" + h(title) + "</h2>"] + body + ["</section>"]
    }

    private func masthead(_ model: ReportModel) -> [String] {
        let s = model.strings
        let c = model.comparison
        let degree = c.degree
        var lines = [
            "<header class=\"masthead\">",
            "<p class=\"kicker\">" + h(s["report.title"]) + "</p>",
            "<h1><span>" + h(model.did) + "</span><span class=\"vs\">↔</span><span>" + h(model.iid) + "</span></h1>",
            "<div class=\"docs\">",
        ]
        lines += documentCard(c.domestic, label: s["doc.domestic"], model)
        lines += documentCard(c.international, label: s["doc.international"], model)
        lines.append("</div>")
        lines.append("<div class=\"headline\">")
        lines.append(
            "<div class=\"figure score\"><span class=\"label\">" + h(s["summary.score"]) + "</span>"
                + "<span class=\"big\">" + c.score.text + "</span><span class=\"unit\">/ 100</span></div>")
        lines.append(
            "<div class=\"figure degree-\(degree.computed.rawValue)\"><span class=\"label\">" + h(s["summary.degree"])
                + "</span>"
                + "<span class=\"big\">" + degree.computed.rawValue + "</span> <span>"
                + h(s["degree.name." + degree.computed.rawValue]) + "</span></div>")
        var declared = "<div class=\"figure\"><span class=\"label\">" + h(s["summary.declared"]) + "</span>"
        if let value = degree.declared {
            declared +=
                "<span class=\"big\">" + value.rawValue + "</span> "
                + (degree.declarationSupported
                    ? "<span>" + h(s["summary.supported"]) + "</span>"
                    : "<span class=\"unsupported\">" + h(s["summary.unsupported"]) + "</span>")
        } else {
            declared += "<span>" + h(s["summary.declaredNone"]) + "</span>"
        }
        lines.append(declared + "</div>")
        lines.append(
            "<div class=\"figure\"><span class=\"label\">" + h(s["summary.pairs"])
                + "</span><span class=\"big\">\(c.counts.total)</span></div>")
        lines.append(
            "<div class=\"figure\"><span class=\"label\">" + h(s["summary.deviations"])
                + "</span><span class=\"big\">\(c.counts.deviations)</span></div>")
        let count = model.unexplainedCount
        lines.append(
            "<div class=\"figure\"><span class=\"label\">" + h(s["summary.unexplained"])
                + "</span><span class=\"big\">" + h(count["k"] ?? "") + "</span> <span>"
                + h(s.fill(count["k"] == "1" ? "count.suffixOne" : "count.suffixMany", count)) + "</span></div>")
        lines.append("</div>")
        if let note = model.declarationNote { lines.append("<p class=\"note\">" + h(note) + "</p>") }
        if let date = options.date {
            lines.append("<p class=\"muted\">" + h(s["report.date"] + s["label.colon"]) + h(date) + "</p>")
        }
        lines.append("</header>")
        return lines
    }

    private func documentCard(_ summary: DocumentSummary, label: String, _ model: ReportModel) -> [String] {
        let s = model.strings
        var lines = ["<div class=\"doc\">", "<h2>" + h(label) + "</h2>", "<p class=\"id\">" + h(summary.id) + "</p>"]
        if let title = model.title(summary) {
            lines.append("<p class=\"title\"" + HTMLTables.langAttribute(title.lang) + ">" + h(title.text) + "</p>")
        }
        lines.append("<dl>")
        let facts: [(String, String?)] = [
            (s["doc.role"], s["role." + summary.role.rawValue]), (s["doc.edition"], summary.edition),
            (s["doc.date"], summary.date), (s["doc.issuer"], summary.issuer),
        ]
        for (name, value) in facts {
            lines.append("<dt>" + h(name) + "</dt><dd>" + h(value ?? model.none) + "</dd>")
        }
        lines.append("</dl>")
        lines.append("</div>")
        return lines
    }

    private func contents(_ model: ReportModel) -> [String] {
        let s = model.strings
        var entries = [("verdicts", "section.verdicts"), ("score", "section.score"), ("heatmap", "section.heatmap")]
        if model.modSectionApplies { entries.append(("unexplained", "section.unexplained")) }
        entries += [
            ("deviations", "section.deviations"), ("annex-a", "section.annexA"), ("annex-b", "section.annexB"),
            ("pairs", "section.pairs"),
        ]
        if !model.comparison.warnings.isEmpty { entries.append(("warnings", "section.warnings")) }
        return [
            "<nav class=\"contents\" aria-label=\"" + h(s["section.contents"]) + "\">"
                + entries.map { "<a href=\"#\($0.0)\">" + h(s[$0.1]) + "</a>" }.joined(separator: " ") + "</nav>"
        ]
    }

    private func legend(_ model: ReportModel) -> [String] {
        let s = model.strings
        let counts = model.comparison.counts
        var lines = [
            "<table class=\"compact\">",
            "<thead><tr><th scope=\"col\">" + h(s["col.verdict"]) + "</th><th scope=\"col\">" + h(s["col.meaning"])
                + "</th><th scope=\"col\">" + h(s["col.count"]) + "</th><th scope=\"col\">" + h(s["col.share"])
                + "</th></tr></thead>",
            "<tbody>",
        ]
        for verdict in Verdict.allCases {
            lines.append(
                "<tr><td><span class=\"swatch v-\(verdict.rawValue)\"></span>" + h(s.verdict(verdict)) + "</td><td>"
                    + h(s["meaning." + verdict.rawValue])
                    + "</td><td class=\"num\">\(counts[verdict])</td><td class=\"num\">"
                    + h(model.share(counts[verdict])) + "</td></tr>")
        }
        lines.append("</tbody>")
        lines.append(
            "<tfoot><tr><th scope=\"row\" colspan=\"2\">" + h(s["col.total"])
                + "</th><td class=\"num\">\(counts.total)</td><td></td></tr></tfoot>")
        lines.append("</table>")
        return lines
    }

    private func scoreSection(_ model: ReportModel) -> [String] {
        let s = model.strings
        var lines = [
            "<p class=\"formula\"><code>" + h(s["score.formula"]) + "</code></p>",
            "<p>" + h(model.scoreTerms) + "</p>",
            "<table class=\"compact\">",
            "<thead><tr><th scope=\"col\">" + h(s["col.verdict"]) + "</th>"
                + model.weights.map { "<th scope=\"col\">" + h(s.verdict($0.0)) + "</th>" }.joined() + "</tr></thead>",
            "<tbody><tr><th scope=\"row\">" + h(s["score.weight"]) + "</th>"
                + model.weights.map { "<td class=\"num\">" + h($0.1) + "</td>" }.joined() + "</tr>",
            "<tr><th scope=\"row\">" + h(s["col.count"]) + "</th>"
                + model.weights.map { "<td class=\"num\">\(model.comparison.counts[$0.0])</td>" }.joined()
                + "</tr></tbody>",
            "</table>",
        ]
        lines.append("<p class=\"caption\">" + h(s["summary.score"]) + " = " + model.comparison.score.text + "</p>")
        return lines
    }
}
