internal import CLibXML2

/// A streaming pull reader for large inputs: same safe options, limits and error reporting as
/// ``XMLDocument``, with memory bounded by the nesting depth rather than the size of the input.
///
/// ```swift
/// let reader = try XMLStreamReader(file: path)
/// while let event = try reader.next() {
///     if case .startElement(let name, _, let attributes, let line, _) = event { … }
/// }
/// ```
///
/// Built on libxml2's push parser rather than `xmlTextReader`, which gives no access to its
/// parser context: with it a DOCTYPE could only be refused after its internal subset had been
/// read, and the error handler and SAX hooks could not be the ones ``XMLDocument`` uses.
/// Not thread-safe: use one reader from one task at a time.
public final class XMLStreamReader {
    /// One step through the document.
    public enum Event: Sendable, Equatable {
        /// A start tag. `isEmpty` is `true` for `<a/>`, which is followed at once by its
        /// ``endElement(localName:namespaceURI:)``. `line` is 1-based.
        case startElement(localName: String, namespaceURI: String?, attributes: [XMLAttribute], line: Int, isEmpty: Bool)
        case endElement(localName: String, namespaceURI: String?)
        /// Text, CDATA and significant whitespace; adjacent pieces come as one event. Comments,
        /// processing instructions and entity references (never expanded) separate runs.
        case text(String)
    }

    private enum Source {
        case file(FileInput)
        case bytes([UInt8])
    }

    private static let chunkSize = 64 * 1024

    private let session: ParserSession
    private let source: Source
    private var offset = 0
    private var buffer: [UInt8]
    private var parserContext: xmlParserCtxtPtr?
    private var finished = false
    private var failure: XMLError?

    /// Opens the file at `path`. A file that cannot be read throws an error whose
    /// ``XMLError/isReadFailure`` is `true`; errors in its content are thrown by ``next()``.
    public convenience init(
        file path: String, options: XMLParseOptions = .safe, limits: XMLLimits = .default
    ) throws(XMLError) {
        let input = try FileInput(path: path, limit: limits.maxFileBytes)
        try self.init(url: path, source: .file(input), options: options, limits: limits)
    }

    /// Reads a document held in memory; `url` names it in diagnostics.
    public convenience init(
        bytes: [UInt8], url: String, options: XMLParseOptions = .safe, limits: XMLLimits = .default
    ) throws(XMLError) {
        guard bytes.count <= limits.maxFileBytes else {
            throw XMLError.tooLarge(url, limit: limits.maxFileBytes, isFile: false)
        }
        try self.init(url: url, source: .bytes(bytes), options: options, limits: limits)
    }

    private init(url: String, source: Source, options: XMLParseOptions, limits: XMLLimits) throws(XMLError) {
        self.session = ParserSession(url: url, options: options, limits: limits, streaming: true)
        self.source = source
        self.buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        // libxml2 detects the encoding (BOM, UTF-16) from the first four bytes it is given.
        let head = try read(upTo: 4)
        let session = self.session
        let ctxt = try LibXML2.quietly { () throws(XMLError) -> xmlParserCtxtPtr in
            let created = buffer.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    xmlCreatePushParserCtxt(nil, nil, head > 0 ? chars.baseAddress : nil, Int32(head), url)
                }
            }
            guard let created else {
                throw XMLError(file: url, message: "cannot create a parser (out of memory)")
            }
            // NOBLANKS judges blanks from the tree built so far, which the stream prunes; the
            // session drops blank runs itself instead.
            xmlCtxtUseOptions(created, session.options.libxml2Flags & ~Int32(XML_PARSE_NOBLANKS.rawValue))
            session.attach(to: created)
            return created
        }
        self.parserContext = ctxt
    }

    deinit {
        guard let ctxt = parserContext else { return }
        LibXML2.quietly {
            // The push parser leaves its (mostly pruned) tree to us.
            if let document = ctxt.pointee.myDoc {
                ctxt.pointee.myDoc = nil
                xmlFreeDoc(document)
            }
            xmlFreeParserCtxt(ctxt)
        }
    }

    /// Non-fatal diagnostics reported so far (at most the first 100).
    public var warnings: [XMLError] { session.log.warnings }

    /// The next event, `nil` at the end of the document. Throws the first error in the input,
    /// after every event before it; once it has thrown, it throws the same error again.
    public func next() throws(XMLError) -> Event? {
        while true {
            switch session.dequeue() {
            case .event(let event)?:
                return event
            case .failure(let error)?:
                failure = error
                finished = true
                throw error
            case nil:
                if let failure { throw failure }
                if finished { return nil }
                feed()
            }
        }
    }

    /// Hands libxml2 the next chunk of input, or the end of it.
    private func feed() {
        guard let ctxt = parserContext else {
            finished = true
            return
        }
        let count: Int
        do {
            count = try read(upTo: Self.chunkSize)
        } catch {
            session.report(error)
            finished = true
            return
        }
        if count == 0 { reportTruncation(ctxt) }
        LibXML2.quietly {
            withExtendedLifetime(session) {
                buffer.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        _ = xmlParseChunk(ctxt, chars.baseAddress, Int32(count), count == 0 ? 1 : 0)
                    }
                }
            }
        }
        if count == 0 {
            finished = true
            session.flushText()
            if ctxt.pointee.wellFormed == 0, !session.failureQueued {
                session.report(XMLError(file: session.url, message: "the document is not well-formed"))
            }
        }
    }

    /// At the end of input, libxml2's push parser calls any unfinished document "Extra content at
    /// the end of the document". Report what the document parser says instead (same domain and
    /// code), so both readers describe a truncated or empty input alike.
    private func reportTruncation(_ ctxt: xmlParserCtxtPtr) {
        let state = ctxt.pointee.instate
        guard !session.failureQueued, state != XML_PARSER_EOF, state != XML_PARSER_EPILOG else { return }
        let input = ctxt.pointee.input
        let line = input.map { Int($0.pointee.line) } ?? 0
        let column = input.map { Int($0.pointee.col) } ?? 0
        var error = XMLError(
            file: session.url, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
            domain: Int(XML_FROM_PARSER.rawValue), code: Int(XML_ERR_DOCUMENT_EMPTY.rawValue), message: "Document is empty")
        if let open = session.openElements.last {
            error.code = Int(XML_ERR_TAG_NOT_FINISHED.rawValue)
            error.message = "Premature end of data in tag \(open.name) line \(open.line)"
        } else if session.sawElement {
            return
        }
        session.report(error)
    }

    /// Fills the start of `buffer` with up to `limit` bytes of input; 0 at the end.
    private func read(upTo limit: Int) throws(XMLError) -> Int {
        switch source {
        case .bytes(let bytes):
            let count = min(limit, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { origin in
                buffer.withUnsafeMutableBytes { target in
                    target.baseAddress!.copyMemory(from: origin.baseAddress! + offset, byteCount: count)
                }
            }
            offset += count
            return count
        case .file(let input):
            var filled = 0
            while filled < limit {
                let result = buffer.withUnsafeMutableBytes { target in
                    input.read(into: target.baseAddress! + filled, count: limit - filled)
                }
                let count = try result.get()
                if count == 0 { break }
                filled += count
            }
            return filled
        }
    }
}
