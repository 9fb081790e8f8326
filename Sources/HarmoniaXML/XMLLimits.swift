/// Resource limits applied to every parse, on top of libxml2's own fixed limits
/// (listed in ``XMLParseOptions``).
///
/// ```swift
/// var limits = XMLLimits.default
/// limits.maxFileBytes = 16 << 20
/// let document = try XMLDocument.parse(file: path, limits: limits)
/// ```
public struct XMLLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes. A larger file is refused before parsing starts
    /// (from its size on disk) and, should it grow, while it is read.
    /// Default: 256 MiB (268,435,456 bytes).
    public var maxFileBytes: Int

    /// The deepest element nesting accepted; the root element is at depth 1.
    /// Default: 256, libxml2's own limit without `XML_PARSE_HUGE`, which HarmoniaXML never
    /// lifts: a larger value therefore behaves as 256.
    public var maxDepth: Int

    /// The most elements accepted in one document; parsing stops with an error at the first one
    /// past it. The tree costs a few hundred bytes per element whatever the file size (a million
    /// `<p>x</p>` fit in 8 MiB and take about 350 MB), so this, not the size, bounds its memory.
    /// Default: unlimited (`Int.max`).
    public var maxElements: Int

    /// The most attributes one element may have. libxml2 takes time quadratic in this number, so a
    /// limit is counted in the raw bytes, before libxml2 parses them (`AttributeCounter`), and the file
    /// is refused at the first start tag past it.
    /// Default: unlimited (`Int.max`), which counts nothing.
    public var maxAttributes: Int

    /// Creates limits; the defaults are those of ``default``.
    public init(
        maxFileBytes: Int = 256 << 20, maxDepth: Int = 256, maxElements: Int = .max,
        maxAttributes: Int = .max
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
        self.maxAttributes = maxAttributes
    }

    /// 256 MiB, 256 levels, any number of elements and attributes.
    public static let `default` = XMLLimits()
}
