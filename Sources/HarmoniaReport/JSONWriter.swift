import HarmoniaAlign
import HarmoniaModel

/// Writes a ``Comparison`` as the contract's JSON (`format: harmonia.comparison`, version 1).
///
/// The writer builds the text directly rather than through `JSONEncoder`: the contract fixes the key
/// order, and the same comparison must always give the same bytes.
public struct JSONWriter: Sendable {
    public init() {}

    public func write(_ comparison: Comparison) -> String {
        var out = JSONOutput()
        out.open("{")
        out.field("format") { $0.string("harmonia.comparison") }
        out.field("version") { $0.raw("1") }
        out.field("domestic") { $0.document(comparison.domestic) }
        out.field("international") { $0.document(comparison.international) }
        out.field("summary") { out in
            out.open("{")
            out.field("score") { $0.raw(comparison.score.text) }
            out.field("degree") { $0.string(comparison.degree.computed.rawValue) }
            out.field("declaredDegree") { $0.optionalString(comparison.degree.declared?.rawValue) }
            out.field("counts") { out in
                out.inlineObject(Verdict.allCases.map { ($0.rawValue, String(comparison.counts[$0])) })
            }
            out.field("unexplained") { $0.raw(String(comparison.degree.unexplained.count)) }
            out.field("declarationSupported") { $0.raw(comparison.degree.declarationSupported ? "true" : "false") }
            out.field("declarationNote") { $0.optionalString(comparison.degree.declarationNote) }
            out.field("scoreTerms") { out in
                out.open("{")
                out.field("formula") { $0.string(Score.formula) }
                out.field("pairs") { $0.raw(String(comparison.score.pairs)) }
                out.field("credit") { $0.raw(comparison.score.credit.description) }
                out.field("weights") { out in
                    out.inlineObject(Verdict.allCases.map { ($0.rawValue, Score.weights[$0]!.description) })
                }
                out.close("}")
            }
            out.close("}")
        }
        out.field("pairs") { out in
            out.open("[")
            for pair in comparison.pairs {
                out.element { $0.pair(pair) }
            }
            out.close("]")
        }
        out.field("unexplainedDeviations") { out in
            out.open("[")
            for deviation in comparison.degree.unexplained {
                let pair = comparison.pairs[deviation.pairIndex]
                out.element { out in
                    out.open("{")
                    out.field("verdict") { $0.string(pair.verdict.rawValue) }
                    out.field("clause") { $0.string(pair.clause) }
                    out.field("domestic") { $0.optionalString(pair.domestic?.id) }
                    out.field("international") { $0.optionalString(pair.international?.id) }
                    out.field("reason") { $0.string(deviation.reason) }
                    out.close("}")
                }
            }
            out.close("]")
        }
        out.field("warnings") { out in
            out.open("[")
            for warning in comparison.warnings { out.element { $0.string(warning) } }
            out.close("]")
        }
        out.close("}")
        return out.text + "\n"
    }
}

/// A tiny pretty-printing JSON builder: two-space indent, keys in the order written.
struct JSONOutput {
    private(set) var text = ""
    private var depth = 0
    private var needsComma: [Bool] = []

    mutating func open(_ bracket: String) {
        text += bracket
        depth += 1
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        depth -= 1
        let hadItems = needsComma.removeLast()
        if hadItems { newline() }
        text += bracket
    }

    private mutating func newline() {
        text += "\n"
        text += String(repeating: "  ", count: depth)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    mutating func field(_ key: String, _ value: (inout JSONOutput) -> Void) {
        separator()
        string(key)
        text += ": "
        value(&self)
    }

    mutating func element(_ value: (inout JSONOutput) -> Void) {
        separator()
        value(&self)
    }

    mutating func raw(_ literal: String) { text += literal }

    /// `{ "a": 1, "b": 2 }` on one line, values given as JSON literals.
    mutating func inlineObject(_ entries: [(String, String)]) {
        text += "{ "
        for (index, entry) in entries.enumerated() {
            if index > 0 { text += ", " }
            string(entry.0)
            text += ": " + entry.1
        }
        text += " }"
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { text += "null" }
    }

    mutating func string(_ value: String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    mutating func document(_ summary: DocumentSummary) {
        open("{")
        field("id") { $0.string(summary.id) }
        field("role") { $0.string(summary.role.rawValue) }
        field("edition") { $0.optionalString(summary.edition) }
        field("date") { $0.optionalString(summary.date) }
        close("}")
    }

    mutating func side(_ indicator: Indicator?) {
        guard let indicator else {
            text += "null"
            return
        }
        open("{")
        field("id") { $0.string(indicator.id) }
        field("clause") { $0.string(indicator.clause) }
        field("value") { $0.string(indicator.value.written) }
        field("qualifiers") { out in
            var seen = Set<String>()
            var entries: [(String, String)] = []
            for qualifier in indicator.qualifiers where seen.insert(qualifier.name).inserted {
                var literal = JSONOutput()
                literal.string(qualifier.written)
                entries.append((qualifier.name, literal.text))
            }
            if entries.isEmpty { out.raw("{}") } else { out.inlineObject(entries) }
        }
        field("concept") { $0.string(indicator.conceptID) }
        close("}")
    }

    mutating func pair(_ pair: Pair) {
        open("{")
        field("verdict") { $0.string(pair.verdict.rawValue) }
        field("concept") { $0.string(pair.concept) }
        field("domestic") { $0.side(pair.domestic) }
        field("international") { $0.side(pair.international) }
        field("qualifierDifferences") { out in
            if pair.qualifierDifferences.isEmpty {
                out.raw("[]")
                return
            }
            out.open("[")
            for difference in pair.qualifierDifferences {
                out.element { out in
                    out.open("{")
                    out.field("name") { $0.string(difference.name) }
                    out.field("domestic") { $0.optionalString(difference.domestic) }
                    out.field("international") { $0.optionalString(difference.international) }
                    out.field("overlaps") { $0.raw(difference.overlaps ? "true" : "false") }
                    out.close("}")
                }
            }
            out.close("]")
        }
        field("explained") { out in
            switch pair.explained {
            case nil: out.raw("null")
            case let value?: out.raw(value ? "true" : "false")
            }
        }
        field("justification") { $0.optionalString(pair.explanation?.text.text) }
        field("detail") { $0.string(pair.detail) }
        field("pairing") { $0.string(pair.step.rawValue) }
        close("}")
    }
}
