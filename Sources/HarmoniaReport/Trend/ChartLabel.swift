/// A label on the trend chart: a point's edition, score and reference, or the new reference at the top of a
/// reference break. Where it ends up is decided for all labels at once (``LabelLayout``).
struct ChartLabel {
    struct Line {
        var text: String
        var size: Double
        var bold: Bool
    }

    /// `edition-label` or `reference-label`.
    var className: String
    var lines: [Line]
    var colour: String
    /// The point it names, for a leader line when the label had to move away from it.
    var point: (x: Double, y: Double)?
    /// Where it would like to be: centred above (x, y), else below it when there is no room above; or, with
    /// `below`, starting at x with its top at y.
    var x: Double
    var y: Double
    var below: Bool

    static let lineHeight = 15.0
    static let padding = 2.0
    /// From a point's centre to the nearest edge of its label: clear of the marker.
    static let clearance = 9.0

    var width: Double {
        (lines.map { ChartMath.textWidth($0.text, fontSize: $0.size, bold: $0.bold) }.max() ?? 0) + 2 * Self.padding
    }
    var height: Double { Double(lines.count) * Self.lineHeight + 2 }

    /// The box it would like, inside `bounds` vertically where it can be.
    func preferred(in bounds: Box) -> Box {
        let width = width
        let height = height
        if below { return Box(minX: x, minY: y, maxX: x + width, maxY: y + height) }
        var top = y - Self.clearance - height
        if top < bounds.minY { top = y + Self.clearance }
        return Box(minX: x - width / 2, minY: top, maxX: x + width / 2, maxY: top + height)
    }
}

extension TrendChart {
    /// Where labels may go: from under the subtitle to the bottom of the plot.
    static let labelTop = 78.0

    /// Every label, placed so that none overlaps another, with a leader line from its point when it had to
    /// move away; text on a white halo, so that lines passing under it do not cross its letters. `top` is the
    /// highest label's top (above `bounds` only when the plot had no room for every label).
    static func labelGroup(_ labels: [ChartLabel], bounds: Box) -> (svg: String, top: Double) {
        let n = ChartMath.number
        let boxes = LabelLayout.place(labels.map { $0.preferred(in: bounds) }, bounds: bounds)
        var leaders = ""
        var texts = ""
        for (label, box) in zip(labels, boxes) {
            if let point = label.point {
                let nearX = min(max(point.x, box.minX), box.maxX)
                let nearY = min(max(point.y, box.minY), box.maxY)
                let distance = ((nearX - point.x) * (nearX - point.x) + (nearY - point.y) * (nearY - point.y))
                    .squareRoot()
                if distance > ChartLabel.clearance + 6 {
                    // From the marker's edge, not its centre.
                    let startX = point.x + (nearX - point.x) * 7 / distance
                    let startY = point.y + (nearY - point.y) * 7 / distance
                    leaders +=
                        "<line class=\"label-leader\" x1=\"\(n(startX))\" y1=\"\(n(startY))\" x2=\"\(n(nearX))\" y2=\"\(n(nearY))\" stroke=\"\(label.colour)\"/>\n"
                }
            }
            // A point's label centred in its box (the box errs wide), a break's label from its left edge.
            let centred = label.point != nil
            let left = centred ? (box.minX + box.maxX) / 2 : box.minX + ChartLabel.padding
            texts +=
                "<text class=\"\(label.className)\" x=\"\(n(left))\" y=\"\(n(box.minY + 13))\"\(centred ? " text-anchor=\"middle\"" : "") font-size=\"12.5\" fill=\"#222222\">"
            for (index, line) in label.lines.enumerated() {
                texts +=
                    "<tspan" + (index > 0 ? " x=\"\(n(left))\" dy=\"\(n(ChartLabel.lineHeight))\"" : "")
                    + (line.size != 12.5 ? " font-size=\"\(n(line.size))\"" : "")
                    + (line.bold ? " font-weight=\"bold\"" : "")
                    + " fill=\"\(index == 0 ? label.colour : "#666666")\">\(ChartMath.escaped(line.text))</tspan>"
            }
            texts += "</text>\n"
        }
        let svg =
            "<g class=\"label-leaders\" stroke-width=\"0.8\" stroke-opacity=\"0.7\">\n" + leaders + "</g>\n"
            + "<g class=\"labels\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n"
            + texts + "</g>\n"
        return (svg, boxes.map(\.minY).min() ?? bounds.minY)
    }
}
