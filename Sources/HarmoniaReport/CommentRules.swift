import Foundation
import HarmoniaAlign
import HarmoniaModel

/// The comment sheet's rules and English wording, read from `Resources/comments.json`.
struct CommentRules: Sendable {
    let headings: [String]
    let editorialMarkers: [String]
    let nationalConcepts: Set<String>
    /// Qualifier values (as written, compared without case) that name a national stage of legal control
    /// (`subsequent`, `in-service`): a requirement stated for such a stage only is not proposed either.
    let nationalQualifierValues: Set<String>
    /// Requirements the documents state as several indicators (`sampling-plan`: `sample-size`,
    /// `acceptance-number`), each concept with the symbol it is printed with (`n`, `Ac`): one row each.
    let jointRequirements: [String: [(concept: String, symbol: String)]]
    private let templates: [String: String]

    /// The joint requirements as their concepts, for ``DeviationGroups/joined(_:_:_:)``.
    var jointConcepts: [String: [String]] { jointRequirements.mapValues { $0.map(\.concept) } }

    /// `n = 200, Ac = 5`: the values of a joint row's pairs on one side, by their symbols, in the order
    /// the rules list them, joined by `separator`.
    func jointValues(_ pairs: [Pair], joint: String, separator: String, value: (Pair) -> String) -> String {
        (jointRequirements[joint] ?? []).compactMap { member in
            pairs.first { $0.concept == member.concept }.map { member.symbol + " = " + value($0) }
        }.joined(separator: separator)
    }

    static let shipped: CommentRules = {
        guard let url = Bundle.module.url(forResource: "comments", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let headings = root["headings"] as? [String], let markers = root["editorialMarkers"] as? [String],
            let national = root["nationalConcepts"] as? [String],
            let stages = root["nationalQualifierValues"] as? [String],
            let templates = root["templates"] as? [String: String],
            let joints = root["jointRequirements"] as? [String: [[String]]]
        else {
            fatalError("the comment-sheet rules are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        return CommentRules(
            headings: headings, editorialMarkers: markers, nationalConcepts: Set(national),
            nationalQualifierValues: Set(stages.map { $0.lowercased() }),
            jointRequirements: joints.mapValues { $0.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil } },
            templates: templates)
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
