import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG holds, read with Foundation's XML parser (which fails on anything that is not well-formed).
final class SVGInspection: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var familyIndex: Int?
    }
    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private var currentFamily: Int?
    private var familyCount = 0
    private(set) var error: String?

    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "parse failed" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "g", attributes["class"] == "family" {
            currentFamily = familyCount
            familyCount += 1
        }
        elements.append(Element(name: name, attributes: attributes, text: "", familyIndex: currentFamily))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g", let index = stack.last, elements[index].attributes["class"] == "family" { currentFamily = nil }
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in stack { elements[index].text += string }
    }

    func withClass(_ name: String) -> [Element] { elements.filter { $0.attributes["class"] == name } }
}
