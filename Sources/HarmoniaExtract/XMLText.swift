import Foundation
import HarmoniaXML

/// Text of mixed content the way a reader sees it on the page: formulae as text, footnotes and
/// cross-reference machinery left out, white space collapsed.
enum XMLText {
    /// Elements whose content is not part of the running text.
    /// (Metanorma presentation XML's renderings, every `fmt-*` element, are skipped too: see ``isSkipped(_:)``.)
    static let skipped: Set<String> = [
        "fn", "note", "bookmark", "index", "std-id-group", "object-id", "xref-label", "annotation",
    ]

    /// Whether an element's content stays out of the running text.
    static func isSkipped(_ name: String) -> Bool {
        skipped.contains(name) || name.hasPrefix("fmt-")
    }

    /// Every piece of `element`'s content: text, and formulae (`stem`, `inline-formula`, `disp-formula`, `math`) apart.
    static func pieces(_ element: XMLElement) -> [SourceParagraph.Piece] {
        var pieces: [SourceParagraph.Piece] = []
        collect(element, into: &pieces)
        return pieces
    }

    static func flat(_ element: XMLElement) -> String {
        SourceParagraph(pieces: pieces(element), line: nil, place: "").text
    }

    private static func collect(_ element: XMLElement, into pieces: inout [SourceParagraph.Piece]) {
        for node in element.children {
            switch node {
            case .text(let text):
                pieces.append(.text(text))
            case .element(let child):
                let name = child.localName
                if isSkipped(name) { continue }
                switch name {
                case "stem", "inline-formula", "disp-formula", "math":
                    let formula = formulaText(child)
                    if !formula.isEmpty { pieces.append(.formula(formula)) }
                case "br":
                    pieces.append(.text(" "))
                default:
                    collect(child, into: &pieces)
                }
            default:
                break
            }
        }
    }

    /// A formula element as text: the AsciiMath twin when there is one, else its MathML.
    static func formulaText(_ element: XMLElement) -> String {
        if let ascii = firstDescendant(element, named: "asciimath") {
            return MathText.fromAsciiMath(ascii.textContent)
        }
        if let math = element.localName == "math" ? element : firstDescendant(element, named: "math") {
            return MathText.fromMathML(math)
        }
        return element.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func firstDescendant(_ element: XMLElement, named name: String) -> XMLElement? {
        for child in element.childElements {
            if child.localName == name { return child }
            if let found = firstDescendant(child, named: name) { return found }
        }
        return nil
    }

    static func children(_ element: XMLElement, named name: String) -> [XMLElement] {
        element.childElements.filter { $0.localName == name }
    }

    static func child(_ element: XMLElement, named name: String) -> XMLElement? {
        element.childElements.first { $0.localName == name }
    }

    static func trimmed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `2021-10-01`, `2012-08`, `2021`: a date the format accepts, or `nil`.
    static func isoDate(_ text: String?) -> String? {
        guard let text = text.map(trimmed),
            text.range(
                of: #"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"#,
                options: .regularExpression) != nil
        else { return nil }
        return text
    }
}
