import Foundation
import HarmoniaModel

/// Renders what documents write (values, qualifiers) the way a metrologist writes it in the report's
/// language: sets `T30、T50` and ranges `5 ℃～55 ℃` in Chinese, `T30, T50` and `5 °C to 55 °C` in
/// English; qualifier names and token values through ``QualifierLabels``.
///
/// Only the presentation changes: the quantities and their order are the document's own; a number too
/// large to read in its table's unit is restated in a larger one (``ReadableUnit``).
public enum NaturalText {
    /// A value or qualifier value as written, in the conventions of `language`.
    public static func value(_ written: String, in language: ReportLanguage) -> String {
        if let label = QualifierLabels.value(written.trimmingCharacters(in: .whitespaces), in: language) {
            return label
        }
        var text = groupDigits(ReadableUnit.restate(written))
        switch language {
        case .zh:
            text = text.replacingOccurrences(of: " .. ", with: "～").replacingOccurrences(of: "..", with: "～")
            text = text.replacingOccurrences(of: "°C", with: "℃")
            text = text.replacingOccurrences(of: " | ", with: "、").replacingOccurrences(of: "|", with: "、")
            text = chineseTimeUnits(text)
        case .en:
            text = text.replacingOccurrences(of: " .. ", with: " to ").replacingOccurrences(of: "..", with: " to ")
            text = text.replacingOccurrences(of: " | ", with: ", ").replacingOccurrences(of: "|", with: ", ")
            text = text.replacingOccurrences(of: "～", with: " to ").replacingOccurrences(of: "℃", with: "°C")
            text = englishTimeUnits(text)
        }
        return text
    }

    /// Integer parts of five digits or more in groups of three (`1600000` → `1 600 000`), with a narrow
    /// no-break space as SI and GB 3101 write them, so that a long number never breaks across lines.
    /// Four-digit numbers, fractional digits and digits inside words (`T130`, `ΔP63`) are left alone.
    static func groupDigits(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character.isASCII, character.isNumber else {
                out.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let run = characters[index..<end]
            let before = index > 0 ? characters[index - 1] : nil
            let insideWord = before.map { $0.isLetter || $0 == "." || $0 == "/" } ?? false
            if run.count >= 5 && !insideWord {
                for (offset, digit) in run.enumerated() {
                    if offset > 0 && (run.count - offset) % 3 == 0 { out.append("\u{202F}") }
                    out.append(digit)
                }
            } else {
                out.append(contentsOf: run)
            }
            index = end
        }
        return out
    }

    /// `1 a` → `1 年`, `6 mo` → `6 个月` after a number; other text unchanged.
    private static func chineseTimeUnits(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.dropFirst() {
            guard let last = words[index - 1].last, last.isNumber else { continue }
            let word = words[index]
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;)）"))
            let rest = word.dropFirst(trimmed.count)
            switch trimmed {
            case "a": words[index] = "年" + rest
            case "mo", "月": words[index] = "个月" + rest
            default: break
            }
        }
        return words.joined(separator: " ")
    }

    /// `2 年` → `2 years`, `6 个月` → `6 months` after a number, for Chinese documents quoted in English.
    private static func englishTimeUnits(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.dropFirst() {
            let number = words[index - 1]
            guard let last = number.last, last.isNumber else { continue }
            let one = number.filter { $0.isNumber || $0 == "." } == "1"
            switch words[index] {
            case "年", "a": words[index] = one ? "year" : "years"
            case "月", "个月": words[index] = one ? "month" : "months"
            default: break
            }
        }
        return words.joined(separator: " ")
    }

    /// One qualifier: `等级 E2`, `nominal value 1 kg`; only the value when it already names the
    /// qualifier (`DN > 50 mm`, not `DN DN > 50 mm`).
    /// A set names each member: `classes 1 and 2`, `等级 1、2`.
    public static func qualifier(name: String, written: String, in language: ReportLanguage) -> String {
        let members = written.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if members.count > 1, !members.contains(where: \.isEmpty), !mentions(written, name) {
            let shown = members.map { value($0, in: language) }
            let list = ReportStrings(language).list(shown)
            // Labelled tokens say what they are (`initial verification and subsequent verification`).
            if members.allSatisfy({ QualifierLabels.value($0, in: language) != nil }) { return list }
            return QualifierLabels.pluralName(name, in: language) + " " + list
        }
        let shown = value(written, in: language)
        // A labelled token says what it is (`首次检定`, `rated operating conditions`), and a value that
        // names its qualifier (`DN > 50 mm`) needs no name in front.
        if QualifierLabels.value(written.trimmingCharacters(in: .whitespaces), in: language) != nil
            || mentions(written, name)
        {
            return shown
        }
        let label = QualifierLabels.name(name, in: language)
        return label + " " + shown
    }

    /// The qualifiers of an indicator, joined as the language joins clauses of a phrase.
    public static func qualifiers(_ qualifiers: [Qualifier], in language: ReportLanguage) -> String {
        qualifiers.map { qualifier(name: $0.name, written: $0.written, in: language) }
            .joined(separator: language == .zh ? "，" : ", ")
    }

    /// The first letter in capitals, as a sentence or a table cell starts in English (concept names are
    /// lower case); Chinese text is unchanged.
    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Whether `written` already names the qualifier, as a word of its own (`Q3 ≤ 16 m³/h` names `Q3`).
    static func mentions(_ written: String, _ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        var search = written.startIndex..<written.endIndex
        while let found = written.range(of: name, range: search) {
            let before = found.lowerBound == written.startIndex ? nil : written[written.index(before: found.lowerBound)]
            let after = found.upperBound == written.endIndex ? nil : written[found.upperBound]
            if !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false) { return true }
            search = found.upperBound..<written.endIndex
        }
        return false
    }
}
