/// How wide text shows: East Asian wide and full-width characters take two columns (two ems' halves),
/// others one. One rule for the terminal tables and the chart's label boxes, so that a Chinese designation
/// lines up in both.
public enum DisplayWidth {
    /// Whether the scalar is East Asian wide or full-width (CJK, Hangul, full-width forms).
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// Terminal columns the text takes.
    public static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }
}
