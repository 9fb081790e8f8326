import Foundation

/// How reports name qualifiers and their token values in each language (`class` → `等级`,
/// `initial` → `首次检定`), read from `Resources/qualifiers.json`.
///
/// This is the one place reports look qualifier vocabulary up, so that a catalogue of qualifier labels kept
/// beside the concepts can replace the file without touching a writer. A name or value the file does not
/// list is printed as the document writes it.
public enum QualifierLabels {
    private struct Table: Sendable {
        var exact: [String: [String: String]] = [:]
        var folded: [String: [String: String]] = [:]

        init(_ raw: [String: [String: String]]) {
            exact = raw
            for (key, labels) in raw { folded[key.lowercased()] = labels }
        }

        func label(_ key: String, _ language: ReportLanguage) -> String? {
            label(key, field: language.rawValue)
        }

        func label(_ key: String, field: String) -> String? {
            (exact[key] ?? folded[key.lowercased()])?[field]
        }
    }

    private static let tables: (names: Table, values: Table) = {
        guard let url = Bundle.module.url(forResource: "qualifiers", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let names = root["names"] as? [String: [String: String]],
            let values = root["values"] as? [String: [String: String]]
        else {
            fatalError("the qualifier labels are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        return (Table(names), Table(values))
    }()

    /// The qualifier's name in `language`: `等级` for `class`; the name as written when none is known.
    public static func name(_ name: String, in language: ReportLanguage) -> String {
        tables.names.label(name, language) ?? name
    }

    /// The qualifier's name before a list of several values: `classes` (`classes 1 and 2`) in English,
    /// where the file gives `en-plural`; the name as ``name(_:in:)`` gives it otherwise (Chinese has no plural).
    public static func pluralName(_ name: String, in language: ReportLanguage) -> String {
        guard language == .en, let plural = tables.names.label(name, field: "en-plural") else {
            return self.name(name, in: language)
        }
        return plural
    }

    /// How `language` writes the qualifier around its value: `{value} 级` for `class` in Chinese
    /// (`2 级`), `以 {value} 为基准` for `basis`; `nil` when the name simply comes before the value.
    public static func pattern(_ name: String, in language: ReportLanguage) -> String? {
        tables.names.label(name, field: language.rawValue + "-pattern")
    }

    /// The quantity's symbol (`I` for `current`), by which a value can name its qualifier; `nil` when none.
    public static func symbol(_ name: String) -> String? {
        tables.names.label(name, field: "symbol")
    }

    /// Whether a labelled token still needs its qualifier's name (`功率因数 0.5L～0.8C`): its label
    /// does not say what it is.
    public static func keepsName(_ value: String) -> Bool {
        tables.values.label(value.trimmingCharacters(in: .whitespaces), field: "keep-name") == "yes"
    }

    /// Words that, found in a concept's name, already say this token (`额定工作` for `rated`): the
    /// qualifier is then left out of the indicator's name. `nil` when the file gives none.
    public static func stem(_ value: String, in language: ReportLanguage) -> String? {
        tables.values.label(value.trimmingCharacters(in: .whitespaces), field: language.rawValue + "-stem")
    }

    /// A token value in `language`: `首次检定` for `initial`; `nil` when the value is not a known token.
    public static func value(_ value: String, in language: ReportLanguage) -> String? {
        tables.values.label(value, language)
    }

    /// Every name the file lists, for tests that check each has both languages.
    static var knownNames: [String] { tables.names.exact.keys.sorted() }
    static var knownValues: [String] { tables.values.exact.keys.sorted() }
    static func hasBothLanguages(name: String) -> Bool {
        ReportLanguage.allCases.allSatisfy { tables.names.label(name, $0) != nil }
    }
    static func hasBothLanguages(value: String) -> Bool {
        ReportLanguage.allCases.allSatisfy { tables.values.label(value, $0) != nil }
    }
}
