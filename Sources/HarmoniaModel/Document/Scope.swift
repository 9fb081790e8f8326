/// Qualifiers that hold for a whole document: `<meta><scope><where class="0.5"/>…</scope></meta>`.
///
/// An indicator without a qualifier of a scope's name carries the scope's value for pairing and judging;
/// reference indicators whose qualifier of that name lies outside the scope are `missing`, explained by
/// the scope's justification when it gives one.
public struct Scope: Hashable, Sendable {
    public var qualifiers: [Qualifier]
    public var justification: LocalizedText?
    public var source: SourceLocation?

    public init(qualifiers: [Qualifier], justification: LocalizedText? = nil, source: SourceLocation? = nil) {
        self.qualifiers = qualifiers
        self.justification = justification
        self.source = source
    }
}

/// A correspondence the domestic document declares between one of its designations and one of the
/// reference's: `<designation domestic="1" international="B" qualifier="class"/>` inside `correspondence`.
///
/// Cross-scheme correspondences are declared, never assumed: class 1 of a water meter is not class B of
/// an electricity meter.
public struct DesignationCorrespondence: Hashable, Sendable, Codable {
    public var domestic: String
    public var international: String
    /// The qualifier it holds for; `nil` for every designation (class-like qualifiers and token values).
    public var qualifier: String?
    /// Where it was declared (file and line), for warnings.
    public var line: Int?

    public init(domestic: String, international: String, qualifier: String? = nil, line: Int? = nil) {
        self.domestic = domestic
        self.international = international
        self.qualifier = qualifier
        self.line = line
    }
}
