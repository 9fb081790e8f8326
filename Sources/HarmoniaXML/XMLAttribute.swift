/// An attribute of an element.
public struct XMLAttribute: Hashable, Sendable {
    /// The name without prefix.
    public var localName: String
    /// The attribute's namespace; `nil` for an unprefixed attribute.
    public var namespaceURI: String?
    /// The prefix written in the document, `nil` for none.
    public var prefix: String?
    /// The value after entity and character-reference decoding of predefined entities
    /// (`&amp;`, `&#x41;`); references to declared entities contribute nothing.
    public var value: String

    public init(localName: String, namespaceURI: String? = nil, prefix: String? = nil, value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = value
    }
}
