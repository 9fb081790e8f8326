import HarmoniaIngest
import HarmoniaModel

/// What an extraction proposes: a specification document in the shape of the format, before it is written.
///
/// Every indicator carries the place it was read from, so that a person can check the proposal against the
/// source; nothing here is ever guessed: what could not be read is a warning, not a value.
public struct Draft: Sendable, Hashable {
    public var id: String
    public var role: String
    public var lang: String
    /// Titles as (language, text), in the order the source gives them.
    public var titles: [(lang: String, text: String)]
    public var issuer: String?
    public var edition: String?
    /// ISO 8601, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    public var supersedes: [String]
    public var correspondences: [DraftCorrespondence]
    public var sections: [DraftSection]

    public init(id: String, role: String, lang: String) {
        self.id = id
        self.role = role
        self.lang = lang
        titles = []
        supersedes = []
        correspondences = []
        sections = []
    }

    /// Every indicator, in document order.
    public var indicators: [DraftIndicator] { sections.flatMap(\.allIndicators) }

    public static func == (lhs: Draft, rhs: Draft) -> Bool {
        lhs.id == rhs.id && lhs.role == rhs.role && lhs.lang == rhs.lang
            && lhs.titles.map { [$0.lang, $0.text] } == rhs.titles.map { [$0.lang, $0.text] }
            && lhs.issuer == rhs.issuer && lhs.edition == rhs.edition && lhs.date == rhs.date
            && lhs.supersedes == rhs.supersedes && lhs.correspondences == rhs.correspondences
            && lhs.sections == rhs.sections
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(sections)
    }
}

/// A `correspondence` the document declares: the document it adopts and, when said, the degree.
public struct DraftCorrespondence: Sendable, Hashable {
    public var ref: String
    public var degree: String?

    public init(ref: String, degree: String?) {
        self.ref = ref
        self.degree = degree
    }
}

/// One clause: its number (from the source's label or the nesting of clauses), title and content.
public struct DraftSection: Sendable, Hashable {
    public var num: String
    public var title: String?
    public var indicators: [DraftIndicator]
    public var sections: [DraftSection]

    public init(num: String, title: String?) {
        self.num = num
        self.title = title
        indicators = []
        sections = []
    }

    var allIndicators: [DraftIndicator] { indicators + sections.flatMap(\.allIndicators) }

    /// Whether the clause or one below it holds an indicator; empty clauses are not written.
    var holdsIndicators: Bool { !indicators.isEmpty || sections.contains { $0.holdsIndicators } }
}

/// One extracted requirement.
public struct DraftIndicator: Sendable, Hashable {
    /// An explicit id (table cells: `Table 1[row][column]`); `nil` lets the reader generate one.
    public var id: String?
    /// The name the source prints, in `labelLang`; the reader resolves it to a concept.
    public var label: String
    public var labelLang: String
    /// Qualifiers as (name, value), in the order they were found.
    public var qualifiers: [Qualifier]
    /// A quantity expression the reader parses (checked before it is put here).
    public var value: String
    public var uncertainty: DraftUncertainty?
    /// Where it was read: `Table 1, row "Lower limit", column "Class A"`, `clause 5.2, paragraph 3`.
    public var source: String
    /// The line of the source file (of the `word/document.xml` part for DOCX).
    public var line: Int?

    public init(
        id: String? = nil, label: String, labelLang: String, qualifiers: [Qualifier] = [], value: String,
        source: String, line: Int?
    ) {
        self.id = id
        self.label = label
        self.labelLang = labelLang
        self.qualifiers = qualifiers
        self.value = value
        self.source = source
        self.line = line
    }
}

/// A qualifier of an extracted indicator (`class` = `A`).
public struct Qualifier: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An uncertainty stated with a value (`with a relative standard uncertainty of 1.5 × 10⁻⁶`).
public struct DraftUncertainty: Sendable, Hashable {
    public var value: String
    /// The coverage factor: 1 for a standard uncertainty.
    public var k: String?

    public init(value: String, k: String?) {
        self.value = value
        self.k = k
    }
}

/// The outcome of extracting one document.
public struct Extraction: Sendable {
    /// The proposal; `nil` when the input could not be read at all.
    public var draft: Draft?
    /// Errors (the input is refused) and warnings (something was left out, with its place).
    public var diagnostics: [Diagnostic]
    /// The format the input was recognised as.
    public var format: InputFormat?
    /// True when the file could not be read (missing, a directory): exit 66.
    public var unreadable: Bool

    public init(draft: Draft?, diagnostics: [Diagnostic], format: InputFormat?, unreadable: Bool = false) {
        self.draft = draft
        self.diagnostics = diagnostics
        self.format = format
        self.unreadable = unreadable
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
