/// JSON string literals, as every JSON file Harmonia writes spells them (comparisons, inspections,
/// histories): the same text always gives the same bytes.
///
/// Escaped: `"`, `\`, the C0 controls (as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`), DEL, and U+2028 and
/// U+2029, which are valid JSON but end a JavaScript string literal. Everything else is copied as UTF-8.
public enum JSONString {
    /// `text` between double quotes.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        appendEscaped(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped, without the surrounding quotes. Runs of plain bytes are copied whole;
    /// only the bytes that need escaping are handled one by one (a comparison's JSON can be 75 MB).
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &bytes) }
    }

    private static func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        func flush(to end: Int) {
            if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        while index < count {
            let byte = utf8[index]
            let escape: StaticString
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            case 0x00..<0x20, 0x7F:
                flush(to: index)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                index += 1
                runStart = index
                continue
            default:
                index += 1
                continue
            }
            flush(to: index)
            escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
            index += width
            runStart = index
        }
        flush(to: count)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
