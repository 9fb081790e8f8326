internal import CLibXML2

/// The state of one parse: its options, its limits and its diagnostics.
///
/// libxml2 calls back into it through ``ParserHooks``, finding it via the parser context's
/// `_private` field (which libxml2 also copies into the contexts it creates for entity content).
/// Diagnostics are thus collected per context, never through libxml2's global handlers.
final class ParserSession {
    let url: String
    let options: XMLParseOptions
    let limits: XMLLimits
    let log: DiagnosticLog
    /// Set when the input is a file read through ``ParserHooks/readFile``.
    var fileInput: FileInput?
    /// Counts each start tag's attributes in the file's bytes as they are read, when limited.
    var attributeCounter: AttributeCounter?
    /// The input's last bytes, to refuse anything but white space after the document element.
    var trailing = TrailingContent()
    /// The context we created. Callbacks from any other context come from libxml2 checking an
    /// entity's replacement text, and must not count depth or elements.
    private(set) var mainContext: xmlParserCtxtPtr?
    /// Elements started so far in the main context, checked against ``XMLLimits/maxElements``.
    var elementCount = 0
    /// The first XInclude element the main context made, found as it was made (see
    /// ``XMLDocument/firstForbiddenConstruct()``).
    var firstXInclude: ForbiddenConstruct?

    init(url: String, options: XMLParseOptions, limits: XMLLimits) {
        self.url = url
        self.options = options
        self.limits = limits
        self.log = DiagnosticLog(file: url)
        if limits.maxAttributes < .max { attributeCounter = AttributeCounter(limit: limits.maxAttributes) }
    }

    /// The session a callback's context belongs to, with that context.
    static func from(context: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, ParserSession)? {
        // SAX and error callbacks receive ctxt->userData, which is the context itself since we
        // never set another.
        guard let context else { return nil }
        let ctxt = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = ctxt.pointee._private else { return nil }
        return (ctxt, Unmanaged<ParserSession>.fromOpaque(raw).takeUnretainedValue())
    }

    func isMain(_ ctxt: xmlParserCtxtPtr) -> Bool {
        ctxt == mainContext
    }

    /// Installs our error handler and SAX hooks on a fresh context. The context must not outlive
    /// `self`; callers keep `self` alive for the duration of the parse.
    func attach(to ctxt: xmlParserCtxtPtr) {
        mainContext = ctxt
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = ctxt.pointee.sax else { return }
        sax.pointee.serror = ParserHooks.structuredError
        sax.pointee.startElementNs = ParserHooks.startElement
        if options.contains(.forbidDoctype) {
            sax.pointee.internalSubset = ParserHooks.refuseDoctype
            sax.pointee.externalSubset = ParserHooks.refuseDoctype
        }
    }

    /// Records a diagnostic.
    func report(_ error: XMLError) {
        log.record(error)
    }

    /// The position to report for an error raised in `ctxt`. libxml2 checks an entity's
    /// replacement text in a context of its own, whose lines count from the start of that text:
    /// the reference's position in the document is what the user can act on.
    func position(for ctxt: xmlParserCtxtPtr) -> (line: Int?, column: Int?)? {
        guard let main = mainContext, main != ctxt, let input = main.pointee.input else { return nil }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        return (line > 0 ? line : nil, column > 0 ? column : nil)
    }

    /// Reports one of our own errors at the parser's current position, then stops the parser.
    func stop(_ ctxt: xmlParserCtxtPtr, _ message: String) {
        let input = ctxt.pointee.input
        let line = input.map { Int($0.pointee.line) } ?? 0
        let column = input.map { Int($0.pointee.col) } ?? 0
        report(XMLError(file: url, line: line > 0 ? line : nil, column: column > 0 ? column : nil, message: message))
        ctxt.pointee.wellFormed = 0
        xmlStopParser(ctxt)
    }
}

extension ParserSession {
    /// Reads what libxml2 left unread of the file (it stops at a NUL byte) into ``trailing``, so the
    /// check after the document element sees the whole file. Bounded by the file limit, like any read.
    func drainInput() {
        guard let input = fileInput else { return }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let result = buffer.withUnsafeMutableBytes { input.read(into: $0.baseAddress!, count: $0.count) }
            guard case .success(let count) = result, count > 0 else { return }
            buffer.withUnsafeBytes { trailing.feed(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }
}
