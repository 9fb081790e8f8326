import Foundation
import HarmoniaModel

/// A trend chart's words in one language, read from `Resources/chart-strings.json` (data, so that a
/// translator edits JSON, not Swift).
struct ChartStrings: Sendable {
    let language: ReportLanguage
    private let table: [String: String]

    private static let all: [String: [String: String]] = {
        guard let url = Bundle.module.url(forResource: "chart-strings", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let languages = root["languages"] as? [String: [String: String]]
        else {
            fatalError("the chart strings are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        return languages
    }()

    init(_ language: ReportLanguage) {
        self.language = language
        table = Self.all[language.rawValue] ?? [:]
    }

    static func keys(_ language: ReportLanguage) -> Set<String> { Set((all[language.rawValue] ?? [:]).keys) }

    subscript(_ key: String) -> String { table[key] ?? key }

    /// The template with `{name}` blanks filled in one pass (the report strings' rule).
    func fill(_ key: String, _ values: [String: String]) -> String {
        ReportStrings.fill(template: self[key], values)
    }

    /// A degree of correspondence as the chart writes it: the code in English (`NEQ`), the standard term with
    /// the code in Chinese (`非等效采用（NEQ）`), from the report strings.
    func degree(_ degree: Degree) -> String {
        language == .zh ? ReportStrings(.zh).degree(degree) : degree.rawValue
    }
}
