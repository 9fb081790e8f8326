import Foundation
import HarmoniaAlign
import HarmoniaModel

/// The language of a report's interface text (headings, labels, sentences Harmonia writes).
///
/// The documents' own text (titles, values, justifications) is never translated.
public enum ReportLanguage: String, Hashable, Sendable, CaseIterable {
    /// Chinese (simplified).
    case zh
    /// English.
    case en

    /// The language for a BCP 47 tag: `zh`, `zh-CN` and `zh-Hans` give Chinese, anything else English.
    public init(tag: String) {
        self = tag.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The tag an HTML page declares; `zh-Hans` so browsers pick simplified-Chinese glyphs.
    var htmlTag: String { self == .zh ? "zh-Hans" : "en" }
}

/// Interface strings in one language, read from `Resources/strings.json`.
///
/// Strings are data so that a translator edits JSON, not Swift. A template names its blanks in braces
/// (`{did}`); ``fill(_:_:)`` replaces them in one pass, so text inserted from a document that happens to
/// contain braces is never read as a blank.
public struct ReportStrings: Sendable {
    /// The language these strings are in.
    public let language: ReportLanguage
    private let table: [String: String]

    /// Every language's table, loaded once from the bundle.
    static let all: [ReportLanguage: [String: String]] = {
        guard let url = Bundle.module.url(forResource: "strings", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let languages = root["languages"] as? [String: [String: String]]
        else {
            fatalError("the report strings are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        var tables: [ReportLanguage: [String: String]] = [:]
        for language in ReportLanguage.allCases {
            tables[language] = languages[language.rawValue] ?? [:]
        }
        return tables
    }()

    /// The strings of one language.
    public init(_ language: ReportLanguage) {
        self.language = language
        table = Self.all[language] ?? [:]
    }

    /// The keys each language defines, for tests that check the tables agree.
    public static func keys(_ language: ReportLanguage) -> Set<String> {
        Set((all[language] ?? [:]).keys)
    }

    /// The string for `key`; the key itself when the table lacks it (a test keeps that from shipping).
    public subscript(_ key: String) -> String {
        table[key] ?? key
    }

    /// The template for `key` with its blanks filled from `values`; an unknown blank stays as written.
    public func fill(_ key: String, _ values: [String: String]) -> String {
        Self.fill(template: self[key], values)
    }

    static func fill(template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[afterOpen..<close])
            if let value = values[name] {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The template for `key`, or for `key.one` when `count` is one and the table has it (`1 deviation`,
    /// not `1 deviations`), filled from `values`.
    public func fill(_ key: String, count: Int, _ values: [String: String]) -> String {
        count == 1 && table[key + ".one"] != nil ? fill(key + ".one", values) : fill(key, values)
    }

    // MARK: Common phrases

    /// A verdict's name: `stricter`, `更严`.
    public func verdict(_ verdict: Verdict) -> String { self["verdict." + verdict.rawValue] }

    /// A degree with its name: `MOD (modified)`, `MOD（修改）`.
    public func degree(_ degree: Degree) -> String { self["degree." + degree.rawValue] }

    /// Items as the language lists them: `1 and 2`, `A, B and C` in English (no serial comma, as OIML
    /// and ISO texts write), `1、2`, `A、B、C` in Chinese.
    public func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: self["list.and"]) + self["list.lastAnd"] + last
    }

    /// `yes`, `no`, or empty for `nil` (as for the `explained` of an agreeing pair).
    public func yesNo(_ value: Bool?) -> String {
        switch value {
        case nil: ""
        case true?: self["yes"]
        case false?: self["no"]
        }
    }
}
