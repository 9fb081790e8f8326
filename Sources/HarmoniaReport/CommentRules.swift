import Foundation
import HarmoniaModel

/// The comment sheet's rules and English wording, read from `Resources/comments.json`.
struct CommentRules: Sendable {
    let headings: [String]
    let editorialMarkers: [String]
    let nationalConcepts: Set<String>
    /// Qualifier values (as written, compared without case) that name a national stage of legal control
    /// (`subsequent`, `in-service`): a requirement stated for such a stage only is not proposed either.
    let nationalQualifierValues: Set<String>
    private let templates: [String: String]

    static let shipped: CommentRules = {
        guard let url = Bundle.module.url(forResource: "comments", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let headings = root["headings"] as? [String], let markers = root["editorialMarkers"] as? [String],
            let national = root["nationalConcepts"] as? [String],
            let stages = root["nationalQualifierValues"] as? [String],
            let templates = root["templates"] as? [String: String]
        else {
            fatalError("the comment-sheet rules are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        return CommentRules(
            headings: headings, editorialMarkers: markers, nationalConcepts: Set(national),
            nationalQualifierValues: Set(stages.map { $0.lowercased() }), templates: templates)
    }()

    /// The template for `key` with its blanks filled.
    func fill(_ key: String, _ values: [String: String] = [:]) -> String {
        ReportStrings.fill(template: templates[key] ?? key, values)
    }

    func has(_ key: String) -> Bool { templates[key] != nil }

    /// Whether the indicator is stated for a national stage of legal control only (`subsequent`, `in-service`).
    func isNationalStage(_ indicator: Indicator?) -> Bool {
        indicator?.qualifiers.contains { nationalQualifierValues.contains($0.written.lowercased()) } ?? false
    }

    /// Whether a justification declares the difference editorial.
    func isEditorial(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return editorialMarkers.contains { lowered.contains($0.lowercased()) }
    }
}
