internal import CLibXML2

/// Something a safe reader refuses to obey: an XInclude element, or an entity reference left unexpanded.
public enum ForbiddenConstruct: Sendable, Hashable {
    /// An element in an XInclude namespace, as written (`xi:include`), with its line.
    case xinclude(qualifiedName: String, line: Int)
    /// `&name;`, with the element that holds it and that element's line.
    case entityReference(name: String, parentLocalName: String, parentLine: Int)
}

extension XMLDocument {
    /// The first XInclude element or entity reference in document order, or `nil`, in the document as
    /// parsed (before any ``XMLElement/discard()``).
    ///
    /// Without a DOCTYPE nothing declares an entity, so the parse refuses every entity reference and
    /// keeps none; the first XInclude element is then the first the parser made, noted as it made it
    /// (elements are made in document order), and the tree is not walked again. With a DOCTYPE,
    /// libxml2's nodes are walked in place: no Swift value is made for the nodes it passes.
    public func firstForbiddenConstruct() -> ForbiddenConstruct? {
        if !hasDoctype { return firstXInclude }
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        var node: xmlNodePtr? = root
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if let found = Self.xinclude(current) { return found }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            case XML_ENTITY_REF_NODE:
                // Never descend: an entity reference's `children` is the entity's declaration.
                let parent = current.pointee.parent
                return .entityReference(
                    name: String(xml: current.pointee.name) ?? "",
                    parentLocalName: parent.flatMap { String(xml: $0.pointee.name) } ?? "",
                    parentLine: parent.map { NodeAccess.line(of: $0) } ?? 0)
            default:
                break
            }
            node = NodeAccess.nextInPreorder(after: current, within: root)
        }
        return nil
    }

    /// `element` as a forbidden construct when it is in an XInclude namespace.
    static func xinclude(_ element: xmlNodePtr) -> ForbiddenConstruct? {
        guard isXInclude(element.pointee.ns?.pointee.href) else { return nil }
        let prefix = String(xml: element.pointee.ns?.pointee.prefix).map { $0 + ":" } ?? ""
        return .xinclude(
            qualifiedName: prefix + (String(xml: element.pointee.name) ?? ""), line: NodeAccess.line(of: element))
    }

    private static func isXInclude(_ href: UnsafePointer<xmlChar>?) -> Bool {
        guard let href else { return false }
        // Both the 2001 and the 2003 namespace, with anything after them. Reading stops at the first
        // byte that differs, so libxml2's terminating NUL is never passed.
        for (index, byte) in xincludeStem.enumerated() where href[index] != byte { return false }
        let year = href[xincludeStem.count]
        guard year == UInt8(ascii: "1") || year == UInt8(ascii: "3") else { return false }
        for (index, byte) in xincludeTail.enumerated() where href[xincludeStem.count + 1 + index] != byte {
            return false
        }
        return true
    }

    // Made once: this runs for every element of every document.
    private static let xincludeStem = Array("http://www.w3.org/200".utf8)
    private static let xincludeTail = Array("/XInclude".utf8)
}
