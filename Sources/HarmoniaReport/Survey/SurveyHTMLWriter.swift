import HarmoniaAlign
import HarmoniaModel
import HarmoniaSurvey

/// Writes a survey as one self-contained HTML page, without script: the summary, the distribution of
/// family scores, the gap list, a heat map of each regional group's matrix, and every family.
public struct SurveyHTMLWriter: Sendable {
    public init() {}

    public func write(_ survey: Survey) -> String {
        let documents = survey.documents
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Harmonia survey: \(documents.count) documents</title>
            <style>\(Self.style)</style></head><body>
            <h1>Survey of \(documents.count) documents</h1>
            <section id="summary"><h2>Summary</h2><ul>
            """
        html += SurveyFigures.summaryLines(survey).map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul></section>\n"
        html +=
            "<section id=\"distribution\"><h2>Distribution of family scores</h2>\n"
            + SurveyHistogram(scores: survey.families.map(\.comparison.score.tenths)).svg() + "</section>\n"

        html +=
            "<section id=\"gaps\"><h2>Gaps: international documents nothing corresponds to (\(survey.gaps.uncovered.count))</h2>\n"
        html +=
            survey.gaps.uncovered.isEmpty
            ? "<p>None.</p>\n"
            : "<ul class=\"gaps\">"
                + survey.gaps.uncovered.map {
                    "<li><b>\(Escape.html(documents[$0].id))</b>"
                        + (documents[$0].title.map { " " + Escape.html($0) } ?? "") + "</li>"
                }.joined() + "</ul>\n"
        if !survey.gaps.missingReferences.isEmpty {
            html +=
                "<h3>Declared references not in the catalogue (\(survey.gaps.missingReferences.count))</h3><ul>"
                + survey.gaps.missingReferences.map {
                    "<li><b>\(Escape.html($0.ref))</b>, named by \(Escape.html(documents[$0.document].id))</li>"
                }.joined() + "</ul>\n"
        }
        html += "</section>\n<section id=\"regional\"><h2>Regional groups (\(survey.regional.count))</h2>\n"
        if !survey.regional.isEmpty { html += Self.legend }
        for group in survey.regional { html += heatMap(group, documents) }
        html += "</section>\n<section id=\"families\"><h2>Families (\(survey.families.count))</h2>\n"
        html +=
            "<table><thead><tr><th>Document</th><th>Reference</th><th>Score</th><th>Degree</th><th>Declared</th><th>Unexplained</th><th>Edition</th><th>Date</th></tr></thead><tbody>\n"
        for family in survey.families {
            let c = family.comparison
            let d = documents[c.domestic]
            let declared = (family.declaredDegree?.rawValue ?? "—") + (family.declarationSupported ? "" : " ✗")
            html +=
                "<tr><td>\(Escape.html(d.id))</td><td>\(Escape.html(documents[c.reference].id))</td>"
                + "<td class=\"num\" style=\"background:\(Self.colour(c.score.tenths))\">\(c.score.text)</td><td>\(c.degree.rawValue)</td>"
                + "<td\(family.declarationSupported ? "" : " class=\"bad\"")>\(declared)</td><td class=\"num\">\(c.unexplained)</td>"
                + "<td>\(Escape.html(d.edition ?? "—"))</td><td>\(Escape.html(d.date ?? "—"))</td></tr>\n"
        }
        html += "</tbody></table></section>\n"
        if !survey.leftOut.isEmpty {
            html +=
                "<section id=\"left-out\"><h2>Left out (\(survey.leftOut.count))</h2><ul>"
                + survey.leftOut.map { "<li><code>\(Escape.html($0))</code></li>" }.joined() + "</ul></section>\n"
        }
        return html + "</body></html>\n"
    }

    /// One group's matrix, each cell coloured by its score; members of an equivalence class marked.
    private func heatMap(_ group: RegionalGroup, _ documents: [SurveyDocument]) -> String {
        var scores: [Int: [Int: Score]] = [:]
        var separating: [Int: [Int: String]] = [:]
        for pair in group.pairs {
            scores[pair.domestic, default: [:]][pair.reference] = pair.score
            // What separates the two, shown when the pointer rests on the cell (and read by screen readers).
            separating[pair.domestic, default: [:]][pair.reference] =
                pair.deviations.isEmpty
                ? "no technical deviation"
                : pair.deviations.map { "\($0.verdict.rawValue) \($0.concept) (\($0.domestic ?? $0.reference ?? ""))" }
                    .joined(separator: "; ")
        }
        var classOf: [Int: Int] = [:]
        for (number, members) in group.equivalenceClasses.enumerated() {
            for member in members { classOf[member] = number + 1 }
        }
        let title = group.reference.map { "Corresponding to " + $0 } ?? "Documents naming one another"
        var html =
            "<div class=\"group\"><h3>\(Escape.html(title))</h3>\n<table class=\"heat\"><thead><tr><th>assessed ↓ against →</th>"
        html += group.documents.map { "<th>\(Escape.html(documents[$0].id))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in group.documents {
            let mark = classOf[row].map { " <span class=\"class\">class \($0)</span>" } ?? ""
            html += "<tr><th>\(Escape.html(documents[row].id))\(mark)</th>"
            for column in group.documents {
                if let score = scores[row]?[column] {
                    let title = Escape.html(separating[row]?[column] ?? "")
                    html +=
                        "<td class=\"num\" title=\"\(title)\" style=\"background:\(Self.colour(score.tenths))\">\(score.text)</td>"
                } else {
                    html += "<td class=\"self\">—</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        html +=
            group.equivalenceClasses.isEmpty
            ? "<p>No two documents are equivalent.</p>\n"
            : "<ul>"
                + group.equivalenceClasses.enumerated().map { number, members in
                    "<li>class \(number + 1), candidates for mutual recognition: "
                        + Escape.html(members.map { documents[$0].id }.joined(separator: ", ")) + "</li>"
                }.joined() + "</ul>\n"
        return html + "</div>\n"
    }

    /// Colour bands, from the top: every pair agrees; near; close; apart; far apart. Steps rather than a
    /// gradient, because the scores that matter crowd between 85 and 100, where a gradient shows no
    /// difference.
    static let bands: [(floor: Int, colour: String, label: String)] = [
        (1000, "#6fcf7f", "100"), (950, "#c9ebc4", "95–99.9"), (900, "#f1eeb0", "90–94.9"),
        (750, "#f7d39f", "75–89.9"), (0, "#f2aaaa", "below 75"),
    ]

    static func colour(_ tenths: Int) -> String {
        bands.first { tenths >= $0.floor }?.colour ?? bands[bands.count - 1].colour
    }

    /// The key to the heat maps' colours.
    static var legend: String {
        "<p class=\"legend\">Score: "
            + bands.map { "<span style=\"background:\($0.colour)\">\($0.label)</span>" }.joined(separator: " ")
            + " — rows are assessed against columns; “class” marks an equivalence class.</p>\n"
    }

    static let style = """
        body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans",sans-serif;margin:1.5rem;color:#222;max-width:80rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
        h3{font-size:1.05rem}table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ddd;padding:.2rem .45rem;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums}td.self{color:#999;text-align:center;background:#f4f4f4}
        td.bad{color:#a00;font-weight:600}.class{font-size:.75rem;background:#2a7;color:#fff;border-radius:.3rem;padding:0 .3rem}
        .group{margin-bottom:1.5rem}.legend span{padding:0 .4rem;border:1px solid #ccc}ul.gaps{columns:3}svg text{font-size:11px;fill:#333}
        @media print{.group{break-inside:avoid}}
        """
}

/// The distribution of family scores as an SVG bar chart: ten bins of ten points, and 100 on its own.
struct SurveyHistogram {
    var scores: [Int]

    func svg() -> String {
        var bins = [Int](repeating: 0, count: 11)
        for tenths in scores { bins[tenths >= 1000 ? 10 : max(0, tenths) / 100] += 1 }
        let labels = (0..<10).map { "\($0 * 10)–\($0 * 10 + 9).9" } + ["100"]
        let width = 660
        let height = 240
        let left = 40
        let bottom = 40
        let barWidth = 52
        let top = max(1, bins.max() ?? 1)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"families per score band\">"
        svg +=
            "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
        for (index, count) in bins.enumerated() {
            let barHeight = count * (height - bottom - 20) / top
            let x = left + index * (barWidth + 4)
            let y = height - bottom - barHeight
            svg +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"\(SurveyHTMLWriter.colour(index * 100))\" stroke=\"#666\"/>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 4)\" text-anchor=\"middle\">\(count)</text>"
            svg +=
                "<text x=\"\(x + barWidth / 2)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(labels[index])</text>"
        }
        svg += "<text x=\"\(left)\" y=\"\(height - 6)\">score (families per band)</text></svg>\n"
        return svg
    }
}
