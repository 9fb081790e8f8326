internal import CLibXML2

/// A lightweight handle to an element; keeps its document alive.
///
/// Two handles are equal when they denote the same element of the same document.
public struct XMLElement: Sendable, Hashable {
    /// Keeps the tree alive as long as any handle into it exists.
    let document: XMLDocument
    private let node: NodeHandle

    init(document: XMLDocument, node: xmlNodePtr) {
        self.document = document
        self.node = NodeHandle(raw: UnsafeMutableRawPointer(node))
    }

    private var pointer: xmlNodePtr { node.raw.assumingMemoryBound(to: xmlNode.self) }

    /// The element's name without prefix.
    public var localName: String { String(xml: pointer.pointee.name) ?? "" }

    /// Whether the element has this local name in this namespace (`nil`: no namespace).
    ///
    /// Compares libxml2's own strings, so looking for a child by name makes no Swift strings.
    public func hasName(_ localName: String, namespaceURI: String?) -> Bool {
        let node = pointer.pointee
        guard NodeAccess.equal(node.name, localName) else { return false }
        guard let namespaceURI else { return node.ns == nil }
        return NodeAccess.equal(node.ns?.pointee.href, namespaceURI)
    }

    /// The namespace the element is in, `nil` for none.
    public var namespaceURI: String? { NodeAccess.namespaceURI(of: pointer) }

    /// The prefix written in the document, `nil` for none (including the default namespace).
    public var prefix: String? { NodeAccess.prefix(of: pointer) }

    /// The 1-based line of the element's start tag (of its end, for a start tag spanning lines),
    /// exact past line 65,535.
    public var line: Int { NodeAccess.line(of: pointer) }

    /// The attributes in document order, without namespace declarations.
    public var attributes: [XMLAttribute] { NodeAccess.attributes(of: pointer) }

    /// How many attributes the element has, without namespace declarations.
    public var attributeCount: Int { NodeAccess.attributeCount(pointer) }

    /// Whether any attribute is in a namespace (written with a prefix).
    public var hasNamespacedAttribute: Bool { NodeAccess.hasNamespacedAttribute(pointer) }

    /// Calls `body` with each attribute's local name and value (as ``attributes`` gives it) as UTF-8
    /// bytes, in document order, without making strings: for a reader that has met most values before
    /// and looks them up by their bytes. The bytes are valid only during the call; namespaces are not
    /// given (see ``hasNamespacedAttribute``).
    public func forEachAttributeBytes(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        NodeAccess.forEachAttributeBytes(of: pointer, body)
    }

    /// The value of the attribute `localName` in `namespaceURI`; `nil` namespace means an
    /// attribute without namespace (an unprefixed one). Defaults a DTD declares are never applied.
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
        NodeAccess.attribute(of: pointer, localName: localName, namespaceURI: namespaceURI)
    }

    /// The children in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(document: document, node: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                result.append(.text(String(xml: current.pointee.content) ?? ""))
            case XML_COMMENT_NODE:
                result.append(.comment(String(xml: current.pointee.content) ?? ""))
            case XML_PI_NODE:
                let target = String(xml: current.pointee.name) ?? ""
                let data = String(xml: current.pointee.content) ?? ""
                result.append(.processingInstruction(data.isEmpty ? target : target + " " + data))
            case XML_ENTITY_REF_NODE:
                // Never follow `children` here: it points at the entity declaration.
                result.append(.entityReference(String(xml: current.pointee.name) ?? ""))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements in document order.
    public var childElements: [XMLElement] {
        var result: [XMLElement] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    /// All descendant text and CDATA, concatenated in document order. Entity references
    /// contribute nothing: entities are never expanded.
    /// Whether the element is in this namespace; compared in place, like ``hasName(_:namespaceURI:)``.
    public func isInNamespace(_ namespaceURI: String) -> Bool {
        NodeAccess.equal(pointer.pointee.ns?.pointee.href, namespaceURI)
    }

    /// Calls `body` with each child element in document order, without building an array; `body`
    /// returns `false` to stop early.
    public func forEachChildElement(_ body: (XMLElement) throws -> Bool) rethrows {
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if try !body(XMLElement(document: document, node: current)) { return }
            }
            child = current.pointee.next
        }
    }

    /// The first child element with this local name and namespace (`nil` namespace: none).
    public func firstChildElement(named localName: String, namespaceURI: String?) -> XMLElement? {
        var found: XMLElement?
        forEachChildElement { element in
            if element.hasName(localName, namespaceURI: namespaceURI) {
                found = element
                return false
            }
            return true
        }
        return found
    }

    public var textContent: String { NodeAccess.textContent(of: pointer) }

    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.node == rhs.node
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
    }
}

/// A node address that may cross threads: the document it points into is immutable and kept
/// alive by the ``XMLElement`` holding it.
private struct NodeHandle: @unchecked Sendable, Hashable {
    let raw: UnsafeMutableRawPointer
}

extension XMLElement {
    /// Frees this element and everything below it now, rather than with the document.
    ///
    /// For a reader that builds its model one subtree at a time: a 10 MB specification's tree takes about
    /// 140 MB, and letting each part go once its model exists keeps the whole tree and the whole model
    /// from being held at once. This is the one call that changes a parsed document, so the rules are
    /// the caller's: nothing at or below this element is read again, through this handle or any other
    /// (the nodes are gone), and no other thread is reading the document.
    package func discard() {
        let node = pointer
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }
}
