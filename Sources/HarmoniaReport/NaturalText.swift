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
        var text = minusSigns(groupDigits(unitAfterRange(ReadableUnit.restate(written))))
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

    /// A range whose one unit stands after its upper end (`5.3 .. 16.0 g/cm³`) in brackets, so that the
    /// unit reads as applying to both ends (GB 3101, JJF 1059): `(5.3 .. 16.0) g/cm³`. A range that
    /// writes the unit at both ends (`5 °C .. 55 °C`) is unchanged.
    static func unitAfterRange(_ text: String) -> String {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { return text }
        let lower = parts[0].trimmingCharacters(in: .whitespaces)
        let rest = parts[1].trimmingCharacters(in: .whitespaces)
        guard let space = rest.firstIndex(of: " ") else { return text }
        let upper = String(rest[..<space])
        let unit = rest[rest.index(after: space)...].trimmingCharacters(in: .whitespaces)
        let isNumber: (String) -> Bool = { word in
            word.contains { $0.isASCII && $0.isNumber }
                && word.allSatisfy { ($0.isASCII && $0.isNumber) || ".,+-−\u{202F}".contains($0) }
        }
        guard isNumber(lower), isNumber(upper), !unit.isEmpty, !unit.contains(" "),
            unit.first.map({ !($0.isNumber || $0 == ".") }) == true
        else { return text }
        return "(" + lower + " .. " + upper + ") " + unit
    }

    /// A hyphen-minus before a number, at the start or after a space or bracket (`-40 ℃`, `≤ -15 %`),
    /// as the minus sign U+2212 that print uses; hyphens inside words and between numbers are left.
    static func minusSigns(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "-", next.map({ $0.isASCII && $0.isNumber }) == true,
                before.map({ $0 == " " || $0 == "(" || $0 == "（" || $0 == "～" || $0 == "±" }) ?? true
            {
                out.append("\u{2212}")
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Integer parts of five digits or more in groups of three (`1600000` → `1 600 000`), with a narrow
    /// no-break space as SI and GB 3101 write them, so that a long number never breaks across lines.
    /// Four-digit numbers are never grouped (GB 3101 allows either; one rule for every number keeps the
    /// entries of one list alike: `2000 e < m ≤ 10 000 e` beside `500 e < m ≤ 2000 e`); fractional
    /// digits and digits inside words (`T130`, `ΔP63`) are left alone.
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

    /// One qualifier: `E2 级`, `nominal value 1 kg` (the name's pattern from ``QualifierLabels``, else
    /// the name before the value); only the value when it already names the qualifier (`DN > 50 mm`, not
    /// `DN DN > 50 mm`). A set names each member: `classes 1 and 2`, `1、2 级`.
    public static func qualifier(name: String, written: String, in language: ReportLanguage) -> String {
        let members = written.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let isSet = members.count > 1 && !members.contains(where: \.isEmpty)
        let tokens = (isSet ? members : [written.trimmingCharacters(in: .whitespaces)])
        // A labelled token says what it is (`首次检定`, `rated operating conditions`) unless the file says
        // its label needs the name (`0.5L～0.8C`), and a value that names its qualifier (`DN > 50 mm`)
        // needs no name in front.
        let selfNamed =
            tokens.allSatisfy { QualifierLabels.value($0, in: language) != nil && !QualifierLabels.keepsName($0) }
        let shown =
            isSet ? ReportStrings(language).list(members.map { value($0, in: language) }) : value(written, in: language)
        if selfNamed || mentions(written, name) || QualifierLabels.symbol(name).map({ mentions(written, $0) }) == true {
            return shown
        }
        if let pattern = QualifierLabels.pattern(name, in: language) {
            return pattern.replacingOccurrences(of: "{value}", with: shown)
        }
        return (isSet ? QualifierLabels.pluralName(name, in: language) : QualifierLabels.name(name, in: language))
            + " " + shown
    }

    /// The qualifiers of an indicator, joined as the language joins clauses of a phrase. A qualifier the
    /// concept's name already says (`额定工作条件` beside `额定工作相对湿度范围`) is left out; currents
    /// in percent of a single basis current are written as multiples of it (`5 % ≤ I < 10 %` with basis
    /// `Ib` → `0.05Ib ≤ I < 0.1Ib`), the basis then said by them.
    public static func qualifiers(
        _ qualifiers: [Qualifier], in language: ReportLanguage, concept: String? = nil
    ) -> String {
        let kept = qualifiers.filter { qualifier in
            guard let concept, let stem = QualifierLabels.stem(qualifier.written, in: language) else { return true }
            return !concept.lowercased().contains(stem.lowercased())
        }
        return relativeCurrents(kept).map { qualifier(name: $0.name, written: $0.written, in: language) }
            .joined(separator: language == .zh ? "，" : ", ")
    }

    /// Currents in percent rewritten as multiples of the one basis current the qualifiers give, and the
    /// basis dropped; unchanged when there is no single basis or no current in percent.
    static func relativeCurrents(_ qualifiers: [Qualifier]) -> [Qualifier] {
        guard let basis = qualifiers.first(where: { $0.name == "basis" }), !basis.written.contains("|"),
            let index = qualifiers.firstIndex(where: { $0.name == "current" && $0.written.contains("%") })
        else { return qualifiers }
        let symbol = basis.written.trimmingCharacters(in: .whitespaces)
        guard let rewritten = multiples(qualifiers[index].written, of: symbol) else { return qualifiers }
        var out = qualifiers
        out[index].written = rewritten
        out.removeAll { $0.name == "basis" }
        return out
    }

    /// `5 % ≤ I < 10 %` → `0.05Ib ≤ I < 0.1Ib`; `nil` when a percentage is not a plain decimal number.
    private static func multiples(_ text: String, of basis: String) -> String? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var changed = false
        while index + 1 < words.count {
            if words[index + 1] == "%" {
                guard let percent = Decimal(string: words[index], locale: Locale(identifier: "en_US_POSIX")) else {
                    return nil
                }
                let fraction = NSDecimalNumber(decimal: percent / 100).stringValue
                words[index] = fraction + basis
                words.remove(at: index + 1)
                changed = true
            }
            index += 1
        }
        return changed ? words.joined(separator: " ") : nil
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
