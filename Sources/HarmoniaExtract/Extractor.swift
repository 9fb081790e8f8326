import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML

/// Extracts a specification from a real document: Metanorma XML, NISO/ISO STS, or a DOCX draft.
///
/// ```swift
/// let extraction = Extractor().extract(file: "oiml-r60-1-2021.xml")
/// if let draft = extraction.draft {
///     let text = SpecWriter.write(draft, sourceName: "oiml-r60-1-2021.xml", format: extraction.format!)
/// }
/// ```
public struct Extractor: Sendable {
    public var catalogue: ConceptCatalogue
    /// The XML limits every input is read under (those of specification files by default).
    public var limits: XMLLimits
    public var zipLimits: ZipLimits

    public init(
        catalogue: ConceptCatalogue = .shipped, limits: XMLLimits = .specification, zipLimits: ZipLimits = .docx
    ) {
        self.catalogue = catalogue
        self.limits = limits
        self.zipLimits = zipLimits
    }

    /// What a user may set on the command line: the role and the designation, in place of what the document says.
    public struct Overrides: Sendable {
        public var role: String?
        public var id: String?

        public init(role: String? = nil, id: String? = nil) {
            self.role = role
            self.id = id
        }
    }

    /// Reads a file: refused from its size before a byte is read when it is past the limit.
    public func extract(file path: String, overrides: Overrides = Overrides()) -> Extraction {
        switch InputFile.read(path, limit: limits.maxFileBytes) {
        case .failure(let failure):
            return Extraction(
                draft: nil, diagnostics: [failure.diagnostic], format: nil, unreadable: failure.unreadable)
        case .success(let bytes):
            return extract(bytes: bytes, name: path, overrides: overrides)
        }
    }

    /// Reads bytes already in memory; `name` stands for the file in messages.
    public func extract(bytes: [UInt8], name: String, overrides: Overrides = Overrides()) -> Extraction {
        func refuse(_ message: String, line: Int? = nil, format: InputFormat?) -> Extraction {
            Extraction(
                draft: nil, diagnostics: [Diagnostic(.error, message, at: SourceLocation(file: name, line: line))],
                format: format)
        }
        guard bytes.count <= limits.maxFileBytes else {
            return refuse("file is larger than the limit of \(limits.maxFileBytes) bytes", format: nil)
        }
        guard let format = FormatSniffer.format(of: Array(bytes.prefix(FormatSniffer.prefixBytes))) else {
            return refuse(
                "not a document Harmonia can read: expected Metanorma XML, NISO/ISO STS, a DOCX (a zip holding word/document.xml) or a Harmonia specification",
                format: nil)
        }
        let finder = ConceptFinder(catalogue: catalogue)
        var diagnostics: [Diagnostic] = []
        var draft: Draft
        switch format {
        case .specification:
            return refuse(
                "already a Harmonia specification: there is nothing to extract (validate it with harmonia validate)",
                format: format)
        case .metanorma, .sts:
            let xml: XMLDocument
            do {
                let text =
                    format == .sts ? NamedEntities.replace(in: bytes, table: Vocabulary.shipped.namedEntities) : bytes
                xml = try XMLDocument.parse(bytes: text, url: name, options: [.safe], limits: limits)
            } catch {
                return Extraction(draft: nil, diagnostics: [Self.diagnostic(error, file: name)], format: format)
            }
            if let refusal = Self.forbidden(xml, name: name) {
                return Extraction(draft: nil, diagnostics: [refusal], format: format)
            }
            guard let root = xml.root else { return refuse("the file has no root element", format: format) }
            if format == .metanorma {
                let lang =
                    XMLText.firstDescendant(root, named: "bibdata").flatMap { XMLText.child($0, named: "language") }
                    .map { XMLText.trimmed($0.textContent) } ?? "en"
                var reader = MetanormaReader(
                    context: ReadingContext(catalogue: catalogue, finder: finder, lang: lang, file: name))
                draft = reader.read(root)
                diagnostics += reader.diagnostics
            } else {
                var reader = STSReader(
                    context: ReadingContext(catalogue: catalogue, finder: finder, lang: "en", file: name))
                draft = reader.read(root)
                diagnostics += reader.diagnostics
            }
        case .docx:
            let partName = "\(name)(word/document.xml)"
            do {
                let package = try ZipPackage(bytes: bytes, limits: zipLimits)
                guard let document = try package.member("word/document.xml") else {
                    return refuse("a zip, but not a DOCX: it holds no word/document.xml", format: format)
                }
                let styles = try package.member("word/styles.xml")
                let documentXML = try XMLDocument.parse(
                    bytes: document, url: partName, options: [.safe, .forbidDoctype], limits: limits)
                if let refusal = Self.forbidden(documentXML, name: partName) {
                    return Extraction(draft: nil, diagnostics: [refusal], format: format)
                }
                let stylesXML = try styles.map {
                    try XMLDocument.parse(
                        bytes: $0, url: "\(name)(word/styles.xml)", options: [.safe, .forbidDoctype], limits: limits)
                }
                guard let root = documentXML.root, root.localName == "document",
                    WordDocument.namespaces.contains(root.namespaceURI ?? "")
                else {
                    return refuse("word/document.xml is not a WordprocessingML document", format: format)
                }
                let numberingXML = try package.member("word/numbering.xml").map {
                    try XMLDocument.parse(
                        bytes: $0, url: "\(name)(word/numbering.xml)", options: [.safe, .forbidDoctype], limits: limits)
                }
                let word = WordDocument(document: root, styles: stylesXML?.root, numbering: numberingXML?.root)
                var reader = DOCXReader(
                    context: ReadingContext(catalogue: catalogue, finder: finder, lang: "zh", file: partName))
                draft = reader.read(word)
                diagnostics += reader.diagnostics
            } catch let refusal as ZipRefusal {
                return refuse(refusal.message, format: format)
            } catch let error as XMLError {
                return Extraction(draft: nil, diagnostics: [Self.diagnostic(error, file: partName)], format: format)
            } catch {
                return refuse("\(error)", format: format)
            }
        }
        if let role = overrides.role { draft.role = role }
        if let id = overrides.id { draft.id = id }
        if draft.id.isEmpty || draft.id == "unnamed" {
            draft.id = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the document names no designation; \"\(draft.id)\" (the file name) stands in for it; give one with --id",
                    at: SourceLocation(file: name)))
        }
        draft.sections = Self.uniqueIDs(draft.sections)
        return Extraction(draft: draft, diagnostics: diagnostics, format: format)
    }

    /// XInclude and entity references are refused here as in specification files: nothing is included or expanded.
    private static func forbidden(_ xml: XMLDocument, name: String) -> Diagnostic? {
        switch xml.firstForbiddenConstruct() {
        case .xinclude(let element, let line)?:
            return Diagnostic(
                .error, "XInclude (<\(element)>) is not allowed; nothing was included",
                at: SourceLocation(file: name, line: line))
        case .entityReference(let entity, _, let line)?:
            return Diagnostic(
                .error, "entity reference &\(entity); is not allowed; nothing was expanded",
                at: SourceLocation(file: name, line: line))
        case nil:
            return nil
        }
    }

    static func diagnostic(_ error: XMLError, file: String) -> Diagnostic {
        Diagnostic(
            error.level == .warning ? .warning : .error, error.message,
            at: SourceLocation(file: file, line: error.line, column: error.column))
    }

    /// Explicit ids made unique across the document (`Table 1[a][b]`, `Table 1[a][b] #2`).
    private static func uniqueIDs(_ sections: [DraftSection]) -> [DraftSection] {
        var seen: [String: Int] = [:]
        func fix(_ section: DraftSection) -> DraftSection {
            var section = section
            for index in section.indicators.indices {
                guard let id = section.indicators[index].id else { continue }
                let key = id.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let count = seen[key, default: 0] + 1
                seen[key] = count
                if count > 1 { section.indicators[index].id = "\(key) #\(count)" }
            }
            section.sections = section.sections.map(fix)
            return section
        }
        return sections.map(fix)
    }
}
