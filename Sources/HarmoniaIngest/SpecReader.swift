import Foundation
import HarmoniaModel
import HarmoniaXML

/// Reads files in the specification XML format (`spec-format.md`) into ``Document``s.
///
/// Reading is strict where the contract is: a DOCTYPE, an `xi:include`, a wrong root, a schema violation,
/// a duplicate id, a short table row or an expression that fits no form is an error, and every error
/// names the file, line, column where known, element and text. Nothing in the file is ever fetched or
/// expanded.
public struct SpecReader: Sendable {
    /// The format's namespace.
    public static let namespace = "urn:harmonia:spec:1"
    /// PTB's D-SI namespace, for `si:real` and `si:constant` values.
    public static let dsiNamespace = "https://ptb.de/si"

    /// The most indicators a document may hold, table cells included (see docs/limits.md).
    public static let defaultMaxIndicators = 200_000

    public var catalogue: ConceptCatalogue
    /// Whether to check the file against the shipped XSD before reading it.
    public var validatesSchema: Bool
    /// Size, depth and element limits of the XML parse; `XMLLimits.specification` by default.
    public var limits: XMLLimits
    /// Past this many indicators (table cells included) the document is refused: a small table can expand
    /// into millions of cells, and every later step is at least linear in them.
    public var maxIndicators: Int

    public init(
        catalogue: ConceptCatalogue = .shipped, validatesSchema: Bool = true, limits: XMLLimits = .specification,
        maxIndicators: Int = SpecReader.defaultMaxIndicators
    ) {
        self.catalogue = catalogue
        self.validatesSchema = validatesSchema
        self.limits = limits
        self.maxIndicators = maxIndicators
    }

    /// Reads a file, collecting every problem rather than stopping at the first.
    public func read(file path: String) -> IngestResult {
        let xml: XMLDocument
        do {
            xml = try XMLDocument.parse(file: path, options: [.safe, .forbidDoctype], limits: limits)
        } catch {
            return IngestResult(
                document: nil, diagnostics: [Self.diagnostic(for: error, file: path)],
                unreadable: error.isReadFailure)
        }
        return read(xml, file: path)
    }

    /// Reads bytes already in memory; `name` stands for the file in messages.
    public func read(bytes: [UInt8], name: String) -> IngestResult {
        let xml: XMLDocument
        do {
            xml = try XMLDocument.parse(bytes: bytes, url: name, options: [.safe, .forbidDoctype], limits: limits)
        } catch {
            return IngestResult(
                document: nil, diagnostics: [Self.diagnostic(for: error, file: name)],
                unreadable: false)
        }
        return read(xml, file: name)
    }

    /// Reads a file and returns its document, or throws with every error found.
    public func load(file path: String) throws(IngestFailure) -> Document {
        let result = read(file: path)
        if let document = result.document, result.errors.isEmpty { return document }
        throw IngestFailure(kind: result.unreadable ? .unreadable : .invalid, diagnostics: result.diagnostics)
    }

    private func read(_ xml: XMLDocument, file: String) -> IngestResult {
        var diagnostics = xml.warnings.map { Self.diagnostic(for: $0, file: file) }
        func fail(_ message: String, line: Int?, element: String? = nil) -> IngestResult {
            diagnostics.append(
                Diagnostic(.error, message, at: SourceLocation(file: file, line: line), element: element))
            return IngestResult(document: nil, diagnostics: diagnostics, unreadable: false)
        }
        if xml.hasDoctype {
            return fail("a DOCTYPE is not allowed in the specification format", line: nil)
        }
        guard let root = xml.root else {
            return fail("the file has no root element", line: nil)
        }
        guard root.localName == "spec", root.namespaceURI == Self.namespace else {
            let namespace = root.namespaceURI.map { "namespace \($0)" } ?? "no namespace"
            return fail(
                "the root element is <\(root.localName)> in \(namespace); expected <spec> in namespace \(Self.namespace)",
                line: root.line, element: root.localName)
        }
        // XInclude is never processed: an include element is refused outright rather than left silently
        // unexpanded. Entity references cannot survive the DOCTYPE ban, but are refused too, so that no
        // reader ever sees one.
        switch xml.firstForbiddenConstruct() {
        case .xinclude(let name, let line)?:
            return fail(
                "XInclude (<\(name)>) is not allowed; nothing was included", line: line,
                element: name.split(separator: ":").last.map(String.init))
        case .entityReference(let name, let parent, let line)?:
            return fail("entity reference &\(name); is not allowed; nothing was expanded", line: line, element: parent)
        case nil:
            break
        }
        if validatesSchema {
            let schemaErrors = SpecSchema.shared.validate(xml)
            if !schemaErrors.isEmpty {
                diagnostics += schemaErrors.map { Self.diagnostic(for: $0, file: file) }
                return IngestResult(document: nil, diagnostics: diagnostics, unreadable: false)
            }
        }
        var builder = DocumentBuilder(file: file, catalogue: catalogue, maxIndicators: maxIndicators)
        builder.reserveIDs(xml.elementCount)
        let document = builder.build(root)
        diagnostics += builder.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return IngestResult(document: hasErrors ? nil : document, diagnostics: diagnostics, unreadable: false)
    }

    /// Turns a parser or schema error into a diagnostic that names the file as the user gave it.
    static func diagnostic(for error: XMLError, file: String) -> Diagnostic {
        let severity: Diagnostic.Severity = error.level == .warning ? .warning : .error
        return Diagnostic(
            severity, error.message,
            at: SourceLocation(file: file, line: error.line, column: error.column))
    }
}

extension XMLLimits {
    /// The limits specification files are read under: 32 MiB, 256 levels of nesting, 500,000 elements,
    /// 1,000 attributes on one element. Real specifications are far below them (the largest fixture is
    /// 12 KB, 227 elements, and no element has ten attributes); at them, reading takes about a second and
    /// 100 MB (docs/limits.md has the measurements).
    public static let specification = XMLLimits(
        maxFileBytes: 32 << 20, maxDepth: 256, maxElements: 500_000,
        maxAttributes: 1_000)
}

/// The XSD shipped with the module, loaded once.
enum SpecSchema {
    /// The schema the reader validates with: the shipped one less its identity constraints (`xs:unique`),
    /// which the reader checks itself, the same way (`DocumentBuilder.claim`, the row-key check), after
    /// validation. libxml2 evaluates them node by node: without them validation takes 58 M instead of
    /// 105 M instructions on a 10k-indicator file (callgrind), nearly half less.
    static let shared: XMLSchema = {
        guard let url else {
            fatalError("harmonia-spec-1.xsd is missing from the HarmoniaIngest bundle")
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try XMLSchema(bytes: Array(withoutIdentityConstraints(text).utf8), url: url.path)
        } catch {
            fatalError("the shipped schema harmonia-spec-1.xsd does not load: \(error)")
        }
    }()

    /// The schema's text, for users who want to validate with other tools.
    static var url: URL? { Bundle.module.url(forResource: "harmonia-spec-1", withExtension: "xsd") }

    /// `schema` with every `<xs:unique>…</xs:unique>` element taken out.
    static func withoutIdentityConstraints(_ schema: String) -> String {
        var text = Substring(schema)
        var result = ""
        while let start = text.range(of: "<xs:unique "), let end = text[start.upperBound...].range(of: "</xs:unique>") {
            result += text[..<start.lowerBound]
            text = text[end.upperBound...]
        }
        return result + text
    }
}
