import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML

/// Reads Metanorma XML (OIML, BIPM, ISO flavours), semantic or presentation, by its semantic content:
/// `bibdata` for the document's identity, the nesting of `clause`s for clause numbers, `table`s as grids,
/// `stem` formulae by their AsciiMath twin, and requirement sentences. Presentation renderings (`fmt-*`,
/// `semx`) are never read: they localise and sometimes corrupt numbers.
struct MetanormaReader {
    let context: ReadingContext
    private(set) var diagnostics: [Diagnostic] = []
    private var tableCount = 0

    init(context: ReadingContext) {
        self.context = context
    }

    mutating func read(_ root: XMLElement) -> Draft {
        let bibdata = XMLText.child(root, named: "bibdata")
        var draft = Draft(id: identifier(bibdata) ?? "unnamed", role: "international", lang: context.lang)
        if let bibdata { readMeta(bibdata, into: &draft) }
        var number = 0
        for container in root.childElements where container.localName == "sections" {
            for clause in container.childElements where Self.isClause(clause) {
                let isNumbered = clause.attribute("unnumbered") != "true"
                if isNumbered { number += 1 }
                draft.sections.append(readClause(clause, num: isNumbered ? "\(number)" : "0"))
            }
        }
        var annex = 0
        for element in root.childElements where element.localName == "annex" {
            let letter = Character(UnicodeScalar(UInt8(65 + annex % 26)))
            annex += 1
            draft.sections.append(readClause(element, num: String(letter)))
        }
        return draft
    }

    static func isClause(_ element: XMLElement) -> Bool {
        ["clause", "terms", "definitions", "annex"].contains(element.localName)
    }

    private func identifier(_ bibdata: XMLElement?) -> String? {
        guard let bibdata else { return nil }
        let ids = XMLText.children(bibdata, named: "docidentifier")
        guard let primary = ids.first(where: { $0.attribute("primary") == "true" }) ?? ids.first else { return nil }
        var id = XMLText.trimmed(primary.textContent)
        // OIML and ISO designations carry their year (`OIML R 111-1:2004`); Metanorma keeps it apart.
        if id.hasPrefix("OIML ") || id.hasPrefix("ISO ") || id.hasPrefix("IEC "), !id.contains(":"),
            let year = XMLText.firstDescendant(bibdata, named: "copyright").flatMap({ XMLText.child($0, named: "from") }
            )
        {
            id += ":" + XMLText.trimmed(year.textContent)
        }
        return id.isEmpty ? nil : id
    }

    private func readMeta(_ bibdata: XMLElement, into draft: inout Draft) {
        let titles = XMLText.children(bibdata, named: "title")
        var languages: [String] = []
        for title in titles {
            let lang = title.attribute("language") ?? context.lang
            if !languages.contains(lang) { languages.append(lang) }
        }
        for lang in languages {
            let mine = titles.filter { ($0.attribute("language") ?? context.lang) == lang }
            func titled(_ type: String) -> String? {
                mine.first { $0.attribute("type") == type }.map { XMLText.flat($0) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let text =
                titled("main")
                ?? [titled("title-main"), titled("title-part")].compactMap { $0 }.joined(separator: " — ")
            if !text.isEmpty { draft.titles.append((lang: lang, text: text)) }
        }
        for contributor in XMLText.children(bibdata, named: "contributor") {
            guard let role = XMLText.child(contributor, named: "role"), role.attribute("type") == "publisher",
                let organization = XMLText.child(contributor, named: "organization")
            else { continue }
            let name = XMLText.child(organization, named: "abbreviation") ?? XMLText.child(organization, named: "name")
            draft.issuer = name.map { XMLText.trimmed($0.textContent) }
            break
        }
        draft.edition = XMLText.child(bibdata, named: "edition").map { XMLText.trimmed($0.textContent) }
        let published = XMLText.children(bibdata, named: "date").first { $0.attribute("type") == "published" }
            .flatMap { XMLText.child($0, named: "on") }?.textContent
        let revised = XMLText.child(bibdata, named: "version").flatMap { XMLText.child($0, named: "revision-date") }?
            .textContent
        draft.date = XMLText.isoDate(published) ?? XMLText.isoDate(revised)
    }

    private mutating func readClause(_ clause: XMLElement, num computed: String) -> DraftSection {
        // Presentation XML numbers clauses itself (`autonum`); semantic XML only in a few anchors.
        let num = clause.attribute("autonum").flatMap { $0.isEmpty ? nil : $0 } ?? Self.anchorNumber(clause) ?? computed
        let title = XMLText.child(clause, named: "title").map { XMLText.flat($0) }
        var section = DraftSection(num: num, title: title)
        var child = 0
        var paragraph = 0
        let sentences = SentenceReader(context: context)
        var clauseIndicators: [DraftIndicator] = []
        var leadIn: String?
        func readParagraph(_ element: XMLElement) {
            paragraph += 1
            let source = SourceParagraph(
                pieces: XMLText.pieces(element), line: element.line,
                place: "clause \(num), paragraph \(paragraph)")
            let reading = sentences.read(source, leadIn: leadIn, clauseTitle: title)
            let text = source.text
            leadIn = text.hasSuffix(":") || text.hasSuffix("：") ? text : nil
            for message in reading.unread {
                diagnostics.append(
                    Diagnostic(.warning, message, at: SourceLocation(file: context.file, line: element.line)))
            }
            if let uncertainty = reading.uncertainty {
                // "with a relative standard uncertainty of …" states the uncertainty of the values before it.
                for index in clauseIndicators.indices where clauseIndicators[index].uncertainty == nil {
                    clauseIndicators[index].uncertainty = uncertainty
                }
            }
            clauseIndicators += reading.indicators
        }
        for element in clause.childElements {
            switch element.localName {
            case _ where Self.isClause(element):
                let isNumbered = element.attribute("unnumbered") != "true"
                if isNumbered { child += 1 }
                section.sections.append(readClause(element, num: isNumbered ? "\(num).\(child)" : num))
            case "p":
                readParagraph(element)
            case "ul", "ol":
                for item in element.childElements where item.localName == "li" {
                    for p in item.childElements where p.localName == "p" { readParagraph(p) }
                }
            case "table":
                tableCount += 1
                var reader = TableReader(context: context)
                clauseIndicators += reader.read(sourceTable(element))
                diagnostics += reader.diagnostics
                // A table's footnotes are requirements of the clause ("p_LC = 0.7 shall be used …").
                for footnote in Self.descendants(element, named: "fn") {
                    for p in footnote.childElements where p.localName == "p" { readParagraph(p) }
                }
            default:
                break
            }
        }
        section.indicators = clauseIndicators
        return section
    }

    static func descendants(_ element: XMLElement, named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in element.childElements {
            if child.localName == name { found.append(child) } else { found += descendants(child, named: name) }
        }
        return found
    }

    /// `sec-5.3.2_R060-1` → `5.3.2`: the few clauses whose anchor carries their printed number.
    static func anchorNumber(_ clause: XMLElement) -> String? {
        guard let anchor = clause.attribute("anchor"),
            let range = anchor.range(
                of: #"^(?:sec|clause|annex)-([0-9A-Z]+(?:\.[0-9]+)*)(?:_|$)"#, options: .regularExpression)
        else { return nil }
        let text = String(anchor[range])
        let start = text.firstIndex(of: "-").map { text.index(after: $0) } ?? text.startIndex
        return String(text[start...]).split(separator: "_").first.map(String.init)
    }

    private func sourceTable(_ table: XMLElement) -> SourceTable {
        var label = table.attribute("autonum").map { "Table \($0)" } ?? "Table \(tableCount)"
        if table.attribute("autonum") == nil, let anchor = table.attribute("anchor"),
            let range = anchor.range(of: #"^table-([0-9A-Z]+(?:\.[0-9]+)*)"#, options: .regularExpression)
        {
            label = "Table " + anchor[range].dropFirst("table-".count)
        }
        let caption = XMLText.child(table, named: "name").map { XMLText.flat($0) } ?? ""
        var rows: [SourceRow] = []
        for part in table.childElements where ["thead", "tbody", "tfoot"].contains(part.localName) {
            guard part.localName != "tfoot" else { continue }
            for tr in part.childElements where tr.localName == "tr" {
                let cells = tr.childElements.filter { $0.localName == "td" || $0.localName == "th" }.map { cell in
                    SourceCell(
                        text: XMLText.flat(cell), colspan: Int(cell.attribute("colspan") ?? "") ?? 1,
                        rowspan: Int(cell.attribute("rowspan") ?? "") ?? 1, isHeader: cell.localName == "th")
                }
                rows.append(SourceRow(isHeader: part.localName == "thead", cells: cells))
            }
        }
        return SourceTable(label: label, caption: caption, line: table.line, rows: rows)
    }
}
