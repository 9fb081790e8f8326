import HarmoniaText
import Testing

/// The fast paths of ``JSONString`` and ``JSONBuilder`` (whole runs copied, eight bytes tested at once,
/// punctuation put together on the stack) against the rule written plainly, character by character.
@Suite("JSON fast paths give the plain rule's bytes")
struct JSONFastPathTests {
    /// The escaping rule of ``JSONString``, one scalar at a time.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E,
                0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Every character that is escaped, and its neighbours that share its first UTF-8 bytes but are not.
    static let probes: [Unicode.Scalar] =
        (Array(0x00...0x24) + [0x5B, 0x5C, 0x5D, 0x7E, 0x7F]
        + Array(0x80...0xA2) + [0xB1, 0xB0, 0xA7, 0x061B, 0x061C, 0x061D, 0x200D, 0x200E, 0x200F, 0x2010, 0x2013]
        + Array(0x2026...0x202F) + Array(0x2064...0x206A) + [0x2264, 0x7801, 0x1F600])
        .compactMap(Unicode.Scalar.init)

    @Test("each probe at every place in short and long text, alone and in pairs")
    func everyPlace() {
        let filler = "abcdefghijklmnopqrstuvwxyz0123456789"
        for probe in Self.probes {
            for length in [0, 1, 7, 8, 9, 15, 16, 17, 30] {
                for place in 0...length {
                    let plain = String(filler.prefix(length))
                    var text = String(plain.prefix(place))
                    text.unicodeScalars.append(probe)
                    text += plain.dropFirst(place)
                    #expect(
                        JSONString.quoted(text) == Self.reference(text),
                        "U+\(String(probe.value, radix: 16)) at \(place) of \(length)")
                }
            }
            for other in Self.probes.prefix(40) {
                var text = "x"
                text.unicodeScalars.append(probe)
                text.unicodeScalars.append(other)
                text += "yyyyyyyyy"
                #expect(JSONString.quoted(text) == Self.reference(text))
            }
        }
    }

    @Test("text longer than the stack quoting and than one word, with and without escapes")
    func longText() {
        let long = String(repeating: "±0.5 kPa \"M1\" ≤ 3 a; ", count: 40)
        #expect(JSONString.quoted(long) == Self.reference(long))
        let plain = String(repeating: "plain text ", count: 50)
        #expect(JSONString.quoted(plain) == Self.reference(plain))
        var out = JSONBuilder()
        out.string(long)
        #expect(out.finish() == Array(Self.reference(long).utf8))
    }

    @Test("integers are written as Swift prints them")
    func numbers() {
        for value in [0, 7, 9, 10, 11, 99, 100, 52_500, -1, -10, Int.max, Int.min] {
            var out = JSONBuilder()
            out.number(value)
            #expect(String(decoding: out.finish(), as: UTF8.self) == String(value))
        }
    }

    @Test("fields and elements nested deeper than the fast paths reach are indented alike")
    func deepNesting() {
        // Past the indentation literal (32 levels) and past the 256 bytes a line is put together in.
        let depth = 130
        var out = JSONBuilder()
        var expected = ""
        for level in 0..<depth {
            out.open("{")
            out.field("k") { $0.string("v") }
            out.field("next") { _ in }
            expected +=
                "{\n" + String(repeating: "  ", count: level + 1) + "\"k\": \"v\",\n"
                + String(repeating: "  ", count: level + 1) + "\"next\": "
        }
        out.open("[")
        out.element { $0.number(1) }
        out.element { $0.bool(true) }
        out.close("]")
        expected +=
            "[\n" + String(repeating: "  ", count: depth + 1) + "1,\n" + String(repeating: "  ", count: depth + 1)
            + "true\n" + String(repeating: "  ", count: depth) + "]"
        for level in (0..<depth).reversed() {
            out.close("}")
            expected += "\n" + String(repeating: "  ", count: level) + "}"
        }
        #expect(String(decoding: out.finish(), as: UTF8.self) == expected)
    }
}
