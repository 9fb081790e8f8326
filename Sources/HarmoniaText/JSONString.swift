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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped, between double quotes. Short text with nothing to escape (most of it) is
    /// put together with its quotes on the stack and appended at once.
    public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        let done = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count <= shortText, firstEscape(in: utf8) == utf8.count else { return false }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 2) { quoted in
                quoted[0] = UInt8(ascii: "\"")
                _ = quoted[1..<utf8.count + 1].initialize(fromContentsOf: utf8)
                quoted[utf8.count + 1] = UInt8(ascii: "\"")
                bytes.append(contentsOf: quoted)
            }
            return true
        }
        if done == true { return }
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Up to this many bytes, text is quoted on the stack.
    private static var shortText: Int { 240 }

    /// Appends `text`, escaped, without the surrounding quotes. Runs of plain bytes are copied whole;
    /// only the bytes that need escaping are handled one by one (a comparison's JSON can be 75 MB).
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        // A native string lends its UTF-8 in place; only a bridged one is copied first.
        if text.utf8.withContiguousStorageIfAvailable({ append($0, to: &bytes) }) == nil {
            var text = text
            text.withUTF8 { append($0, to: &bytes) }
        }
    }

    /// Whether `byte` can be copied without a look: it is neither `"`, `\`, a C0 control or DEL, nor the
    /// first byte of a C1 control (C2), U+061C (D8), or U+2028, U+2029 and the other bidi controls (E2).
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F, 0xC2, 0xD8, 0xE2: false
        default: true
        }
    }

    /// Where the first byte to escape stands, or the count when there is none. `≤`, `±` and `–` start
    /// with the bytes that C1, bidi and line separators do; only the bytes after tell them apart.
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let count = utf8.count
        var index = 0
        while index < count {
            // Eight bytes at a time while they are printable ASCII other than `"` and `\`, as most text is.
            if index + 8 <= count,
                isPlainASCII(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = utf8[index]
            if isPlain(byte) {
                index += 1
                continue
            }
            switch byte {
            case 0xC2 where index + 1 < count && !(0x80...0x9F).contains(utf8[index + 1]),
                0xD8 where index + 1 < count && utf8[index + 1] != 0x9C,
                0xE2 where index + 2 < count && !isSeparatorOrBidi(utf8[index + 1], utf8[index + 2]):
                index += 2
            default:
                return index
            }
        }
        return count
    }

    /// Whether eight bytes are all printable ASCII other than `"` and `\` (0x20…0x7E), tested at once
    /// (the "has a byte less than n" word test, exact for n ≤ 128).
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasByte(below limit: UInt64, _ word: UInt64) -> Bool { (word &- ones &* limit) & ~word & high != 0 }
        return word & high == 0 && !hasByte(below: 0x20, word)
            && !hasByte(below: 1, word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            && !hasByte(below: 1, word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
            && !hasByte(below: 1, word ^ (ones &* 0x7F))
    }

    private static func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let count = utf8.count
        // Most text has nothing to escape: then it is copied in one append.
        var index = firstEscape(in: utf8)
        if index == count {
            bytes.append(contentsOf: utf8)
            return
        }
        var runStart = 0
        func flush(to end: Int) {
            if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        while index < count {
            let byte = utf8[index]
            if isPlain(byte) {
                index += 1
                continue
            }
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

    /// The last two UTF-8 bytes of U+2028, U+2029 or a bidi control (after E2).
    private static func isSeparatorOrBidi(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (third == 0xA8 || third == 0xA9)) || isBidiControl(second, third)
    }

    /// The last two UTF-8 bytes of U+200E, U+200F, U+202A…U+202E, U+2066…U+2069 (after E2).
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
            || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
