extension TrendChart {
    static let width = 960.0
    static let plot = Box(minX: 70, minY: 96, maxX: 930, maxY: 536)
    static let legendLine = 24.0

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let plot = Self.plot
        let height = plot.maxY + 64 + Self.legendLine * Double(max(series.count, 1)) + (undated > 0 ? 24 : 0) + 16
        let all = series.flatMap(\.points)
        let scores = all.map { Double($0.record.scoreTenths) / 10 }
        let lowest = scores.min() ?? 0
        let yFloor = max(0, ((lowest - 5) / 10).rounded(.down) * 10)
        let yScale = ChartScale(domain: (yFloor, 100), range: (plot.maxY, plot.minY))
        let years = all.map(\.year)
        let firstYear = ((years.min() ?? 2000) - 1).rounded(.down)
        let lastYear = ((years.max() ?? 2000) + 1).rounded(.up)
        let xScale = ChartScale(
            domain: (firstYear, max(lastYear, firstYear + 4)),
            range: (plot.minX + 30, plot.maxX - 30))
        let n = ChartMath.number
        let s = strings

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(Self.width))" height="\(n(height))" viewBox="0 0 \(n(Self.width)) \(n(height))" font-family="DejaVu Sans, Noto Sans, Noto Sans CJK SC, Arial, sans-serif" role="img">
            <title>\(ChartMath.escaped(title))</title>
            <desc>\(series.count) families; \(all.count) recorded comparisons.</desc>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(n(plot.minX))" y="32" font-size="19" font-weight="bold" fill="#222222">\(ChartMath.escaped(title))</text>
            <text x="\(n(plot.minX))" y="54" font-size="12.5" fill="#555555">\(ChartMath.escaped(s["subtitle"]))</text>

            """
        // Score grid and axis.
        out += "<g class=\"y-axis\" font-size=\"12\" fill=\"#555555\">\n"
        let yStep = 100 - yFloor > 50 ? 20.0 : 10.0
        var tick = 100.0
        while tick >= yFloor - 0.001 {
            let y = yScale(tick)
            out +=
                "<line x1=\"\(n(plot.minX))\" y1=\"\(n(y))\" x2=\"\(n(plot.maxX))\" y2=\"\(n(y))\" stroke=\"\(tick == 100 ? "#999999" : "#e3e3e3")\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(n(plot.minX - 8))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(n(tick))</text>\n"
            tick -= yStep
        }
        out +=
            "<text transform=\"translate(\(n(plot.minX - 46)) \(n((plot.minY + plot.maxY) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333333\">"
            + ChartMath.escaped(s["axis.score"]) + "</text>\n"
        out += "</g>\n"
        // Time axis.
        out += "<g class=\"x-axis\" font-size=\"12\" fill=\"#555555\">\n"
        out +=
            "<line x1=\"\(n(plot.minX))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(plot.maxX))\" y2=\"\(n(plot.maxY))\" stroke=\"#777777\" stroke-width=\"1\"/>\n"
        let step = ChartMath.step(for: xScale.domain.to - xScale.domain.from, maximum: 14)
        var year = Int(xScale.domain.from.rounded(.up))
        while year % step != 0 { year += 1 }
        while Double(year) <= xScale.domain.to {
            let x = xScale(Double(year))
            out +=
                "<line x1=\"\(n(x))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(x))\" y2=\"\(n(plot.maxY + 5))\" stroke=\"#777777\"/>\n"
            out += "<text x=\"\(n(x))\" y=\"\(n(plot.maxY + 20))\" text-anchor=\"middle\">\(year)</text>\n"
            year += step
        }
        out +=
            "<text x=\"\(n((plot.minX + plot.maxX) / 2))\" y=\"\(n(plot.maxY + 40))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333333\">"
            + ChartMath.escaped(s["axis.date"]) + "</text>\n"
        out += "</g>\n"

        // Lines and edition marks first, labels last, so that no line crosses a label's text.
        var obstacles: [Box] = []
        for point in all {
            let x = xScale(point.year)
            let y = yScale(Double(point.record.scoreTenths) / 10)
            obstacles.append(Box(minX: x - 7, minY: y - 7, maxX: x + 7, maxY: y + 7))
        }
        var placer = LabelPlacer(
            bounds: Box(minX: plot.minX + 2, minY: plot.minY - 30, maxX: plot.maxX, maxY: plot.maxY - 2),
            obstacles: obstacles)
        var labels = ""
        for (index, line) in series.enumerated() {
            let coordinates = line.points.map {
                (xScale($0.year), yScale(Double($0.record.scoreTenths) / 10))
            }
            out +=
                "<g class=\"family\" id=\"family-\(index + 1)\" data-family=\"\(ChartMath.escaped(line.label))\">\n"
            for (x, y) in coordinates {
                out +=
                    "<line class=\"edition-mark\" x1=\"\(n(x))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(x))\" y2=\"\(n(y))\" stroke=\"\(line.colour)\" stroke-opacity=\"0.35\" stroke-dasharray=\"3 3\"/>\n"
            }
            // One line per edition of the reference: a new edition of the reference starts a new segment, and
            // the gap between them is bridged by a thin dotted line and marked with the new reference.
            for (segment, range) in Self.segments(line.points).enumerated() {
                let points = coordinates[range].map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
                out +=
                    "<polyline class=\"trend\" points=\"\(points)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n"
                guard segment > 0 else { continue }
                let (x0, y0) = coordinates[range.lowerBound - 1]
                let (x1, y1) = coordinates[range.lowerBound]
                let reference = line.points[range.lowerBound].record.reference
                out +=
                    "<line class=\"reference-change\" x1=\"\(n(x0))\" y1=\"\(n(y0))\" x2=\"\(n(x1))\" y2=\"\(n(y1))\" stroke=\"\(line.colour)\" stroke-width=\"1.2\" stroke-dasharray=\"1 4\">"
                    + "<title>\(ChartMath.escaped(s.fill("reference.change", ["reference": reference])))</title></line>\n"
                let mid = (x0 + x1) / 2
                out +=
                    "<line class=\"reference-break\" x1=\"\(n(mid))\" y1=\"\(n(plot.minY))\" x2=\"\(n(mid))\" y2=\"\(n(plot.maxY))\" stroke=\"\(line.colour)\" stroke-opacity=\"0.5\" stroke-width=\"1\" stroke-dasharray=\"6 3\"/>\n"
            }
            var previousInternational: String?
            for (point, (x, y)) in zip(line.points, coordinates) {
                let record = point.record
                out += line.marker.svg(x: x, y: y, colour: line.colour, className: "edition") + ">"
                out +=
                    "<title>\(ChartMath.escaped("#\(record.recordID) \(record.domestic) ↔ \(record.reference): \(record.scoreText) \(record.degree.rawValue), \(record.date ?? "")"))</title></\(line.marker == .circle ? "circle" : "path")>\n"
                var text = [
                    "\(record.domestic) · \(record.scoreText)"
                        + (record.changeTenths.map { " (\(TrendRecord.change(tenths: $0)))" } ?? "")
                ]
                if record.reference != previousInternational {
                    text.append(s.fill("label.reference", ["reference": record.reference]))
                }
                previousInternational = record.reference
                let sizes = [12.5, 11.0]
                let widths = text.enumerated().map { ChartMath.textWidth($1, fontSize: sizes[$0]) }
                let spot = placer.place(x: x, y: y, widths: widths, lineHeight: 15)
                labels +=
                    "<text class=\"edition-label\" x=\"\(n(spot.x))\" y=\"\(n(spot.y))\" text-anchor=\"\(spot.anchor)\" font-size=\"12.5\" fill=\"#222222\">"
                labels += "<tspan font-weight=\"bold\" fill=\"\(line.colour)\">\(ChartMath.escaped(text[0]))</tspan>"
                if text.count > 1 {
                    labels +=
                        "<tspan x=\"\(n(spot.x))\" dy=\"15\" font-size=\"11\" fill=\"#666666\">\(ChartMath.escaped(text[1]))</tspan>"
                }
                labels += "</text>\n"
            }
            out += "</g>\n"
        }
        out +=
            "<g class=\"labels\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n"
            + labels + "</g>\n"
        out += legend(top: plot.maxY + 64)
        out += "</svg>\n"
        return out
    }

    private func legend(top: Double) -> String {
        let n = ChartMath.number
        var out = "<g class=\"legend\" font-size=\"13\" fill=\"#222222\">\n"
        if series.isEmpty {
            out +=
                "<text x=\"\(n(Self.plot.minX))\" y=\"\(n(top + 16))\">" + ChartMath.escaped(strings["empty"])
                + "</text>\n"
        }
        for (index, line) in series.enumerated() {
            let y = top + Self.legendLine * Double(index) + 12
            let x = Self.plot.minX
            out +=
                "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 28))\" y2=\"\(n(y))\" stroke=\"\(line.colour)\" stroke-width=\"2.5\"/>"
            out += line.marker.svg(x: x + 14, y: y, colour: line.colour, className: "legend-marker") + "/>\n"
            out +=
                "<text class=\"legend-label\" x=\"\(n(x + 38))\" y=\"\(n(y + 4.5))\">\(ChartMath.escaped(legendText(line)))</text>\n"
        }
        if undated > 0 {
            let y = top + Self.legendLine * Double(max(series.count, 1)) + 16
            out +=
                "<text x=\"\(n(Self.plot.minX))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#777777\">"
                + ChartMath.escaped(strings.fill(undated == 1 ? "undated.one" : "undated.many", ["n": String(undated)]))
                + "</text>\n"
        }
        return out + "</g>\n"
    }
}
