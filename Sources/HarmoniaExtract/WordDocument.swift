import Foundation
import HarmoniaXML

/// The body of a WordprocessingML document as a reader needs it: paragraphs (text, style, numbering)
/// and tables (cells with `gridSpan` and `vMerge`), in order; styles resolved to heading levels.
struct WordDocument {
    static let namespaces = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    struct Paragraph {
        var text: String
        /// 1 for a first-level heading, from the style's name (`heading 1`, `标题 1`) or outline level.
        var headingLevel: Int?
        /// Word's list numbering: level and list id (`numId` 0 means none).
        var numbering: (level: Int, id: String)?
        /// The paragraph's place in the body, counted from 1: `word/document.xml` is usually one long line,
        /// so the count, not the line, tells a reader where to look.
        var line: Int
    }

    enum Block {
        case paragraph(Paragraph)
        case table(rows: [SourceRow], line: Int)
    }

    struct Style {
        var name: String
        var outlineLevel: Int?
        var numbering: (level: Int, id: String)?
        var basedOn: String?
    }

    var blocks: [Block] = []
    private var styles: [String: Style] = [:]
    private var paragraphCount = 0
    private var tableCount = 0

    /// Lists whose level is numbered like clauses (`%1.%2`, decimal), as `numId:ilvl`, from numbering.xml.
    private(set) var clauseLevels: Set<String> = []

    init(document: XMLElement, styles stylesRoot: XMLElement?, numbering numberingRoot: XMLElement? = nil) {
        if let stylesRoot { readStyles(stylesRoot) }
        if let numberingRoot { readNumbering(numberingRoot) }
        guard let body = Self.child(document, "body") else { return }
        read(body)
    }

    private mutating func read(_ container: XMLElement) {
        for element in container.childElements {
            switch element.localName {
            case "p":
                // Text boxes (a cover's code and title often sit in them) are paragraphs of their own,
                // read before the paragraph that anchors them.
                for box in Self.descendants(element, named: "txbxContent") { read(box) }
                paragraphCount += 1
                blocks.append(.paragraph(paragraph(element, number: paragraphCount)))
            case "tbl":
                tableCount += 1
                blocks.append(.table(rows: rows(element), line: tableCount))
            case "sdt":
                if let content = Self.child(element, "sdtContent") { read(content) }
            case "customXml", "ins", "smartTag":
                read(element)
            default: break
            }
        }
    }

    private func paragraph(_ p: XMLElement, number: Int) -> Paragraph {
        var text = ""
        Self.collectText(p, into: &text)
        let properties = Self.child(p, "pPr")
        let styleID = properties.flatMap { Self.child($0, "pStyle") }.flatMap { Self.value($0) }
        var level: Int?
        var numbering = properties.flatMap { Self.child($0, "numPr") }.flatMap(Self.numbering)
        if let outline = properties.flatMap({ Self.child($0, "outlineLvl") }).flatMap({ Self.value($0) }).flatMap({
            Int($0)
        }), outline < 9 {
            level = outline + 1
        }
        var id = styleID
        var depth = 0
        while let current = id, let style = styles[current], depth < 8 {
            if level == nil { level = Self.headingLevel(style) }
            if numbering == nil { numbering = style.numbering }
            id = style.basedOn
            depth += 1
        }
        if numbering?.id == "0" { numbering = nil }
        let trimmed = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return Paragraph(
            text: trimmed.trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}")),
            headingLevel: level, numbering: numbering, line: number)
    }

    private func rows(_ table: XMLElement) -> [SourceRow] {
        var rows: [SourceRow] = []
        for tr in table.childElements where tr.localName == "tr" {
            let isHeader =
                Self.child(tr, "trPr").flatMap { Self.child($0, "tblHeader") }
                .map { Self.value($0).map { $0 != "0" && $0 != "false" } ?? true } ?? false
            var cells: [SourceCell] = []
            for tc in tr.childElements where tc.localName == "tc" || tc.localName == "sdt" {
                let cell = tc.localName == "sdt" ? Self.child(tc, "sdtContent").flatMap { Self.child($0, "tc") } : tc
                guard let cell else { continue }
                let properties = Self.child(cell, "tcPr")
                let span =
                    properties.flatMap { Self.child($0, "gridSpan") }.flatMap { Self.value($0) }.flatMap { Int($0) }
                    ?? 1
                let merge = properties.flatMap { Self.child($0, "vMerge") }
                let continues = merge.map { Self.value($0).map { $0 == "continue" } ?? true } ?? false
                var text = ""
                for p in cell.childElements where p.localName == "p" {
                    var line = ""
                    Self.collectText(p, into: &line)
                    text += (text.isEmpty ? "" : " ") + line
                }
                cells.append(SourceCell(text: XMLText.trimmed(text), colspan: span, continuesAbove: continues))
            }
            rows.append(SourceRow(isHeader: isHeader, cells: cells))
        }
        return rows
    }

    private mutating func readStyles(_ root: XMLElement) {
        for style in root.childElements where style.localName == "style" {
            guard let id = Self.attribute(style, "styleId") else { continue }
            let properties = Self.child(style, "pPr")
            styles[id] = Style(
                name: Self.child(style, "name").flatMap { Self.value($0) } ?? id,
                outlineLevel: properties.flatMap { Self.child($0, "outlineLvl") }.flatMap { Self.value($0) }.flatMap {
                    Int($0)
                },
                numbering: properties.flatMap { Self.child($0, "numPr") }.flatMap(Self.numbering),
                basedOn: Self.child(style, "basedOn").flatMap { Self.value($0) })
        }
    }

    /// Whether Word numbers this paragraph like a clause (`5.1.2`): its list level is decimal with a text
    /// of as many `%N.` places as the level is deep.
    func isClauseNumbered(_ paragraph: Paragraph) -> Bool {
        paragraph.numbering.map { clauseLevels.contains("\($0.id):\($0.level)") } ?? false
    }

    private mutating func readNumbering(_ root: XMLElement) {
        var abstractLevels: [String: Set<Int>] = [:]
        for abstract in root.childElements where abstract.localName == "abstractNum" {
            guard let id = Self.attribute(abstract, "abstractNumId") else { continue }
            for level in abstract.childElements where level.localName == "lvl" {
                guard let ilvl = Self.attribute(level, "ilvl").flatMap({ Int($0) }),
                    Self.child(level, "numFmt").flatMap({ Self.value($0) }) == "decimal",
                    let text = Self.child(level, "lvlText").flatMap({ Self.value($0) })
                else { continue }
                let places = text.filter { $0 == "%" }.count
                let shape = text.range(of: #"^%[1-9](\.%[1-9])*\.?$"#, options: .regularExpression) != nil
                if shape, places == ilvl + 1 { abstractLevels[id, default: []].insert(ilvl) }
            }
        }
        for num in root.childElements where num.localName == "num" {
            guard let id = Self.attribute(num, "numId"),
                let abstract = Self.child(num, "abstractNumId").flatMap({ Self.value($0) })
            else { continue }
            for level in abstractLevels[abstract] ?? [] { clauseLevels.insert("\(id):\(level)") }
        }
    }

    private static func headingLevel(_ style: Style) -> Int? {
        if let outline = style.outlineLevel, outline < 9 { return outline + 1 }
        if let level = Vocabulary.shipped.headingStyles[style.name.trimmingCharacters(in: .whitespaces)] {
            return level
        }
        let name = style.name.lowercased()
        for prefix in ["heading ", "标题 ", "标题"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)),
                (1...9).contains(level)
            {
                return level
            }
        }
        return nil
    }

    private static func numbering(_ numPr: XMLElement) -> (level: Int, id: String)? {
        guard let id = child(numPr, "numId").flatMap({ value($0) }) else { return nil }
        let level = child(numPr, "ilvl").flatMap { value($0) }.flatMap { Int($0) } ?? 0
        return (min(max(level, 0), 8), id)
    }

    /// Visible text: `w:t` (and Office Math `m:t`), tabs and breaks as spaces; deleted text and field codes left out.
    static func collectText(_ element: XMLElement, into text: inout String) {
        for child in element.childElements {
            switch child.localName {
            case "t": text += child.textContent
            case "tab", "br", "cr": text += " "
            case "noBreakHyphen": text += "-"
            // Deleted text, field codes, and the fallback copy of alternate content are not on the page;
            // text boxes are read as paragraphs of their own.
            case "del", "instrText", "delText", "pPr", "rPr", "fldData", "footnoteReference", "commentReference",
                "Fallback",
                "txbxContent":
                break
            default: collectText(child, into: &text)
            }
        }
    }

    /// Descendants named `name`, outermost first, not looking inside a match.
    static func descendants(_ element: XMLElement, named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in element.childElements {
            if child.localName == name {
                found.append(child)
            } else if child.localName != "Fallback" {
                found += descendants(child, named: name)
            }
        }
        return found
    }

    static func child(_ element: XMLElement, _ name: String) -> XMLElement? {
        element.childElements.first { $0.localName == name }
    }

    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        for namespace in namespaces {
            if let value = element.attribute(name, namespaceURI: namespace) { return value }
        }
        return element.attribute(name)
    }

    static func value(_ element: XMLElement) -> String? { attribute(element, "val") }
}
