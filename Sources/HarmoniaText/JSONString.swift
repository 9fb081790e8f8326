/// JSON string literals, as every JSON file Harmonia writes spells them (comparisons, inspections,
/// histories): the same text always gives the same bytes.
///
/// Escaped: `"`, `\`, the C0 controls (as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`), DEL, and U+2028 and
/// U+2029, which are valid JSON but end a JavaScript string literal, the C1 controls and the bidi controls
/// (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069), so JSON shown on a terminal cannot drive it or
/// reorder it. Everything else is copied as UTF-8.
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
            case 0xE2
            where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(utf8[index + 1]),
                0xD8 where index + 1 < count && utf8[index + 1] == 0x9C,
                0xE2 where index + 2 < count && Self.isBidiControl(utf8[index + 1], utf8[index + 2]):
                // C1 controls and bidi controls, as `\uXXXX`: the same JSON value, but never raw on a terminal.
                flush(to: index)
                let scalar = String(
                    decoding: UnsafeBufferPointer(rebasing: utf8[index..<index + (byte == 0xE2 ? 3 : 2)]), as: UTF8.self
                )
                .unicodeScalars.first!.value
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
                for shift in stride(from: 12, through: 0, by: -4) {
                    bytes.append(hexDigits[Int((scalar >> UInt32(shift)) & 0xF)])
                }
                index += byte == 0xE2 ? 3 : 2
                runStart = index
                continue
            case 0x00..<0x20, 0x7F:
                flush(to: index)
                bytes.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                    hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)],
                ])
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

    /// The last two UTF-8 bytes of U+200E, U+200F, U+202A…U+202E, U+2066…U+2069 (after E2).
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
            || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
