extension TrendChart {
    static let width = 960.0
    static let plot = Box(minX: 70, minY: 112, maxX: 930, maxY: 552)
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

        var head = """
            <title>\(ChartMath.escaped(title))</title>
            <desc>\(series.count) families; \(all.count) recorded comparisons.</desc>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(n(plot.minX))" y="32" font-size="19" font-weight="bold" fill="#222222">\(ChartMath.escaped(title))</text>

            """
        // The subtitle under the title, in lines that fit (two for the shipped strings, clear of the labels).
        for (index, text) in ChartMath.wrapped(s["subtitle"], fontSize: 12.5, width: Self.width - plot.minX - 20)
            .enumerated()
        {
            head +=
                "<text class=\"subtitle\" x=\"\(n(plot.minX))\" y=\"\(n(54 + 16 * Double(index)))\" font-size=\"12.5\" fill=\"#555555\">\(ChartMath.escaped(text))</text>\n"
        }
        // Score grid and axis.
        var out = "<g class=\"y-axis\" font-size=\"12\" fill=\"#555555\">\n"
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
        let labelBounds = Box(minX: plot.minX + 2, minY: Self.labelTop, maxX: plot.maxX, maxY: plot.maxY - 2)
        var labels: [ChartLabel] = []
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
            // One line per edition of the reference: a new edition of the reference starts a new segment; the
            // gap between them is bridged by a thin dotted line, and a dashed rule across the plot, labelled
            // with the new reference at its top, marks the change.
            for (segment, range) in Self.segments(line.points).enumerated() {
                let points = coordinates[range].map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
                out +=
                    "<polyline class=\"trend\" points=\"\(points)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n"
                guard segment > 0 else { continue }
                let (x0, y0) = coordinates[range.lowerBound - 1]
                let (x1, y1) = coordinates[range.lowerBound]
                let change = s.fill("reference.change", ["reference": line.points[range.lowerBound].record.reference])
                out +=
                    "<line class=\"reference-change\" x1=\"\(n(x0))\" y1=\"\(n(y0))\" x2=\"\(n(x1))\" y2=\"\(n(y1))\" stroke=\"\(line.colour)\" stroke-width=\"1.2\" stroke-dasharray=\"1 4\">"
                    + "<title>\(ChartMath.escaped(change))</title></line>\n"
                let mid = (x0 + x1) / 2
                out +=
                    "<line class=\"reference-break\" x1=\"\(n(mid))\" y1=\"\(n(plot.minY))\" x2=\"\(n(mid))\" y2=\"\(n(plot.maxY))\" stroke=\"\(line.colour)\" stroke-opacity=\"0.5\" stroke-width=\"1\" stroke-dasharray=\"6 3\"/>\n"
                labels.append(
                    ChartLabel(
                        className: "reference-label", lines: [.init(text: "↦ " + change, size: 11, bold: false)],
                        colour: line.colour, point: nil, x: mid + 3, y: plot.minY + 4, below: true))
            }
            var previousInternational: String?
            for (point, (x, y)) in zip(line.points, coordinates) {
                let record = point.record
                out += line.marker.svg(x: x, y: y, colour: line.colour, className: "edition") + ">"
                out +=
                    "<title>\(ChartMath.escaped("#\(record.recordID) \(record.domestic) ↔ \(record.reference): \(record.scoreText) \(record.degree.rawValue), \(record.date ?? "")"))</title></\(line.marker == .circle ? "circle" : "path")>\n"
                var lines = [
                    ChartLabel.Line(
                        text: "\(record.domestic) · \(record.scoreText)"
                            + (record.changeTenths.map { " (\(TrendRecord.change(tenths: $0)))" } ?? ""),
                        size: 12.5, bold: true)
                ]
                if record.reference != previousInternational {
                    lines.append(
                        .init(text: s.fill("label.reference", ["reference": record.reference]), size: 11, bold: false))
                }
                previousInternational = record.reference
                labels.append(
                    ChartLabel(
                        className: "edition-label", lines: lines, colour: line.colour, point: (x, y), x: x, y: y,
                        below: false))
            }
            out += "</g>\n"
        }
        let placed = Self.labelGroup(labels, bounds: labelBounds)
        out += placed.svg
        out += legend(top: plot.maxY + 64)
        // Labels that found no room in the plot went up past the subtitle: the drawing moves down to make room.
        let drop = max(0, Self.labelTop - placed.top).rounded(.up)
        let total = height + drop
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(Self.width))" height="\(n(total))" viewBox="0 0 \(n(Self.width)) \(n(total))" font-family="DejaVu Sans, Noto Sans, Noto Sans CJK SC, Arial, sans-serif" role="img">

            """ + head
                + (drop > 0 ? "<g class=\"plot\" transform=\"translate(0 \(n(drop)))\">\n" + out + "</g>\n" : out)
                + "</svg>\n"
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
