internal import CLibXML2

/// The state of one parse: its options, its diagnostics and, for the stream reader, the events
/// not yet handed out.
///
/// libxml2 calls back into it through ``ParserHooks``, finding it via the parser context's
/// `_private` field (which libxml2 also copies into the contexts it creates for entity content).
/// Diagnostics are thus collected per context, never through libxml2's global handlers.
final class ParserSession {
    /// What the stream reader hands out next: an event, or the error that ends the stream.
    enum Item {
        case event(XMLStreamReader.Event)
        case failure(XMLError)
    }

    let url: String
    let options: XMLParseOptions
    let limits: XMLLimits
    let log: DiagnosticLog
    /// `true` for the stream reader: events are queued and finished elements freed.
    let streaming: Bool
    /// Set when the input is a file read through ``ParserHooks/readFile``.
    var fileInput: FileInput?
    /// Counts each start tag's attributes in the file's bytes as they are read, when limited.
    var attributeCounter: AttributeCounter?
    /// The input's last bytes, to refuse anything but white space after the document element.
    var trailing = TrailingContent()
    /// The context we created. Callbacks from any other context come from libxml2 checking an
    /// entity's replacement text, and must neither emit events nor count depth.
    private(set) var mainContext: xmlParserCtxtPtr?
    /// Elements started so far in the main context, checked against ``XMLLimits/maxElements``.
    var elementCount = 0
    /// Exact lines of elements past line 65,535, where libxml2's 16-bit node field saturates.
    var bigLines: [UnsafeMutableRawPointer: Int] = [:]

    /// Stream reader: the elements open at the parser's position, to name the one left open
    /// by a truncated input.
    private(set) var openElements: [(name: String, line: Int)] = []
    /// Stream reader: whether the root element has started.
    private(set) var sawElement = false

    private var queue: [Item] = []
    private var queueHead = 0
    private var pendingText: [UInt8] = []
    /// Once the stream has failed, nothing more is queued.
    private(set) var failureQueued = false

    init(url: String, options: XMLParseOptions, limits: XMLLimits, streaming: Bool) {
        self.url = url
        self.options = options
        self.limits = limits
        self.log = DiagnosticLog(file: url)
        self.streaming = streaming
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
        if streaming {
            sax.pointee.endElementNs = ParserHooks.endElement
            sax.pointee.characters = ParserHooks.characters
            sax.pointee.cdataBlock = ParserHooks.cdataBlock
            sax.pointee.ignorableWhitespace = ParserHooks.characters
            sax.pointee.comment = ParserHooks.comment
            sax.pointee.processingInstruction = ParserHooks.processingInstruction
            sax.pointee.reference = ParserHooks.reference
        }
    }

    /// Records a diagnostic; in a stream, the first failure also ends the queue.
    func report(_ error: XMLError) {
        log.record(error)
        if streaming, error.isFailure, !failureQueued {
            flushText()
            queue.append(.failure(error))
            failureQueued = true
        }
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

    // MARK: Stream events

    func enqueue(_ event: XMLStreamReader.Event) {
        guard !failureQueued else { return }
        flushText()
        queue.append(.event(event))
        switch event {
        case .startElement(let name, _, _, let line, _):
            sawElement = true
            openElements.append((name, line))
        case .endElement:
            openElements.removeLast()
        case .text:
            break
        }
    }

    /// Adds text to the current run; adjacent text and CDATA become one event.
    func appendText(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        // As in a document's text node, a run is bounded only by the input size limit.
        guard !failureQueued, count > 0 else { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Ends the current run of text (at markup, or at the end of input).
    func flushText() {
        guard !pendingText.isEmpty, !failureQueued else { return }
        // libxml2 decides what is "blank" from the tree built so far, which the stream prunes;
        // the stream instead drops exactly the runs made only of XML whitespace.
        let blank = pendingText.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if !(blank && options.contains(.removeBlankText)) {
            queue.append(.event(.text(String(decoding: pendingText, as: UTF8.self))))
        }
        pendingText.removeAll(keepingCapacity: true)
    }

    func dequeue() -> Item? {
        guard queueHead < queue.count else { return nil }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        }
        return item
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
