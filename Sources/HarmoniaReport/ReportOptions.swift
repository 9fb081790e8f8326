import HarmoniaModel

/// What every report writer needs besides the ``HarmoniaAlign/Comparison`` itself.
public struct ReportOptions: Sendable {
    /// The language of the interface text; the documents' own text stays as written.
    public var language: ReportLanguage
    /// The member body (national committee) code for the comment sheet's MB/NC column, e.g. `CN`.
    public var memberBody: String?
    /// A date to print on the reports (as given, e.g. `2024-05-01`). Without one no date appears, so
    /// the same input always gives the same bytes.
    public var date: String?
    /// The international project the comment sheet is on (its Project header), e.g.
    /// `TC 8/SC 5, revision of R 49-1`; empty when not given. Never filled from the comparison: the
    /// assessment is ours, the project is the committee's.
    public var project: String?
    /// Where concept names come from, in the report's language.
    public var catalogue: ConceptCatalogue
    /// Which rows the comment sheet holds.
    public var comments: CommentSelection

    public init(
        language: ReportLanguage = .en, memberBody: String? = nil, date: String? = nil, project: String? = nil,
        catalogue: ConceptCatalogue = .shipped, comments: CommentSelection = .all
    ) {
        self.language = language
        self.memberBody = memberBody
        self.date = date
        self.project = project
        self.catalogue = catalogue
        self.comments = comments
    }
}
