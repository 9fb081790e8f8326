internal import CLibXML2

/// Read-only access to libxml2 nodes, for ``XMLElement`` and the checks made after parsing.
///
/// Nothing here expands an entity: an entity-reference node's `children` points at the entity
/// declaration itself, so it is never followed. libxml2's own helpers (`xmlNodeGetContent`,
/// `xmlNodeListGetString`, `xmlGetProp`) would expand references or apply DTD attribute
/// defaults, which is why they are not used.
enum NodeAccess {
    static func namespaceURI(of node: xmlNodePtr) -> String? {
        String(xml: node.pointee.ns?.pointee.href)
    }

    static func prefix(of node: xmlNodePtr) -> String? {
        String(xml: node.pointee.ns?.pointee.prefix)
    }

    /// The element's attributes in document order. Namespace declarations (`xmlns…`) are not
    /// attributes in libxml2's tree and so are not listed.
    static func attributes(of node: xmlNodePtr) -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let namespace = current.pointee.ns
            result.append(
                XMLAttribute(
                    localName: String(xml: current.pointee.name) ?? "",
                    namespaceURI: String(xml: namespace?.pointee.href),
                    prefix: String(xml: namespace?.pointee.prefix),
                    value: text(ofList: current.pointee.children)))
            attribute = current.pointee.next
        }
        return result
    }

    /// The value of one attribute, matched on local name and namespace (`nil`: no namespace).
    static func attribute(of node: xmlNodePtr, localName: String, namespaceURI: String?) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            // Compared in place: a specification reads several attributes of each of its elements, and
            // making a String of every name along the way was a tenth of ingestion.
            if equal(current.pointee.name, localName),
                namespaceURI.map({ equal(current.pointee.ns?.pointee.href, $0) }) ?? (current.pointee.ns == nil)
            {
                return text(ofList: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether libxml2's NUL-terminated `xml` holds exactly the bytes of `text`.
    static func equal(_ xml: UnsafePointer<xmlChar>?, _ text: String) -> Bool {
        guard let xml else { return false }
        var text = text
        // A native string hands out its own bytes: nothing is copied.
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if xml[index] != bytes[index] { return false }
                index += 1
            }
            return xml[index] == 0
        }
    }

    /// An attribute's value: its text children; entity references contribute nothing.
    private static func text(ofList first: xmlNodePtr?) -> String {
        withValueBytes(ofList: first) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with an attribute value's UTF-8 bytes: its text children; entity references contribute
    /// nothing. The bytes live only during the call.
    static func withValueBytes<R>(ofList first: xmlNodePtr?, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // Almost every attribute value is one text node: lent straight from libxml2's bytes, with no
        // buffer between (and no allocation at all).
        if let only = first, only.pointee.next == nil {
            guard only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content else {
                return body(UnsafeBufferPointer(start: nil, count: 0))
            }
            return body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        var bytes: [UInt8] = []
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            node = current.pointee.next
        }
        return bytes.withUnsafeBufferPointer(body)
    }

    /// Whether any of the element's attributes is in a namespace (a prefixed attribute).
    static func hasNamespacedAttribute(_ node: xmlNodePtr) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns != nil { return true }
            attribute = current.pointee.next
        }
        return false
    }

    /// How many attributes the element has (namespace declarations are not attributes).
    static func attributeCount(_ node: xmlNodePtr) -> Int {
        var count = 0
        var attribute = node.pointee.properties
        while let current = attribute {
            count += 1
            attribute = current.pointee.next
        }
        return count
    }

    /// Calls `body` with each attribute's local name and value as UTF-8 bytes, in document order.
    static func forEachAttributeBytes(
        of node: xmlNodePtr, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
            withValueBytes(ofList: current.pointee.children) { value in
                body(name ?? UnsafeBufferPointer(start: nil, count: 0), value)
            }
            attribute = current.pointee.next
        }
    }

    /// All descendant text and CDATA in document order, without recursion (no stack growth with
    /// depth). Entity references, comments and processing instructions contribute nothing.
    static func textContent(of root: xmlNodePtr) -> String {
        // Most elements with text hold a single text node: decoded in place, as for attributes.
        if let only = root.pointee.children, only.pointee.next == nil,
            only.pointee.type == XML_TEXT_NODE || only.pointee.type == XML_CDATA_SECTION_NODE
        {
            guard let content = only.pointee.content else { return "" }
            return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        var node = root.pointee.children
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            case XML_ELEMENT_NODE:
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            default:
                break
            }
            node = nextInPreorder(after: current, within: root)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The next node after `node`'s subtree, climbing back up but never above `root`.
    static func nextInPreorder(after node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while current != root {
            if let next = current.pointee.next { return next }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }

    /// The element's line: libxml2's, or the exact one ``ParserHooks/startElement`` recorded past 65,535
    /// in the node's `_private` field (libxml2 leaves that field to the application). Kept in the node
    /// rather than in a table by address: no hashing per element, in parsing or in reading lines.
    static func line(of node: xmlNodePtr) -> Int {
        let stored = Int(node.pointee.line)
        if stored < Int(UInt16.max) { return stored }
        if let exact = node.pointee._private { return Int(bitPattern: exact) }
        return max(0, Int(xmlGetLineNo(node)))
    }
}
