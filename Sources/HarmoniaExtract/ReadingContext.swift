import Foundation
import HarmoniaIngest
import HarmoniaModel

/// What every reader needs while it reads one document: the catalogue, the vocabulary, the language and
/// the file name for messages; and the small judgements shared by tables and sentences.
struct ReadingContext: Sendable {
    let catalogue: ConceptCatalogue
    let finder: ConceptFinder
    let vocabulary: Vocabulary
    /// The document's language (`en`, `zh`, `fr`): labels are written in it.
    var lang: String
    /// The file as the user named it, for messages.
    let file: String

    init(catalogue: ConceptCatalogue, finder: ConceptFinder, lang: String, file: String) {
        self.catalogue = catalogue
        self.finder = finder
        vocabulary = .shipped
        self.lang = lang
        self.file = file
    }

    /// A qualifier name from a heading: the vocabulary's name (`标称值` → `nominal`), else the heading
    /// itself made into an XML attribute name (`Denotation of each channel` → `denotation-of-each-channel`).
    func qualifierName(_ heading: String) -> String {
        if let name = vocabulary.qualifierNames[TextFolding.labelKey(heading)] { return name }
        var name = ""
        for scalar in TextFolding.tokenKey(heading).unicodeScalars {
            // What an XML name may hold: ASCII letters and digits, `_`, `.`, and letters past U+00C0 (CJK,
            // accented Latin); never a symbol such as `²` that XML refuses in a name.
            let isASCIIName =
                scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == ".")
            let allowed =
                isASCIIName
                || (scalar.value >= 0xC0 && CharacterSet.letters.contains(scalar) && scalar.value != 0xD7
                    && scalar.value != 0xF7)
            if allowed {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("-") && !name.isEmpty {
                name += "-"
            }
            if name.count >= 40 { break }
        }
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        guard let first = name.unicodeScalars.first else { return "row" }
        if !CharacterSet.letters.contains(first) && first != "_" || name.lowercased().hasPrefix("xml") {
            name = "q-" + name
        }
        return name
    }

    /// Names made unique within one indicator (`class`, `class-2`), keeping the first of each.
    func uniqueNames(_ qualifiers: [Qualifier]) -> [Qualifier] {
        var seen: [String: Int] = [:]
        return qualifiers.map { qualifier in
            let count = seen[qualifier.name, default: 0] + 1
            seen[qualifier.name] = count
            return count == 1 ? qualifier : Qualifier("\(qualifier.name)-\(count)", qualifier.value)
        }
    }

    /// A heading cell that names a qualifier value: `Class A` → `class` = `A`, `E2` → `class` = `E2`.
    func headerQualifier(_ text: String) -> Qualifier? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.count == 2, let name = vocabulary.qualifierNames[TextFolding.labelKey(words[0])], words[1].count <= 6,
            words[1].contains(where: { $0.isUppercase || $0.isNumber })
        {
            return Qualifier(name, words[1])
        }
        if words.count == 1, text.count <= 6, vocabulary.isClassToken(text) {
            return Qualifier("class", text.hasSuffix("级") ? String(text.dropLast()) : text)
        }
        return nil
    }

    /// `最大允许误差/mg` → (`最大允许误差`, `mg`); `Frequency (THz)` → (`Frequency`, `THz`); otherwise no unit.
    func splitUnit(_ heading: String) -> (name: String, unit: String?) {
        let text = heading.trimmingCharacters(in: .whitespaces)
        let patterns = [#"^(.*?)\s*[/／]\s*([^/／]{1,12})$"#, #"^(.*?)\s*[(（\[]\s*([^()（）\[\]]{1,12})\s*[)）\]]$"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let nameRange = Range(match.range(at: 1), in: text), let unitRange = Range(match.range(at: 2), in: text)
            else { continue }
            var unit = String(text[unitRange]).trimmingCharacters(in: .whitespaces)
            // "1/h", as headings print a reciprocal unit, is `h^-1` in the quantity grammar.
            if unit.hasPrefix("1/"), !unit.dropFirst(2).contains(where: { "/·* ".contains($0) }) {
                unit = unit.dropFirst(2) + "^-1"
            }
            if let known = vocabulary.headerUnits[TextFolding.labelKey(unit)] {
                return (String(text[nameRange]), known)
            }
            if isUnit(unit) { return (String(text[nameRange]), unit) }
        }
        if isUnit(text) && text.count <= 4 && catalogue.resolve(label: text) == nil { return ("", text) }
        return (text, nil)
    }

    /// Whether `text` reads as a unit; all-capital abbreviations (`PL`, `DC`, `MPE`) are names, not units.
    func isUnit(_ text: String) -> Bool {
        guard !text.isEmpty,
            !text.contains(where: \.isNumber) || text.contains(where: { "²³^".contains($0) }) || text.hasPrefix("1/")
        else { return false }
        let letters = text.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy({ $0.isASCII && $0.isUppercase }) { return false }
        return (try? UnitParser.parse(text)) != nil
    }

    /// A caption as a label: `表1 砝码的最大允许误差` → `最大允许误差` when a catalogue name stands in it
    /// (Chinese captions name the concept inside longer text), else the caption as printed.
    func labelText(_ caption: String) -> String {
        if catalogue.resolve(label: caption) != nil { return caption }
        let folded = ConceptFinder.fold(caption)
        if folded.contains(where: { $0.unicodeScalars.first.map(ConceptFinder.isCJK) ?? false }),
            let match = finder.longest(in: folded)
        {
            return match.name
        }
        return caption
    }
}
