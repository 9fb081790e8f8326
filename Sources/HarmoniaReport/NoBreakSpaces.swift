/// No-break spaces (U+00A0) where a printed line must not end: between a number and its unit
/// (`±1.0 %`, `24 h`, `20 °C`), after a relation sign before a number (`≥ 24 h`), and inside a digit
/// group (`10 000`). Used for Word text, where the line breaks are the word processor's.
enum NoBreakSpaces {
    private static let relations: Set<Character> = ["≤", "≥", "<", ">", "=", "±", "~", "～", "≈"]
    /// Longest word after a number taken for its unit (`kWh`, `min`, `years`).
    private static let unitLength = 5

    static func apply(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 2 else { return text }
        var out = chars
        for index in 1..<(chars.count - 1) where chars[index] == " " {
            let before = chars[index - 1]
            let after = chars[index + 1]
            if relations.contains(before) && (after.isNumber || after == "-" || after == "−") {
                out[index] = "\u{00A0}"
            } else if before.isNumber && isUnit(chars, from: index + 1) {
                out[index] = "\u{00A0}"
            } else if before.isNumber && isDigitGroup(chars, from: index + 1) {
                out[index] = "\u{00A0}"
            }
        }
        return String(out)
    }

    /// `%`, `°C`, `℃`, or a short word of letters (and `/`) ending at a space, punctuation or the end.
    private static func isUnit(_ chars: [Character], from start: Int) -> Bool {
        let first = chars[start]
        if first == "%" || first == "°" || first == "℃" || first == "‰" { return true }
        guard first.isLetter, first.isASCII || first == "µ" || first == "Ω" else { return false }
        var end = start
        while end < chars.count, chars[end].isLetter || chars[end] == "/" || chars[end] == "µ" { end += 1 }
        return end - start <= unitLength
    }

    /// Exactly three digits, then no further digit: the next group of a number written `10 000`.
    private static func isDigitGroup(_ chars: [Character], from start: Int) -> Bool {
        guard start + 3 <= chars.count, chars[start..<start + 3].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return false
        }
        return start + 3 == chars.count || !(chars[start + 3].isNumber)
    }
}
