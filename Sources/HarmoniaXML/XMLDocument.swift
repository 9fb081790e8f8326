internal import CLibXML2
import Synchronization

/// A parsed XML document: owns libxml2's tree and frees it exactly once, when the last
/// ``XMLElement`` handle into it is gone.
///
/// It never changes after parsing, so it can be read from several threads at once; the one exception is
/// ``XMLElement/discard()``, with which a reader building from the document on one thread lets each
/// part of the tree go once it has read it.
///
/// ```swift
/// let document = try XMLDocument.parse(file: "spec.xml", options: [.safe, .forbidDoctype])
/// guard let root = document.root else { … }
/// for indicator in root.childElements where indicator.localName == "indicator" {
///     print(indicator.line, indicator.attribute("id") ?? "?")
/// }
/// ```
public final class XMLDocument: @unchecked Sendable {
    // @unchecked: the tree is only read after parsing. The one libxml2 call that writes to it,
    // schema validation (it registers xs:ID values in the document), runs under `validationLock`.
    let pointer: xmlDocPtr
    let validationLock = Mutex(())

    /// The path or URL the document was parsed from.
    public let url: String
    /// Non-fatal diagnostics libxml2 reported (at most the first 100).
    public let warnings: [XMLError]
    /// How many elements the parse made: a reader may size its tables from it before walking the tree.
    public let elementCount: Int
    /// The first XInclude element, noted while parsing.
    let firstXInclude: ForbiddenConstruct?

    private init(
        pointer: xmlDocPtr, url: String, warnings: [XMLError], elementCount: Int, firstXInclude: ForbiddenConstruct?
    ) {
        self.pointer = pointer
        self.url = url
        self.warnings = warnings
        self.elementCount = elementCount
        self.firstXInclude = firstXInclude
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses the file at `path`. A file that cannot be read throws an error whose
    /// ``XMLError/isReadFailure`` is `true`; anything else wrong throws the first error found.
    public static func parse(
        file path: String, options: XMLParseOptions = .safe, limits: XMLLimits = .default
    ) throws(XMLError) -> XMLDocument {
        let input = try FileInput(path: path, limit: limits.maxFileBytes)
        let session = ParserSession(url: path, options: options, limits: limits)
        session.fileInput = input
        let context = Unmanaged.passUnretained(session).toOpaque()
        return try parse(session) { ctxt, flags in
            xmlCtxtReadIO(ctxt, ParserHooks.readFile, nil, context, path, nil, flags)
        }
    }

    /// Parses a document held in memory; `url` names it in diagnostics and ``url``.
    public static func parse(
        bytes: [UInt8], url: String, options: XMLParseOptions = .safe, limits: XMLLimits = .default
    ) throws(XMLError) -> XMLDocument {
        guard bytes.count <= limits.maxFileBytes, bytes.count <= Int(Int32.max) else {
            throw XMLError.tooLarge(url, limit: min(limits.maxFileBytes, Int(Int32.max)), isFile: false)
        }
        let session = ParserSession(url: url, options: options, limits: limits)
        if var counter = session.attributeCounter,
            let line = bytes.withUnsafeBytes({ raw in counter.scan(raw).map { AttributeCounter.line(at: $0, in: raw) } }
            )
        {
            throw XMLError.tooManyAttributes(url, line: line, limit: limits.maxAttributes)
        }
        bytes.withUnsafeBytes { session.trailing.feed($0) }
        return try parse(session) { ctxt, flags in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // libxml2 copies the bytes into its own buffer.
                    xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), url, nil, flags)
                }
            }
        }
    }

    /// Runs one parse on a fresh context and turns its outcome into a document or an error.
    private static func parse(
        _ session: ParserSession, read: (xmlParserCtxtPtr, Int32) -> xmlDocPtr?
    ) throws(XMLError) -> XMLDocument {
        try LibXML2.quietly { () throws(XMLError) -> XMLDocument in
            guard let ctxt = xmlNewParserCtxt() else {
                throw XMLError(file: session.url, message: "cannot create a parser (out of memory)")
            }
            defer { xmlFreeParserCtxt(ctxt) }
            session.attach(to: ctxt)
            // A parsed document is never changed, so short text may live inside its node
            // (`XML_PARSE_COMPACT`): one allocation fewer for most text nodes, in parsing and in freeing.
            let flags = session.options.libxml2Flags | Int32(XML_PARSE_COMPACT.rawValue)
            let document = withExtendedLifetime(session) { read(ctxt, flags) }
            if let failure = session.log.firstFailure {
                if let document { xmlFreeDoc(document) }
                throw failure
            }
            guard let document else {
                throw XMLError(file: session.url, message: "the document could not be parsed")
            }
            if let root = TrailingContent.rootName(document) {
                session.drainInput()
                if let message = session.trailing.problem(rootName: root.name, isEmpty: root.isEmpty) {
                    xmlFreeDoc(document)
                    throw XMLError(file: session.url, message: message)
                }
            }
            return XMLDocument(
                pointer: document, url: session.url, warnings: session.log.warnings,
                elementCount: session.elementCount, firstXInclude: session.firstXInclude)
        }
    }

    /// The root element; `nil` only for a document without one, which parsing refuses.
    public var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(document: self, node: $0) }
    }

    /// Whether the document has a DOCTYPE (internal or external subset). Its DTD is never loaded.
    public var hasDoctype: Bool {
        pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil
    }
}
