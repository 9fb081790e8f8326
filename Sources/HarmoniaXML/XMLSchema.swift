internal import CLibXML2
import Synchronization

/// An XML Schema (XSD) compiled once and reusable, also from several threads at once.
///
/// ```swift
/// let schema = try XMLSchema(file: "harmonia-spec-1.xsd")
/// let problems = schema.validate(document)   // [] when valid
/// for problem in problems { print(problem) }  // spec.xml:14: error: Element 'x': …
/// ```
///
/// The XSD itself is parsed with the same safe options as any document. An `xs:include` or
/// `xs:import` is loaded by libxml2 from local files only (never the network).
public final class XMLSchema: @unchecked Sendable {
    // @unchecked: the compiled schema is only read after init; each validation gets its own
    // validation context, which is what libxml2 requires to share a schema between threads.
    private let schema: OpaquePointer  // xmlSchemaPtr
    /// The XSD's tree: the compiled schema may point into it, so it lives as long as the schema.
    private let source: XMLDocument

    /// Loads and compiles the XSD at `path`.
    public convenience init(file path: String) throws(XMLError) {
        try self.init(source: XMLDocument.parse(file: path))
    }

    /// Compiles an XSD held in memory; `url` names it in diagnostics and is the base for
    /// relative `schemaLocation`s.
    public convenience init(bytes: [UInt8], url: String) throws(XMLError) {
        try self.init(source: XMLDocument.parse(bytes: bytes, url: url))
    }

    private init(source: XMLDocument) throws(XMLError) {
        self.source = source
        self.schema = try LibXML2.quietly { () throws(XMLError) -> OpaquePointer in
            guard let parser = xmlSchemaNewDocParserCtxt(source.pointer) else {
                throw XMLError(file: source.url, message: "cannot create a schema parser (out of memory)")
            }
            defer { xmlSchemaFreeParserCtxt(parser) }
            let log = DiagnosticLog(file: source.url)
            let compiled = withExtendedLifetime(log) { () -> xmlSchemaPtr? in
                xmlSchemaSetParserStructuredErrors(
                    parser, DiagnosticLog.structuredHandler, Unmanaged.passUnretained(log).toOpaque())
                return xmlSchemaParse(parser)
            }
            if let failure = log.firstFailure {
                if let compiled { xmlSchemaFree(compiled) }
                throw failure
            }
            guard let compiled else {
                throw XMLError(file: source.url, message: "the schema could not be compiled")
            }
            return compiled
        }
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates `document` against the schema: an empty array means valid. Each error carries
    /// the document's URL, the line of the offending node and libxml2's message.
    public func validate(_ document: XMLDocument) -> [XMLError] {
        LibXML2.quietly {
            // Validation registers xs:ID values in the document: one validation per document at
            // a time (other readers are unaffected: they never look at that table).
            document.validationLock.withLock { _ in
                guard let validator = xmlSchemaNewValidCtxt(schema) else {
                    return [XMLError(file: document.url, message: "cannot create a schema validator (out of memory)")]
                }
                defer { xmlSchemaFreeValidCtxt(validator) }
                let log = DiagnosticLog(file: document.url)
                let result = withExtendedLifetime(log) { () -> Int32 in
                    xmlSchemaSetValidStructuredErrors(
                        validator, DiagnosticLog.structuredHandler, Unmanaged.passUnretained(log).toOpaque())
                    return xmlSchemaValidateDoc(validator, document.pointer)
                }
                if result != 0, log.failures.isEmpty {
                    let reason = result < 0 ? "validation failed with an internal error" : "the document is not valid"
                    return [XMLError(file: document.url, level: .error, message: reason)]
                }
                return log.failures
            }
        }
    }
}
