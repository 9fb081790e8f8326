internal import CLibXML2

/// The C callbacks ``ParserSession`` installs on a parser context.
///
/// Each finds its session through the context (see ``ParserSession/from(context:)``). Callbacks
/// from a context other than the session's own come from libxml2 checking an entity's
/// replacement text: they are handed to libxml2's default SAX2 handlers unchanged, so such text
/// is checked but never reaches the caller.
enum ParserHooks {
    static let structuredError: xmlStructuredErrorFunc = { context, error in
        guard let error, let (ctxt, session) = ParserSession.from(context: context) else { return }
        var diagnostic = XMLError(libxml2: error, fallbackFile: session.url)
        // Always the name the caller gave, even where libxml2 rewrote or lost it.
        diagnostic.file = session.url
        if let position = session.position(for: ctxt) {
            (diagnostic.line, diagnostic.column) = position
        }
        session.report(diagnostic)
    }

    /// Feeds libxml2 from ``ParserSession/fileInput``; the context is the session.
    static let readFile: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return -1 }
        let session = Unmanaged<ParserSession>.fromOpaque(context).takeUnretainedValue()
        guard let input = session.fileInput else { return -1 }
        switch input.read(into: buffer, count: Int(length)) {
        case .success(let count):
            session.trailing.feed(UnsafeRawBufferPointer(start: buffer, count: count))
            if let offset = session.attributeCounter?.scan(UnsafeRawBufferPointer(start: buffer, count: count)) {
                let line = AttributeCounter.line(at: offset, inFile: input.path)
                session.report(XMLError.tooManyAttributes(session.url, line: line, limit: session.limits.maxAttributes))
                return -1
            }
            return Int32(count)
        case .failure(let error):
            session.report(error)
            return -1
        }
    }

    /// Installed only with ``XMLParseOptions/forbidDoctype``. libxml2 calls it as soon as it has
    /// read `<!DOCTYPE name ExternalID`, before the internal subset: stopping here means no
    /// declaration in it is ever processed.
    static let refuseDoctype: internalSubsetSAXFunc = { context, _, _, _ in
        guard let (ctxt, session) = ParserSession.from(context: context) else { return }
        guard ctxt.pointee.disableSAX == 0 else { return }
        session.stop(ctxt, "a DOCTYPE is not allowed in this document")
    }

    static let startElement: startElementNsSAX2Func = {
        context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
        guard let (ctxt, session) = ParserSession.from(context: context), session.isMain(ctxt) else {
            xmlSAX2StartElementNs(
                context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
            return
        }
        // nameNr counts the open ancestors; the root is at depth 1.
        let depth = Int(ctxt.pointee.nameNr) + 1
        guard depth <= session.limits.maxDepth else {
            session.stop(ctxt, "elements are nested deeper than the limit of \(session.limits.maxDepth)")
            return
        }
        session.elementCount += 1
        guard session.elementCount <= session.limits.maxElements else {
            session.stop(ctxt, "the document has more elements than the limit of \(session.limits.maxElements)")
            return
        }
        let line = Int(ctxt.pointee.input?.pointee.line ?? 0)
        let parent = ctxt.pointee.node
        xmlSAX2StartElementNs(
            context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
        guard let node = ctxt.pointee.node, node != parent else { return }
        if line >= Int(UInt16.max) {
            // libxml2's 16-bit line field saturates here: the exact line goes in the node's application
            // field, which libxml2 never reads or frees (see ``NodeAccess/line(of:)``).
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: line)
        }
        if session.firstXInclude == nil, let found = XMLDocument.xinclude(node) {
            session.firstXInclude = found
        }
    }
}
