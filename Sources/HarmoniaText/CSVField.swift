/// CSV fields by RFC 4180, for every CSV file Harmonia writes (report tables, pair lists, histories).
public enum CSVField {
    /// The field as written into a row: quoted when it holds a comma, a quote, CR or LF, its quotes doubled.
    ///
    /// Looks at Unicode scalars, not `Character`s: `"\r\n"` is one `Character`, equal to neither `"\r"`
    /// nor `"\n"`, and a field holding it must still be quoted.
    public static func escaped(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
