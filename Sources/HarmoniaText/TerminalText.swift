/// Text made safe to show on a terminal: a document's text, a file name or a database string must not
/// move the cursor, change colours, retitle the window or reorder what is shown.
///
/// Escaped as `\u{XX}`: the C0 controls (except line feed, tab and the CR of a CR LF, which lay text
/// out), DEL, the C1
/// controls U+0080…U+009F (U+009B is a one-byte CSI on many terminals), and the bidirectional
/// controls — embeddings, overrides and isolates (U+202A…U+202E, U+2066…U+2069) and the marks U+200E,
/// U+200F, U+061C — which make a terminal show text in an order other than the bytes'.
public enum TerminalText {
    /// `text` with every unsafe character shown escaped. With `keepingColour`, the colour sequences
    /// Harmonia itself writes (`ESC [ digits ; … m`, SGR) pass; every other escape sequence is escaped.
    public static func escaped(_ text: String, keepingColour: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingColour, scalar == "\u{1B}", let end = sgrEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            // A CR ending a CR LF line (a CSV written to the terminal) lays text out like the LF.
            let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isUnsafe(scalar) && !lineEnd {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Whether `scalar` is escaped by ``escaped(_:keepingColour:)``.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// The index of the `m` ending an SGR sequence `ESC [ [0-9;]* m` starting at `start`, or nil.
    private static func sgrEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index : nil
    }
}

/// Text for XML and SVG outputs: characters XML 1.0 cannot hold (C0 controls other than tab, line feed
/// and CR; U+FFFE, U+FFFF) are dropped, so a control character from a database never makes a chart
/// ill-formed; C1 controls and bidi controls are dropped as well, as no chart label needs them.
public enum XMLSafeText {
    /// `text` without the characters XML output must not hold.
    public static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: dropped) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { !dropped($0) })
        return String(out)
    }

    static func dropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
