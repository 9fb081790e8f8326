import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML

/// Reads NISO STS and ISO STS: a `standard`, or an `adoption` wrapping the standard it adopts.
///
/// The outermost front matter is the document read (a national adoption is domestic); its correspondence
/// to the adopted standard comes from a title suffix `(ISO …, IDT)`, an endorsement notice ("approved …
/// without any modification" is IDT), or, when neither says, the nesting itself (see docs/input-formats.md).
/// The requirements are read from the innermost standard's body: clause numbers from `sec/label`, XHTML
/// tables with spans, `inline-formula` MathML.
struct STSReader {
    var context: ReadingContext
    private(set) var diagnostics: [Diagnostic] = []
    private var tableCount = 0

    init(context: ReadingContext) {
        self.context = context
    }

    static let metaNames: Set<String> = ["std-meta", "iso-meta", "nat-meta", "reg-meta"]

    mutating func read(_ root: XMLElement) -> Draft {
        // Fronts from the outside in, and the standard at the centre.
        var fronts: [XMLElement] = []
        var current = root
        var standard: XMLElement?
        for _ in 0..<16 {
            if current.localName == "standard" {
                standard = current
                if let front = XMLText.child(current, named: "front") { fronts.append(front) }
                break
            }
            if let front = XMLText.child(current, named: "adoption-front") { fronts.append(front) }
            guard
                let inner = current.childElements.first(where: {
                    $0.localName == "adoption" || $0.localName == "standard"
                })
            else { break }
            current = inner
        }
        let metas = fronts.compactMap { front in front.childElements.first { Self.metaNames.contains($0.localName) } }
        let outer = metas.first
        if let lang = root.attribute("lang", namespaceURI: "http://www.w3.org/XML/1998/namespace")
            ?? outer.flatMap({ Self.text($0, "content-language") })
        {
            context.lang = String(lang.prefix(2)).lowercased()
        }
        var draft = Draft(id: outer.flatMap(Self.identifier) ?? "unnamed", role: "international", lang: context.lang)
        if let outer { readMeta(outer, into: &draft) }
        draft.role = role(of: outer)
        if metas.count > 1, let adopted = metas.last.flatMap(Self.identifier) {
            draft.correspondences.append(
                DraftCorrespondence(ref: adopted, degree: degree(fronts: fronts, metas: metas)))
        }
        if let body = standard.flatMap({ XMLText.child($0, named: "body") }) {
            draft.sections += readSections(body, parent: nil)
        }
        if let back = standard.flatMap({ XMLText.child($0, named: "back") }) {
            for group in back.childElements where group.localName == "app-group" || group.localName == "app" {
                let apps = group.localName == "app" ? [group] : group.childElements.filter { $0.localName == "app" }
                var letter = 0
                for app in apps {
                    letter += 1
                    let label = XMLText.child(app, named: "label").map { XMLText.flat($0) } ?? ""
                    let num =
                        label.split(separator: " ").last.map(String.init)
                        ?? String(Character(UnicodeScalar(UInt8(64 + min(letter, 26)))))
                    draft.sections.append(readSection(app, num: num))
                }
            }
        }
        return draft
    }

    static func identifier(_ meta: XMLElement) -> String? {
        let refs = XMLText.children(meta, named: "std-ref")
        if let dated = refs.first(where: { $0.attribute("type") == "dated" }) ?? refs.first
            ?? XMLText.child(meta, named: "doc-ref")
        {
            let id = XMLText.trimmed(dated.textContent)
            if !id.isEmpty { return id }
        }
        return nil
    }

    private static func text(_ element: XMLElement, _ name: String) -> String? {
        XMLText.child(element, named: name).map { XMLText.trimmed($0.textContent) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func readMeta(_ meta: XMLElement, into draft: inout Draft) {
        for wrap in XMLText.children(meta, named: "title-wrap") {
            let lang =
                wrap.attribute("lang", namespaceURI: "http://www.w3.org/XML/1998/namespace").map {
                    String($0.prefix(2))
                } ?? context.lang
            let parts = ["intro", "main", "compl"].compactMap { name in
                XMLText.child(wrap, named: name).map { XMLText.flat($0) }
            }
            .filter { !$0.isEmpty }
            let title =
                parts.isEmpty
                ? XMLText.child(wrap, named: "full").map { XMLText.flat($0) } ?? "" : parts.joined(separator: " — ")
            if !title.isEmpty, !draft.titles.contains(where: { $0.lang == lang }) {
                draft.titles.append((lang: lang, text: title))
            }
        }
        draft.issuer =
            XMLText.child(meta, named: "std-ident").flatMap { Self.text($0, "originator") }
            ?? meta.attribute("originator")
        draft.date = XMLText.isoDate(Self.text(meta, "release-date")) ?? XMLText.isoDate(Self.text(meta, "pub-date"))
        for xref in XMLText.children(meta, named: "std-xref")
        where ["supersedes", "replaces"].contains(xref.attribute("type") ?? "") {
            if let ref = Self.text(xref, "std-ref") { draft.supersedes.append(ref) }
        }
    }

    /// International for ISO/IEC (`iso-meta`), regional for CEN and its kind (`reg-meta`), else domestic.
    private func role(of meta: XMLElement?) -> String {
        guard let meta else { return "international" }
        switch meta.localName {
        case "iso-meta": return "international"
        case "reg-meta": return "regional"
        case "nat-meta": return "domestic"
        default: break
        }
        let originator =
            (XMLText.child(meta, named: "std-ident").flatMap { Self.text($0, "originator") } ?? meta.attribute(
                "originator") ?? "")
            .uppercased()
        if context.vocabulary.standardsBodies["international"]?.contains(originator) ?? false { return "international" }
        if context.vocabulary.standardsBodies["regional"]?.contains(originator) ?? false { return "regional" }
        return originator.isEmpty ? "international" : "domestic"
    }

    /// The degree an adoption declares: a title suffix, else endorsement prose, else the nesting (IDT).
    private func degree(fronts: [XMLElement], metas: [XMLElement]) -> String? {
        for meta in metas.dropLast() {
            for wrap in XMLText.children(meta, named: "title-wrap") {
                let text = XMLText.flat(wrap)
                if let found = DOCXReader.match(#"\([^()]*,\s*(IDT|MOD|NEQ)\s*\)"#, text) { return found[1] }
            }
        }
        for front in fronts.dropLast() {
            for sec in front.childElements where sec.localName == "sec" || sec.localName == "notes" {
                let prose = XMLText.flat(sec).lowercased()
                for (degree, phrase) in context.vocabulary.adoptionDegrees
                where phrase.count > 3 && prose.contains(phrase) {
                    return degree
                }
            }
        }
        return "IDT"
    }

    private mutating func readSections(_ container: XMLElement, parent: String?) -> [DraftSection] {
        var sections: [DraftSection] = []
        var count = 0
        for sec in container.childElements where sec.localName == "sec" {
            count += 1
            let label = XMLText.child(sec, named: "label").map { XMLText.flat($0) } ?? ""
            let num = label.isEmpty ? (parent.map { "\($0).\(count)" } ?? "\(count)") : label
            sections.append(readSection(sec, num: num))
        }
        return sections
    }

    private mutating func readSection(_ sec: XMLElement, num: String) -> DraftSection {
        var section = DraftSection(num: num, title: XMLText.child(sec, named: "title").map { XMLText.flat($0) })
        let sentences = SentenceReader(context: context)
        var paragraph = 0
        var unread: [Diagnostic] = []
        let title = section.title
        func readParagraph(_ p: XMLElement) {
            paragraph += 1
            let reading = sentences.read(
                SourceParagraph(
                    pieces: XMLText.pieces(p), line: p.line, place: "clause \(num), paragraph \(paragraph)"),
                clauseTitle: title)
            section.indicators += reading.indicators
            unread += reading.unread.map {
                Diagnostic(.warning, $0, at: SourceLocation(file: context.file, line: p.line))
            }
        }
        for element in sec.childElements {
            switch element.localName {
            case "p": readParagraph(element)
            case "list":
                for item in element.childElements where item.localName == "list-item" {
                    for p in item.childElements where p.localName == "p" { readParagraph(p) }
                }
            case "table-wrap":
                tableCount += 1
                var reader = TableReader(context: context)
                section.indicators += reader.read(sourceTable(element))
                diagnostics += reader.diagnostics
            default: break
            }
        }
        diagnostics += unread
        section.sections = readSections(sec, parent: num)
        return section
    }

    private func sourceTable(_ wrap: XMLElement) -> SourceTable {
        let label = XMLText.child(wrap, named: "label").map { XMLText.flat($0) } ?? "Table \(tableCount)"
        let caption =
            XMLText.child(wrap, named: "caption").map { caption in
                XMLText.child(caption, named: "title").map { XMLText.flat($0) } ?? XMLText.flat(caption)
            } ?? ""
        var rows: [SourceRow] = []
        if let table = XMLText.firstDescendant(wrap, named: "table") {
            let parts = table.childElements.filter { ["thead", "tbody"].contains($0.localName) }
            for part in parts.isEmpty ? [table] : parts {
                for tr in part.childElements where tr.localName == "tr" {
                    let cells = tr.childElements.filter { $0.localName == "td" || $0.localName == "th" }.map { cell in
                        SourceCell(
                            text: XMLText.flat(cell), colspan: max(Int(cell.attribute("colspan") ?? "") ?? 1, 1),
                            rowspan: max(Int(cell.attribute("rowspan") ?? "") ?? 1, 1), isHeader: cell.localName == "th"
                        )
                    }
                    rows.append(SourceRow(isHeader: part.localName == "thead", cells: cells))
                }
            }
        }
        return SourceTable(label: label, caption: caption, line: wrap.line, rows: rows)
    }
}
