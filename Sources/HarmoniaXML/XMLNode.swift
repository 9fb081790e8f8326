/// A child of an element, as ``XMLElement/children`` lists it.
public enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    /// A text node or a CDATA section.
    case text(String)
    case comment(String)
    /// `target` or `target data`, as written between `<?` and `?>`.
    case processingInstruction(String)
    /// An unexpanded entity reference, by entity name (`&name;` gives `"name"`).
    case entityReference(String)
}
