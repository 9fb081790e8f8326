import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaSurvey

/// Writes a survey as one self-contained HTML page, without script: the summary, the distribution of
/// family scores, the gap list, a heat map of each regional group's matrix, and every family. Interface
/// text comes from `Resources/strings.json` in the chosen language.
public struct SurveyHTMLWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    public func write(_ survey: Survey) -> String {
        let s = ReportStrings(language)
        let documents = survey.documents
        let title = Escape.html(s.fill("survey.title", count: documents.count, ["n": String(documents.count)]))
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Harmonia: \(title)</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(title)</h1>
            <section id="summary"><h2>\(Escape.html(s["survey.summary"]))</h2><ul>
            """
        html +=
            SurveyFigures.summaryLines(survey, s).map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul></section>\n"
        html +=
            "<section id=\"distribution\"><h2>\(Escape.html(s["survey.distribution"]))</h2>\n"
            + SurveyHistogram(
                scores: survey.families.map(\.comparison.score.tenths), axis: s["survey.distribution.axis"]
            )
            .svg() + "</section>\n"

        html +=
            "<section id=\"gaps\"><h2>\(Escape.html(s.fill("survey.gaps", ["n": String(survey.gaps.uncovered.count)])))</h2>\n"
        html +=
            survey.gaps.uncovered.isEmpty
            ? "<p>\(Escape.html(s["survey.none"]))</p>\n"
            : "<ul class=\"gaps\">"
                + survey.gaps.uncovered.map {
                    "<li><b>\(Escape.html(documents[$0].id))</b>"
                        + (documents[$0].title.map { " " + Escape.html($0) } ?? "") + "</li>"
                }.joined() + "</ul>\n"
        if !survey.gaps.missingReferences.isEmpty {
            html +=
                "<h3>\(Escape.html(s.fill("survey.missing", ["n": String(survey.gaps.missingReferences.count)])))</h3><ul>"
                + survey.gaps.missingReferences.map {
                    "<li><b>\(Escape.html($0.ref))</b>, "
                        + Escape.html(s.fill("survey.missing.namedBy", ["id": documents[$0.document].id])) + "</li>"
                }.joined() + "</ul>\n"
        }
        html +=
            "</section>\n<section id=\"regional\"><h2>\(Escape.html(s.fill("survey.regional", ["n": String(survey.regional.count)])))</h2>\n"
        if !survey.regional.isEmpty { html += Self.legend(s) }
        for group in survey.regional { html += heatMap(group, documents, s) }
        html +=
            "</section>\n<section id=\"families\"><h2>\(Escape.html(s.fill("survey.families", ["n": String(survey.families.count)])))</h2>\n"
        html += "<table><thead><tr>" + SurveyFigures.familyColumns.map { "<th>\(Escape.html(s[$0]))</th>" }.joined()
        html += "</tr></thead><tbody>\n"
        for family in survey.families {
            let cells = SurveyFigures.familyRow(family, documents, s).map(Escape.html)
            let tenths = family.comparison.score.tenths
            html +=
                "<tr><td>\(cells[0])</td><td>\(cells[1])</td>"
                + "<td class=\"num\" style=\"background:\(Self.colour(tenths))\">\(cells[2])</td><td>\(cells[3])</td>"
                + "<td\(family.declarationSupported ? "" : " class=\"bad\"")>\(cells[4])</td><td class=\"num\">\(cells[5])</td>"
                + "<td>\(cells[6])</td><td>\(cells[7])</td></tr>\n"
        }
        html += "</tbody></table></section>\n"
        if !survey.leftOut.isEmpty {
            html +=
                "<section id=\"left-out\"><h2>\(Escape.html(s.fill("survey.leftOut", ["n": String(survey.leftOut.count)])))</h2><ul>"
                + survey.leftOut.map { "<li><code>\(Escape.html($0))</code></li>" }.joined() + "</ul></section>\n"
        }
        return html + "</body></html>\n"
    }

    /// One group's matrix, each cell coloured by its score and naming what separates the two documents
    /// (its title, shown when the pointer rests on it); members of an equivalence class marked.
    private func heatMap(_ group: RegionalGroup, _ documents: [SurveyDocument], _ s: ReportStrings) -> String {
        var pairs: [Int: [Int: ComparisonDigest]] = [:]
        for pair in group.pairs { pairs[pair.domestic, default: [:]][pair.reference] = pair }
        var classOf: [Int: Int] = [:]
        for (number, members) in group.equivalenceClasses.enumerated() {
            for member in members { classOf[member] = number + 1 }
        }
        let title = group.reference.map { s.fill("survey.group.reference", ["ref": $0]) } ?? s["survey.group.mutual"]
        var html = "<div class=\"group\"><h3>\(Escape.html(title))</h3>\n<table class=\"heat\"><thead><tr>"
        html += "<th>\(Escape.html(s["survey.group.corner"]))</th>"
        html += group.documents.map { "<th>\(Escape.html(documents[$0].id))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in group.documents {
            let mark = classOf[row].map {
                " <span class=\"class\">\(Escape.html(s.fill("survey.group.class", ["n": String($0)])))</span>"
            }
            html += "<tr><th>\(Escape.html(documents[row].id))\(mark ?? "")</th>"
            for column in group.documents {
                if let pair = pairs[row]?[column] {
                    let separating =
                        pair.deviations.isEmpty
                        ? s["survey.group.noDeviation"]
                        : pair.deviations.map(SurveyFigures.describe).joined(separator: "; ")
                    html +=
                        "<td class=\"num\" title=\"\(Escape.html(separating))\" style=\"background:\(Self.colour(pair.score.tenths))\">"
                        + "\(pair.score.text)</td>"
                } else {
                    html += "<td class=\"self\">—</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        html +=
            group.equivalenceClasses.isEmpty
            ? "<p>\(Escape.html(s["survey.group.noneEquivalent"]))</p>\n"
            : "<ul>"
                + group.equivalenceClasses.enumerated().map { number, members in
                    let ids = members.map { documents[$0].id }.joined(separator: ", ")
                    return "<li>"
                        + Escape.html(s.fill("survey.group.classLine", ["n": String(number + 1), "ids": ids]))
                        + "</li>"
                }.joined() + "</ul>\n"
        return html + "</div>\n"
    }

    /// Colour bands, from the top: every pair agrees; near; close; apart; far apart. Steps rather than a
    /// gradient, because the scores that matter crowd between 85 and 100, where a gradient shows no
    /// difference.
    static let bands: [(floor: Int, colour: String, label: String?)] = [
        (1000, "#6fcf7f", "100"), (950, "#c9ebc4", "95–99.9"), (900, "#f1eeb0", "90–94.9"),
        (750, "#f7d39f", "75–89.9"), (0, "#f2aaaa", nil),
    ]

    static func colour(_ tenths: Int) -> String {
        bands.first { tenths >= $0.floor }?.colour ?? bands[bands.count - 1].colour
    }

    /// The key to the heat maps' colours.
    static func legend(_ s: ReportStrings) -> String {
        let keys = bands.map {
            "<span style=\"background:\($0.colour)\">\(Escape.html($0.label ?? s["survey.legend.below"]))</span>"
        }
        // The template's {bands} blank survives escaping as written, and takes the coloured keys.
        let text = Escape.html(s["survey.legend"])
        return "<p class=\"legend\">" + text.replacingOccurrences(of: "{bands}", with: keys.joined(separator: " "))
            + "</p>\n"
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
    /// The axis caption, in the page's language.
    var axis: String

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
        svg += "<text x=\"\(left)\" y=\"\(height - 6)\">\(Escape.html(axis))</text></svg>\n"
        return svg
    }
}
