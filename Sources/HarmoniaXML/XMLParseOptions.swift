internal import CLibXML2

/// How HarmoniaXML parses XML. Every parse is safe; options can only make it stricter or
/// drop blank text, never unlock a dangerous libxml2 feature.
///
/// **Safety defaults** (``safe``, used everywhere unless you say otherwise):
/// - No network access, ever (`XML_PARSE_NONET`).
/// - No entity substitution: an entity reference stays a reference node
///   (``XMLNode/entityReference(_:)``) and contributes nothing to text or attribute values;
///   external entities (`SYSTEM "file:…"`, `"http://…"`) are never read.
/// - No DTD loading, no DTD attribute defaults, no DTD validation: a DOCTYPE is accepted
///   (``XMLDocument/hasDoctype``) unless ``forbidDoctype`` is given, but its external subset is
///   never fetched, so a reference to an entity only that subset declares is an error.
/// - No XInclude processing: `xi:include` stays an ordinary element for the caller to refuse.
/// - libxml2's hard limits stay on (`XML_PARSE_HUGE` is never set), and input is read from the
///   file itself, never through libxml2's transparent gzip/xz decompression.
/// - Line numbers are kept, also past line 65,535.
/// - Any diagnostic above a warning fails the parse (including namespace errors such as an
///   undeclared prefix); warnings are kept in ``XMLDocument/warnings``. Nothing is printed:
///   diagnostics are collected per parse and returned as ``XMLError`` values.
///
/// **Limits** (see ``XMLLimits``):
/// - Input size: 256 MiB (268,435,456 bytes) by default, checked before parsing and while reading.
/// - Element nesting depth: 256 by default (libxml2's own limit; a larger value has no effect).
/// - Element count: unlimited by default; set ``XMLLimits/maxElements`` to bound the tree's memory.
/// - Fixed by libxml2 without `XML_PARSE_HUGE`: a name at most 50,000 bytes; an attribute
///   value, comment, CDATA section or processing instruction at most 10,000,000 bytes; entity
///   references nested at most 40 deep, and entity loops and amplification (the "billion
///   laughs" attack) refused. Text content is bounded only by the input size.
///
/// ```swift
/// let document = try XMLDocument.parse(file: path, options: [.safe, .forbidDoctype])
/// ```
public struct XMLParseOptions: OptionSet, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The safe defaults described above; the baseline every other option adds to.
    public static let safe: XMLParseOptions = []

    /// Refuse any DOCTYPE (internal or external subset): parsing stops with an error at the
    /// DOCTYPE's line before a single declaration in it is read.
    public static let forbidDoctype = XMLParseOptions(rawValue: 1 << 0)

    /// Drop whitespace-only text between elements: libxml2's `XML_PARSE_NOBLANKS`, which keeps
    /// whitespace it judges significant (in mixed content).
    public static let removeBlankText = XMLParseOptions(rawValue: 1 << 1)

    /// The libxml2 `xmlParserOption` flags these options map to. Only flags that restrict
    /// or merely shape the output may ever appear here: never `NOENT`, `DTDLOAD`, `DTDATTR`,
    /// `DTDVALID`, `XINCLUDE`, `HUGE` or `RECOVER`.
    var libxml2Flags: Int32 {
        var flags = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
        if contains(.removeBlankText) {
            flags |= Int32(XML_PARSE_NOBLANKS.rawValue)
        }
        return flags
    }
}
