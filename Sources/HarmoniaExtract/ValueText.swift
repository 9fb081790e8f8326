import Foundation
import HarmoniaModel

/// Turns printed values into quantity expressions the specification reader accepts — or into nothing.
///
/// A text becomes a value only when it holds a number and the quantity grammar reads it whole; a word
/// (`Unlimited`), a formula (`p_LC × 0.5 v`) or an unknown unit is never turned into a value.
enum ValueText {
    /// White space collapsed, trailing sentence punctuation dropped, printed forms the grammar does not
    /// know rewritten (`≥10^-5 to <10^-4` → `[1E-5, 1E-4)`).
    static func normalize(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: "\u{2009}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: "\u{2062}", with: "").replacingOccurrences(of: "\u{2061}", with: "")
        text = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = text.last, "。.;；,，:： ".contains(last) { text.removeLast() }
        text = chineseCounts(text)
        text = powersOfTen(text)
        return halfOpenRange(text) ?? text
    }

    /// The expression when `text` is a numeric quantity the grammar reads; `nil` otherwise.
    static func quantity(_ raw: String) -> String? {
        let text = normalize(raw)
        guard text.unicodeScalars.contains(where: { CharacterSet.decimalDigits.contains($0) }),
            text.utf8.count <= QuantityExpressionParser.maximumLength,
            let parsed = try? QuantityExpressionParser.parse(text)
        else { return nil }
        switch parsed.expression {
        case .set, .token: return nil
        default: return text
        }
    }

    /// The longest numeric quantity at the start of `text` that ends at a word boundary, with its length
    /// in characters of `text`.
    static func leadingQuantity(_ text: Substring, maxLength: Int = 48) -> (value: String, length: Int)? {
        let characters = Array(text.prefix(maxLength))
        var end = characters.count
        while end > 0 {
            let next = end < characters.count ? characters[end] : nil
            let atBoundary = next.map { !($0.isLetter && $0.isASCII) && !$0.isNumber && $0 != "." } ?? true
            if atBoundary, let value = quantity(String(characters[..<end])) { return (value, end) }
            end -= 1
        }
        return nil
    }

    /// `12个月` → `12月`, `一年` → `1年`, `半年` → `6月`: how Chinese texts count periods.
    private static func chineseCounts(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x4E00 }) else { return text }
        var result = text.replacingOccurrences(of: #"([0-9]+)\s*个月"#, with: "$1月", options: .regularExpression)
        for (word, number) in [("半年", "6月"), ("一年", "1年"), ("两年", "2年"), ("二年", "2年"), ("三年", "3年")]
        where result.hasPrefix(word) {
            result = number + result.dropFirst(word.count)
        }
        return result
    }

    /// `1.5×10^-6`, `1.5 × 10^(-6)`, `1,5·10⁻⁶` → `1.5E-6`; a bare `10^-5` → `1E-5`.
    private static func powersOfTen(_ text: String) -> String {
        guard text.contains("10") else { return text }
        var result = text
        let superscripts: [Character: Character] = [
            "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
            "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
        ]
        // 10⁻⁵ → 10^-5
        if result.contains(where: { superscripts[$0] != nil }) {
            var out = ""
            var inPower = false
            for character in result {
                if let plain = superscripts[character] {
                    if !inPower && out.hasSuffix("10") { out += "^" }
                    inPower = true
                    out.append(plain)
                } else {
                    inPower = false
                    out.append(character)
                }
            }
            result = out
        }
        let patterns: [(String, String)] = [
            (#"([0-9]+(?:\.[0-9]+)?)\s*[×xX·*]\s*10\^\(?([+\-−]?[0-9]+)\)?"#, "$1E$2"),
            (#"(^|[^0-9.E])10\^\(?([+\-−]?[0-9]+)\)?"#, "$11E$2"),
        ]
        for (pattern, template) in patterns {
            result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return result.replacingOccurrences(of: "E−", with: "E-")
    }

    /// `≥A to <B` (ISO's way to print a class's range) as the interval `[A, B)`; unit after B kept.
    private static func halfOpenRange(_ text: String) -> String? {
        let pattern = #"^([≥>]|>=)\s*([0-9.E+\-]+)\s*(?:to|\.\.|~|～|至)\s*([≤<]|<=)\s*([0-9.E+\-]+)\s*(.*)$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ index: Int) -> String {
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
        let open = group(1) == ">" ? "(" : "["
        let close = group(3) == "<" ? ")" : "]"
        let unit = group(5).trimmingCharacters(in: .whitespaces)
        return "\(open)\(group(2)), \(group(4))\(close)" + (unit.isEmpty ? "" : " \(unit)")
    }
}
