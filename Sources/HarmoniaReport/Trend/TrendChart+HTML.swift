extension TrendChart {
    /// The chart in a standalone HTML page, followed by its data as a table (for readers who cannot see it
    /// and for copying numbers out).
    public func html() -> String {
        let svg = self.svg().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
            separator: "\n")
        var rows = ""
        for line in series {
            for point in line.points {
                let record = point.record
                let cells = [
                    line.label, record.date ?? "", record.domestic, record.reference, record.scoreText,
                    record.changeTenths.map(TrendRecord.change(tenths:)) ?? "", strings.degree(record.degree),
                    "#\(record.recordID)",
                ]
                rows += "<tr>" + cells.map { "<td>\(ChartMath.escaped($0))</td>" }.joined() + "</tr>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <title>\(ChartMath.escaped(title))</title>
            <style>
            body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", Arial, sans-serif; margin: 24px; color: #222; }
            svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; margin-top: 16px; font-size: 14px; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; }
            th, td { white-space: nowrap; }
            .data { overflow-x: auto; }
            td:nth-child(5), td:nth-child(6) { text-align: right; font-variant-numeric: tabular-nums; }
            </style>
            </head>
            <body>
            \(svg)
            <div class="data"><table>
            <thead><tr>\(["family", "date", "domestic", "international", "score", "change", "degree", "record"].map { "<th>" + ChartMath.escaped(strings["col." + $0]) + "</th>" }.joined())</tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            </body>
            </html>

            """
    }
}
