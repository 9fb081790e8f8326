import HarmoniaAlign

/// The report's pictures: inline SVG charts and the clause-by-verdict heat map.
///
/// Coordinates are computed in integers (tenths of a unit) so the same comparison always gives the
/// same bytes, whatever the platform's floating-point formatting.
enum HTMLCharts {
    /// A 100 % stacked bar of all pairs by verdict. Its key is the verdict table that follows it, which
    /// gives each verdict's count and share: a second chart of the same seven numbers would only repeat it.
    static func verdictChart(_ model: ReportModel) -> String {
        let s = model.strings
        let counts = model.comparison.counts
        let total = counts.total
        let width = 7200
        let height = 640
        var svg =
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(tenths(width)) \(tenths(height))\" aria-labelledby=\"chart-title\">"
        svg += "<title id=\"chart-title\">" + Escape.html(s["chart.title"]) + "</title>"
        // The stacked bar: segments in verdict order, the last one absorbing rounding so it ends flush.
        var x = 0
        let present = Verdict.allCases.filter { counts[$0] > 0 }
        for verdict in present {
            let isLast = verdict == present.last
            let segment = isLast ? width - x : (total > 0 ? counts[verdict] * width / total : 0)
            svg +=
                "<rect x=\"\(tenths(x))\" y=\"0\" width=\"\(tenths(segment))\" height=\"34\" fill=\"\(HTMLStyles.colour(verdict).hex)\">"
            svg +=
                "<title>" + Escape.html("\(s.verdict(verdict)): \(counts[verdict]) (\(model.share(counts[verdict])))")
                + "</title></rect>"
            x += segment
        }
        if present.isEmpty {
            svg += "<rect x=\"0\" y=\"0\" width=\"\(tenths(width))\" height=\"34\" fill=\"#e0e4e8\"/>"
        }
        svg += "<text x=\"0\" y=\"54\" class=\"count\">" + Escape.html(s["chart.share"]) + "</text>"
        svg += "</svg>"
        return svg
    }

    /// A table, one row per clause, one column per verdict; a cell's shade grows with its count in
    /// steps (1, 2–3, 4–9, 10–29, 30 and more), so a large table does not wash out the small clauses.
    static func heatmap(_ model: ReportModel) -> [String] {
        let s = model.strings
        var lines = [
            "<table class=\"heat compact\">",
            "<caption class=\"caption\">" + Escape.html(s["heatmap.caption"]) + "</caption>",
            "<thead><tr><th scope=\"col\">" + Escape.html(s.fill("col.clauseOf", ["id": model.iid])) + "</th>"
                + "<th scope=\"col\">" + Escape.html(s.fill("col.clauseOf", ["id": model.did])) + "</th>"
                + Verdict.allCases.map {
                    "<th scope=\"col\"><span class=\"swatch v-\($0.rawValue)\"></span>" + Escape.html(s.verdict($0))
                        + "</th>"
                }.joined()
                + "<th scope=\"col\">" + Escape.html(s["col.total"]) + "</th></tr></thead>",
            "<tbody>",
        ]
        for (clause, reference, counts) in model.heatmap {
            let own = "<th scope=\"row\">" + Escape.html(clause) + "</th>"
            let other = "<td class=\"muted\">" + Escape.html(model.none) + "</td>"
            var row = "<tr>" + (reference ? own + other : other + own)
            for verdict in Verdict.allCases {
                let count = counts[verdict]
                guard count > 0 else {
                    row += "<td class=\"cell zero\">·</td>"
                    continue
                }
                let alpha = shade(count)
                let (r, g, b) = HTMLStyles.colour(verdict).rgb
                let ink = alpha >= 55 ? "#fff" : "#1b1f24"
                row +=
                    "<td class=\"cell\" style=\"background:rgba(\(r),\(g),\(b),0.\(alpha));color:\(ink)\">\(count)</td>"
            }
            row += "<td class=\"num\">\(counts.total)</td></tr>"
            lines.append(row)
        }
        lines.append("</tbody></table>")
        return lines
    }

    /// Opacity in hundredths for a count.
    private static func shade(_ count: Int) -> Int {
        switch count {
        case ...1: 20
        case 2...3: 35
        case 4...9: 55
        case 10...29: 75
        default: 92
        }
    }

    /// `123.4` from 1234.
    private static func tenths(_ value: Int) -> String {
        value % 10 == 0 ? String(value / 10) : "\(value / 10).\(value % 10)"
    }
}
