import HarmoniaText

/// Escaping for every format a report is written in.
///
/// Everything that comes from a document (ids, titles, values, qualifiers, justifications) goes through
/// one of these before it reaches the output: a document's text must never become markup, a formula or
/// a broken row.
enum Escape {
    /// Whether a scalar may appear in an XML 1.0 document at all. Others (most C0 controls, lone
    /// surrogates cannot occur in Swift strings, U+FFFE, U+FFFF) are dropped rather than escaped,
    /// because no escape makes them legal.
    /// C1 controls and bidi controls are dropped too: they would reorder or hide what a reader sees.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalText.isUnsafe(scalar) && scalar.value >= 0x7F { return false }
        return switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text for HTML or XML content and attribute values: `&`, `<`, `>`, `"` and `'` become entities.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isXMLCharacter(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// HTML text is escaped exactly as XML text is (the page is also well-formed XML).
    static func html(_ text: String) -> String { xml(text) }

    /// Markdown inline text, safe inside a table cell: line breaks become spaces, characters that start
    /// emphasis, code, links, HTML or a cell boundary are backslash-escaped, `&` cannot start an entity.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                if scalar.value < 0x20 || TerminalText.isUnsafe(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A language tag safe to put in a `lang` attribute, or `nil` when the text is not a plausible tag.
    static func languageTag(_ tag: String?) -> String? {
        guard let tag, !tag.isEmpty, tag.count <= 35,
            tag.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            })
        else { return nil }
        return tag
    }
}
