import Foundation
import HarmoniaXML

/// Formulae as plain text: Metanorma's AsciiMath twin, or MathML (STS `inline-formula`, Metanorma without a twin).
enum MathText {
    static let mathMLNamespace = "http://www.w3.org/1998/Math/MathML"

    /// UnitsML ids Metanorma writes that are not unit symbols.
    private static let unitsML: [String: String] = [
        "degC": "°C", "deg": "°", "ohm": "Ω", "Ohm": "Ω", "micro": "µ", "um": "µm",
    ]

    /// AsciiMath → text: `473.6127 "unitsml(THz)"` → `473.6127 THz`, `0 <= m <= 50000 " v"` → `0 ≤ m ≤ 50000 v`,
    /// `1.5 xx 10^(-6)` → `1.5 × 10^(-6)`, `p_{"LC"}` → `p_LC`, `rm(HeNe)` → `HeNe`.
    static func fromAsciiMath(_ source: String) -> String {
        var text = source
        // "unitsml(THz)" → THz
        if let regex = try? NSRegularExpression(pattern: #""unitsml\(([^)"]*)\)""#) {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                guard let whole = Range(match.range, in: text), let idRange = Range(match.range(at: 1), in: text) else {
                    continue
                }
                let id = String(text[idRange])
                text.replaceSubrange(whole, with: " " + (unitsML[id] ?? id))
            }
        }
        // font wrappers: rm(x), ii(x), bb(x), text(x), mathrm(x)
        for _ in 0..<4 {
            text = text.replacingOccurrences(
                of: #"\b(?:rm|ii|bb|bf|it|tt|sf|text|mathrm|mathit|mathbf)\(([^()]*)\)"#, with: "$1",
                options: .regularExpression)
        }
        // subscripts: _{"LC"}, _("LC"), _{LC} → _LC
        text = text.replacingOccurrences(of: #"_[{(]"?([^"{}()]*)"?[})]"#, with: "_$1", options: .regularExpression)
        // quoted text: " v" → v
        text = text.replacingOccurrences(of: #""([^"]*)""#, with: "$1", options: .regularExpression)
        let operators: [(String, String)] = [
            ("<=", "≤"), (">=", "≥"), ("+-", "±"), ("!=", "≠"), ("~~", "≈"), (" xx ", " × "),
            ("xx", "×"), ("->", "→"), ("//", "/"),
        ]
        for (from, to) in operators { text = text.replacingOccurrences(of: from, with: to) }
        for (name, letter) in [("lambda", "λ"), ("nu", "ν"), ("mu", "µ"), ("Delta", "Δ"), ("rho", "ρ")] {
            text = text.replacingOccurrences(of: "\\b\(name)\\b", with: letter, options: .regularExpression)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// MathML → text: tokens in order; adjacent `mn`s are digit groups (`<mn>200</mn><mn>000</mn>` → `200 000`);
    /// `msup` of 10 → `10^e`; `msub` → `base_sub`.
    static func fromMathML(_ element: XMLElement) -> String {
        var out = ""
        append(element, to: &out)
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func append(_ element: XMLElement, to out: inout String) {
        switch element.localName {
        case "mn":
            let digits = element.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            if let last = out.last, last.isNumber { out += " " }
            out += digits
        case "mi", "mtext", "ms":
            let text = element.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.count > 1 || (out.last?.isNumber ?? false) { out += " " }
            out += text
        case "mo":
            let text = element.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            out += text == "−" ? "-" : text
        case "mspace":
            out += " "
        case "msup":
            let parts = element.childElements
            guard parts.count == 2 else { break }
            append(parts[0], to: &out)
            out += "^"
            var exponent = ""
            append(parts[1], to: &exponent)
            out += exponent.replacingOccurrences(of: " ", with: "")
        case "msub":
            let parts = element.childElements
            guard parts.count == 2 else { break }
            append(parts[0], to: &out)
            var sub = ""
            append(parts[1], to: &sub)
            out += "_" + sub.trimmingCharacters(in: .whitespaces)
        case "mfrac":
            let parts = element.childElements
            guard parts.count == 2 else { break }
            out += " ("
            append(parts[0], to: &out)
            out += ")/("
            append(parts[1], to: &out)
            out += ") "
        case "annotation", "annotation-xml":
            break
        default:
            for child in element.childElements { append(child, to: &out) }
        }
    }
}
