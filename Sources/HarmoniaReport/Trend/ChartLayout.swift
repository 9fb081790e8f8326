import HarmoniaText

/// Geometry for ``TrendChart``: time and score scales, tick steps, text widths, number formatting (labels are
/// placed by ``LabelLayout``).
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

    /// About how wide `text` is at `fontSize` pixels, in the chart's first font (DejaVu Sans), erring wide:
    /// wide (CJK) characters take a full em; Latin letters, digits and signs their approximate advance;
    /// bold text a tenth more. Label boxes are this wide, so that labels that do not overlap on paper do not
    /// overlap on screen either.
    static func textWidth(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { total, scalar in total + advance(scalar) }
        return ems * fontSize * (bold ? 1.1 : 1)
    }

    /// A character's advance in ems, by class (DejaVu Sans Book, rounded up).
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        if DisplayWidth.isWide(scalar) { return 1 }
        switch scalar {
        case "0"..."9": return 0.64
        case "I", "J", "i", "j", "l", "'", "|": return 0.31
        case "M", "W", "m", "w": return 0.98
        case "A"..."Z": return 0.78
        case "f", "r", "t": return 0.43
        case "a"..."z": return 0.64
        case " ", ".", ",", ":", ";", "·", "!": return 0.34
        case "(", ")", "[", "]", "-", "/": return 0.4
        case "±", "+", "=", "<", ">", "≤", "≥", "↔", "↦", "→", "~", "–", "—": return 0.84
        default: return 0.7
        }
    }

    /// `text` in lines no wider than `width` at `fontSize`: broken at spaces, or between any two characters
    /// of a word too long for a line (Chinese has no spaces).
    static func wrapped(_ text: String, fontSize: Double, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if textWidth(candidate, fontSize: fontSize) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in word {
                if !current.isEmpty, textWidth(current + String(character), fontSize: fontSize) > width {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
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

    /// The area two boxes share: what the tests check is zero for every two labels drawn.
    func overlap(_ other: Box) -> Double {
        let width = min(maxX, other.maxX) - max(minX, other.minX)
        let height = min(maxY, other.maxY) - max(minY, other.minY)
        return width > 0 && height > 0 ? width * height : 0
    }
}
