/// The fold that makes two spellings of one designation (an accuracy class, a stage token) compare equal.
///
/// Documents print the same class in many ways: `Ⅲ` (one Roman-numeral character) and `III`, `E₂` and
/// `E2`, full-width `Ｅ２`, `0.5级` and `0.5`, `Class II` and `II`, `等级Ⅲ`, `1` and `1.0`. The fold is
/// spelling only: `0.2S` stays apart from `0.2`, and it never maps one scheme onto another (`1` onto `B`);
/// equivalences between spellings that are not the same characters live in data (``DesignationTable``).
public enum DesignationFolding {
    /// The folded key: width-, numeral- and dash-folded, prefix and suffix dropped, white space removed,
    /// lower-cased, and a plain decimal number written canonically (`1.0` → `1`, `0.50` → `0.5`).
    public static func fold(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let folded = TextFolding.foldedWidth(scalar)
            if TextFolding.isWhitespace(folded) { continue }
            if let roman = romanNumeral(folded) {
                scalars.append(contentsOf: roman.unicodeScalars)
            } else if let digit = scriptDigit(folded) {
                scalars.append(digit)
            } else if isDash(folded) {
                scalars.append("-")
            } else {
                scalars.append(folded)
            }
        }
        var key = String(scalars).lowercased()
        for prefix in prefixes where key.hasPrefix(prefix) && key.count > prefix.count {
            key.removeFirst(prefix.count)
            break
        }
        for suffix in suffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
            break
        }
        return canonicalNumber(key) ?? key
    }

    /// Words that announce a designation rather than belong to it, longest first (white space is
    /// already gone, so `Class II` reads `classii`).
    private static let prefixes = ["accuracyclass", "准确度等级", "准确度级别", "classe", "class", "等级", "级别"]
    private static let suffixes = ["级", "等"]

    /// U+2160–U+217F: Roman numerals as single characters (upper and lower case).
    private static func romanNumeral(_ scalar: Unicode.Scalar) -> String? {
        let table = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"]
        switch scalar.value {
        case 0x2160...0x216F: return table[Int(scalar.value - 0x2160)]
        case 0x2170...0x217F: return table[Int(scalar.value - 0x2170)].lowercased()
        default: return nil
        }
    }

    /// Subscript and superscript digits as plain digits.
    private static func scriptDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2080...0x2089: return Unicode.Scalar(scalar.value - 0x2080 + 0x30)
        case 0x2070: return "0"
        case 0x00B9: return "1"
        case 0x00B2: return "2"
        case 0x00B3: return "3"
        case 0x2074...0x2079: return Unicode.Scalar(scalar.value - 0x2074 + 0x34)
        default: return nil
        }
    }

    /// Hyphens, dashes and the minus sign read as `-` (`M1–2` is `M1-2`).
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return true
        default: return false
        }
    }

    /// A plain decimal (`1`, `1.0`, `0.50`) written without leading or trailing zeros; else `nil`.
    static func canonicalNumber(_ key: String) -> String? {
        guard !key.isEmpty, key.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (0x30...0x39).contains($0) }),
            key.utf8.filter({ $0 == UInt8(ascii: ".") }).count <= 1,
            key.utf8.contains(where: { $0 != UInt8(ascii: ".") })
        else { return nil }
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0].drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}
