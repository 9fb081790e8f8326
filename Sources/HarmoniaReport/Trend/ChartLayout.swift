import HarmoniaText

/// Geometry for ``TrendChart``: time and score scales, tick steps, label placement, number formatting.
/// Pure arithmetic on `Double`, rounded to tenths of a pixel so the output is the same on every machine.
struct ChartScale {
    /// The values at the two ends, and the pixels they map to (the score scale runs upwards, so its
    /// pixels decrease).
    var domain: (from: Double, to: Double)
    var range: (from: Double, to: Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.to - domain.from
        guard span != 0 else { return (range.from + range.to) / 2 }
        return range.from + (value - domain.from) / span * (range.to - range.from)
    }
}

enum ChartMath {
    /// `2006-09-06` → 2006.68 (the fraction of the year elapsed); `2015` → 2015.0; `nil` when it is not a date.
    static func fractionalYear(_ date: String) -> Double? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        let month = parts.count > 1 ? Int(parts[1].prefix(2)) ?? 1 : 1
        let day = parts.count > 2 ? Int(parts[2].prefix(2)) ?? 1 : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return Double(year) }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let dayOfYear = lengths.prefix(month - 1).reduce(0, +) + day - 1
        return Double(year) + Double(dayOfYear) / Double(leap ? 366 : 365)
    }

    /// A tick step (1, 2, 5, 10, 20, 50 years) giving at most `maximum` ticks over `span`.
    static func step(for span: Double, maximum: Int) -> Int {
        for step in [1, 2, 5, 10, 20, 50, 100] where span / Double(step) <= Double(maximum) { return step }
        return 100
    }

    /// One decimal, no trailing `.0`, no `-0`: coordinates that read well and never vary.
    static func number(_ value: Double) -> String {
        // A non-finite or absurd coordinate (from a crafted database) is clamped, never a trap.
        let tenths =
            Int(exactly: (value * 10).rounded()) ?? (value > 0 ? 1_000_000_000 : value < 0 ? -1_000_000_000 : 0)
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Roughly how wide `text` is at `fontSize` pixels: wide (CJK) characters take a full em, others ~0.58 em.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (DisplayWidth.isWide(scalar) ? fontSize : fontSize * 0.58)
        }
    }

    /// Escapes text for SVG and HTML content and attribute values.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in XMLSafeText.cleaned(text) {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}

/// A rectangle, for keeping labels off each other and off the points.
struct Box {
    var minX, minY, maxX, maxY: Double

    func overlap(_ other: Box) -> Double {
        let width = min(maxX, other.maxX) - max(minX, other.minX)
        let height = min(maxY, other.maxY) - max(minY, other.minY)
        return width > 0 && height > 0 ? width * height : 0
    }
}

/// Places point labels greedily, in a fixed order, trying positions around each point (above, below, then
/// further out) and taking the first that overlaps nothing placed so far, else the least crowded.
struct LabelPlacer {
    var bounds: Box
    private(set) var occupied: [Box] = []

    init(bounds: Box, obstacles: [Box]) {
        self.bounds = bounds
        occupied = obstacles
    }

    /// Where to put a label of `lines` at point (x, y): the text anchor and the baseline of its first line.
    mutating func place(x: Double, y: Double, widths: [Double], lineHeight: Double) -> (
        anchor: String, x: Double, y: Double
    ) {
        let width = widths.max() ?? 0
        let height = lineHeight * Double(widths.count)
        var candidates: [(anchor: String, x: Double, top: Double)] = []
        for offset in [10.0, 26, 42, 58, 74] {
            for above in [true, false] {
                let top = above ? y - offset - height : y + offset
                for anchor in ["middle", "start", "end"] {
                    let tx = anchor == "start" ? x - 6 : (anchor == "end" ? x + 6 : x)
                    candidates.append((anchor, tx, top))
                }
            }
        }
        var best: (anchor: String, x: Double, top: Double, box: Box)?
        var bestCost = Double.infinity
        for candidate in candidates {
            let minX =
                candidate.anchor == "start"
                ? candidate.x : (candidate.anchor == "end" ? candidate.x - width : candidate.x - width / 2)
            let box = Box(
                minX: minX - 2, minY: candidate.top - 1, maxX: minX + width + 2, maxY: candidate.top + height + 1)
            var cost = occupied.reduce(0) { $0 + box.overlap($1) }
            if box.minX < bounds.minX || box.maxX > bounds.maxX || box.minY < bounds.minY || box.maxY > bounds.maxY {
                cost += 1_000_000
            }
            if cost < bestCost {
                bestCost = cost
                best = (candidate.anchor, candidate.x, candidate.top, box)
            }
            if cost == 0 { break }
        }
        let chosen = best!
        occupied.append(chosen.box)
        // The first baseline sits about 0.8 of a line below the box's top.
        return (chosen.anchor, chosen.x, chosen.top + lineHeight * 0.8)
    }
}
