import Foundation
import HarmoniaModel
import HarmoniaXML

/// Walks a schema-valid `spec` tree into a ``Document``, collecting diagnostics as it goes.
struct DocumentBuilder {
    let file: String
    let catalogue: ConceptCatalogue
    private(set) var diagnostics: [Diagnostic] = []
    var indicators: [Indicator] = []
    var omissions: [Omission] = []
    var tables: [TableInfo] = []
    /// Every id used so far (indicators, tables, table cells), with where it was first used.
    private var usedIDs: [UTF8Key: Int] = [:]
    /// Written ids holding white space, as `xs:token` values, with where each was first used.
    private var writtenTokens: [UTF8Key: Int] = [:]
    var defaultLanguage = "en"
    let columns: ColumnLocator
    /// Past this many indicators the rest of the document is not read (an error says so).
    let maxIndicators: Int
    private(set) var indicatorLimitReached = false
    let memo = ReadingMemo()

    init(file: String, catalogue: ConceptCatalogue, maxIndicators: Int = SpecReader.defaultMaxIndicators) {
        self.file = file
        self.catalogue = catalogue
        self.maxIndicators = maxIndicators
        self.columns = ColumnLocator(file: file)
    }

    /// Makes room for about `count` ids at once. A document of a hundred thousand indicators otherwise
    /// grows the id table a dozen times, rehashing every id read so far each time (a sixth of reading
    /// it, measured). The parse's element count is the hint: an indicator or a table is one element
    /// and usually several, a table cell is none, so it is near or above the ids to come, never past
    /// the indicator limit.
    mutating func reserveIDs(_ count: Int) {
        usedIDs.reserveCapacity(min(count, maxIndicators))
    }

    /// Whether one more indicator fits under the limit; the first that does not is an error at `element`.
    mutating func admitsIndicator(_ element: XMLElement) -> Bool {
        if indicators.count < maxIndicators { return true }
        if !indicatorLimitReached {
            indicatorLimitReached = true
            error(
                "more than \(maxIndicators) indicators (table cells included), the limit for one document; the rest was not read",
                element)
        }
        return false
    }

    mutating func build(_ root: XMLElement) -> Document {
        let id = root.attribute("id") ?? ""
        let role = DocumentRole(rawValue: root.attribute("role") ?? "") ?? .domestic
        defaultLanguage = root.attribute("lang") ?? "en"
        var document = Document(id: id, role: role, language: defaultLanguage, sourceFile: file)
        for child in root.childElements where child.isInNamespace(SpecReader.namespace) {
            switch child.localName {
            case "meta": readMeta(child, into: &document)
            case "section":
                document.sections.append(readSection(child))
                // The section's model exists: its tree goes now, so that the whole tree and the whole
                // model are never held at once (nothing reads a section's nodes after this).
                child.discard()
            default: break
            }
        }
        document.indicators = indicators
        document.omissions = omissions
        document.tables = tables
        checkApplicability(document)
        return document
    }

    // MARK: Diagnostics

    mutating func error(_ message: String, _ element: XMLElement, text: String? = nil, offset: Int? = nil) {
        report(.error, message, element, text: text, offset: offset)
    }

    mutating func warning(_ message: String, _ element: XMLElement, text: String? = nil, offset: Int? = nil) {
        report(.warning, message, element, text: text, offset: offset)
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ message: String, _ element: XMLElement,
        text: String?, offset: Int?
    ) {
        let column = text.flatMap { columns.column(of: $0, near: element.line, offset: offset ?? 0) }
        diagnostics.append(
            Diagnostic(
                severity, message,
                at: SourceLocation(file: file, line: element.line, column: column),
                element: element.localName, text: text))
    }

    /// A warning at a place known only by its location (checks made once the document is read).
    mutating func warning(_ message: String, at location: SourceLocation, element: String) {
        diagnostics.append(Diagnostic(.warning, message, at: location, element: element, text: nil))
    }

    func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: file, line: element.line)
    }

    /// Claims an id; a second use is an error at the second place. `written` marks an id the document
    /// wrote (an indicator's or a table's), which must also differ from every other written id as the
    /// schema compares them: as `xs:token` values, runs of white space inside counting as one space.
    mutating func claim(_ id: String, _ element: XMLElement, written: Bool = false) {
        let key = UTF8Key(id)
        // One hash-table operation for the usual new id; a duplicate puts the first line back.
        if let first = usedIDs.updateValue(element.line, forKey: key) {
            usedIDs[key] = first
            error("duplicate id \"\(id)\" (first used on line \(first))", element, text: id)
            return
        }
        // An id without white space is its own token: the exact check above has decided.
        guard written, id.utf8.contains(where: Self.isXMLSpace) else { return }
        let token = UTF8Key(Self.collapsingWhiteSpace(id))
        if let first = writtenTokens.updateValue(element.line, forKey: token) {
            writtenTokens[token] = first
            error("duplicate id \"\(id)\" (first used on line \(first), white space aside)", element, text: id)
        }
    }

    /// XML's white space: space, tab, line feed, carriage return.
    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `text` as an `xs:token` value: XML white space trimmed, and each run inside made one space.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        for byte in text.utf8 {
            if isXMLSpace(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Meta

    private mutating func readMeta(_ meta: XMLElement, into document: inout Document) {
        for child in meta.childElements where child.isInNamespace(SpecReader.namespace) {
            let text = child.textContent.trimmed
            switch child.localName {
            case "title":
                document.titles.append(LocalizedText(lang: child.attribute("lang") ?? defaultLanguage, text: text))
            case "issuer": document.issuer = text
            case "edition": document.edition = text
            case "date":
                if !Self.isISODate(text) {
                    warning(
                        "date \"\(text)\" is not ISO 8601 (YYYY-MM-DD); editions may be ordered wrongly", child,
                        text: text)
                }
                document.date = text
            case "supersedes":
                document.supersedes.append(child.attribute("ref")?.trimmed ?? "")
            case "correspondence":
                let degreeText = child.attribute("degree")?.trimmed
                let degree = degreeText.flatMap { Degree(rawValue: $0.uppercased()) }
                if let degreeText, degree == nil {
                    error("degree \"\(degreeText)\" is not IDT, MOD or NEQ", child, text: degreeText)
                }
                document.correspondences.append(
                    Correspondence(
                        ref: child.attribute("ref")?.trimmed ?? "", degree: degree,
                        designations: readDesignations(child)))
            case "scope":
                document.scope = Scope(
                    qualifiers: self.child(named: "where", in: child).map { readQualifiers($0) } ?? [],
                    justification: firstText(named: "justification", in: child), source: location(child))
            default: break
            }
        }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        for (index, part) in parts.enumerated() {
            guard part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return false }
            if index > 0 && part.count != 2 { return false }
        }
        if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) { return false }
        if parts.count > 2, let day = Int(parts[2]), !(1...31).contains(day) { return false }
        return true
    }

    // MARK: Sections

    private mutating func readSection(_ element: XMLElement) -> Section {
        let num = element.attribute("num")?.trimmed ?? ""
        var section = Section(num: num, title: element.attribute("title"), source: location(element))
        // Generated ids count the indicators of a concept directly in this section, in document order.
        var conceptCounts: [String: Int] = [:]
        for child in element.childElements where child.isInNamespace(SpecReader.namespace) {
            if indicatorLimitReached { break }
            switch child.localName {
            case "section":
                section.sections.append(readSection(child))
            case "indicator":
                if admitsIndicator(child), let indicator = readIndicator(child, clause: num, counts: &conceptCounts) {
                    section.indicatorIndices.append(indicators.count)
                    indicators.append(indicator)
                }
            case "table":
                let start = indicators.count
                readTable(child, clause: num)
                section.indicatorIndices += Array(start..<indicators.count)
            case "omission":
                readOmission(child, clause: num)
            case "p":
                section.paragraphs.append(
                    LocalizedText(lang: child.attribute("lang") ?? defaultLanguage, text: child.textContent.trimmed))
            default:
                break
            }
        }
        return section
    }

    func firstText(named name: String, in element: XMLElement) -> LocalizedText? {
        guard let child = child(named: name, in: element) else { return nil }
        let text = child.textContent.trimmed
        return text.isEmpty ? nil : LocalizedText(lang: child.attribute("lang") ?? defaultLanguage, text: text)
    }

    func texts(named name: String, in element: XMLElement) -> [LocalizedText] {
        var texts: [LocalizedText] = []
        element.forEachChildElement { child in
            if child.hasName(name, namespaceURI: SpecReader.namespace) {
                texts.append(
                    LocalizedText(lang: child.attribute("lang") ?? defaultLanguage, text: child.textContent.trimmed))
            }
            return true
        }
        return texts
    }

    func child(named name: String, in element: XMLElement) -> XMLElement? {
        element.firstChildElement(named: name, namespaceURI: SpecReader.namespace)
    }
}

extension String {
    /// Without surrounding white space (including full-width spaces).
    ///
    /// Works on Unicode scalars: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and
    /// was a fifth of ingestion time.
    var trimmed: String {
        // Most texts are ASCII with nothing to trim, or only ASCII spaces around them: decided on bytes.
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 {
            if !DocumentBuilder.isASCIIWhiteSpace(first) && !DocumentBuilder.isASCIIWhiteSpace(last) { return self }
        } else if bytes.isEmpty {
            return self
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isWhiteSpace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isWhiteSpace {
            end = scalars.index(before: end)
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, with its answer for most text found without the property lookup: the
    /// Unicode White_Space code points outside ASCII are U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F and U+3000, so a scalar between them (`±`, `°`, most CJK) is not one.
    /// Trimming looks at the ends of every value, and many start with `±` or end in `°C` or a CJK word.
    var isWhiteSpace: Bool {
        switch value {
        case 0..<0x80: DocumentBuilder.isASCIIWhiteSpace(UInt8(value))
        case 0x86..<0xA0, 0xA1..<0x1680, 0x1681..<0x2000, 0x3001...: false
        default: properties.isWhitespace
        }
    }
}
