/// CSV fields by RFC 4180, for every CSV file Harmonia writes (report tables, pair lists, histories).
public enum CSVField {
    /// The field as written into a row: made safe from formula injection (``formulaSafe(_:)``), then
    /// quoted when it holds a comma, a quote, CR or LF, its quotes doubled.
    ///
    /// Looks at Unicode scalars, not `Character`s: `"\r\n"` is one `Character`, equal to neither `"\r"`
    /// nor `"\n"`, and a field holding it must still be quoted.
    public static func escaped(_ text: String) -> String {
        let text = formulaSafe(text)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The one rule against formula injection, for every field of every CSV file: a field whose first
    /// character — after any leading white space and invisible (zero-width, BOM, bidi mark) characters,
    /// which spreadsheets skip — is `=`, `+`, `-` or `@` (or their full-width and small forms, `＝` …),
    /// or a tab, CR or LF, gets a leading apostrophe, so Excel, LibreOffice or Sheets show it as text and
    /// never run it. A bare number (`-0.1`) is left a number; `-10 °C` is shown as `'-10 °C`; `±` limits
    /// and words are left alone.
    public static func formulaSafe(_ text: String) -> String {
        if isPlainNumber(text) { return text }
        for scalar in text.unicodeScalars {
            if triggers.contains(scalar.value) { return "'" + text }
            if scalar.properties.isWhitespace || isInvisible(scalar) { continue }
            return text
        }
        return text
    }

    /// `-0.1`, `+12`, `42`: a bare decimal number (ASCII sign, digits, at most one point) is a number to
    /// every spreadsheet, never a formula, and stays one (a change in score, a count).
    static func isPlainNumber(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        let parts = utf8.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !utf8.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }

    /// Characters that start a formula (or a new cell) in some spreadsheet.
    static let triggers: Set<UInt32> = [
        0x3D, 0x2B, 0x2D, 0x40,  // = + - @
        0x09, 0x0D, 0x0A,  // tab, CR, LF
        0xFF1D, 0xFF0B, 0xFF0D, 0xFF20,  // full width ＝ ＋ － ＠
        0xFE66, 0xFE62, 0xFE63, 0xFE6B,  // small ﹦ ﹢ ﹣ ﹫
        0x2212,  // − minus sign, which some spreadsheets read as '-'
    ]

    /// Zero-width and format characters that show nothing (U+200B…U+200F, U+202A…U+202E, U+2060…U+2069,
    /// U+FEFF, and every other character of category Cf).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar.value == 0x200B
    }
}
