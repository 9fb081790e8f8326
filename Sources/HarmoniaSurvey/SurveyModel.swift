import HarmoniaAlign
import HarmoniaModel

/// A document of the catalogue, as the survey lists it.
public struct SurveyDocument: Hashable, Sendable {
    public var id: String
    public var role: DocumentRole
    public var path: String
    public var edition: String?
    public var date: String?
    public var title: String?
    /// The designations its `correspondence` elements name, in document order.
    public var references: [String]
    public var supersedes: [String]
    /// How many indicators it states, table cells included.
    public var indicators: Int

    public init(path: String, document: Document) {
        id = document.id
        role = document.role
        self.path = path
        edition = document.edition
        date = document.date
        title = document.title(in: document.language)
        references = document.correspondences.map(\.ref)
        supersedes = document.supersedes
        indicators = document.indicators.count
    }
}

/// One technical deviation of a comparison, in a line.
public struct SurveyDeviation: Hashable, Sendable {
    public var verdict: Verdict
    public var concept: String
    /// The indicator ids on each side (`nil` for the side that has none).
    public var domestic: String?
    public var reference: String?
    /// Whether a justification or a justified omission explains it.
    public var explained: Bool
}

/// What the survey keeps of one comparison: its figures and its deviations, not its pairs.
public struct ComparisonDigest: Hashable, Sendable {
    /// Index into ``Survey/documents`` of the document under assessment, and of its reference.
    public var domestic: Int
    public var reference: Int
    public var score: Score
    public var counts: VerdictCounts
    public var degree: Degree
    /// The technical deviations (editorial differences, such as a unit written otherwise, are not).
    public var deviations: [SurveyDeviation]
    /// Set when the document does not declare this reference (it declares another edition, say).
    public var declarationWarning: String?
    public var unexplained: Int { deviations.filter { !$0.explained }.count }

    public init(domestic: Int, reference: Int, comparison: Comparison) {
        self.domestic = domestic
        self.reference = reference
        score = comparison.score
        counts = comparison.counts
        degree = comparison.degree.computed
        declarationWarning = comparison.declarationWarning
        deviations = comparison.pairs.filter(\.isTechnicalDeviation).map {
            SurveyDeviation(
                verdict: $0.verdict, concept: $0.concept, domestic: $0.domestic?.id,
                reference: $0.international?.id, explained: $0.explanation != nil)
        }
    }
}

/// A domestic or regional document compared with a reference its `correspondence` declares.
public struct SurveyFamily: Hashable, Sendable {
    public var comparison: ComparisonDigest
    /// The designation the document names (the reference's id, or an edition it replaces).
    public var named: String
    /// The degree the document declares towards `named`.
    public var declaredDegree: Degree?
    /// Why the reference is another edition than the one named.
    public var note: String?
    /// The current edition in the catalogue that replaces the reference, when the reference is superseded.
    public var referenceSupersededBy: String?

    /// A declaration higher than the computed degree.
    public var declarationSupported: Bool {
        guard let declaredDegree else { return true }
        return declaredDegree <= comparison.degree
    }
}

/// The gaps in the catalogue.
public struct SurveyGaps: Hashable, Sendable {
    /// A document names a reference that is not in the catalogue, nor any edition of it.
    public struct MissingReference: Hashable, Sendable {
        public var document: Int
        public var ref: String
    }

    /// International documents that no domestic or regional document corresponds to, through any
    /// edition: indices into ``Survey/documents``, current editions only.
    public var uncovered: [Int] = []
    public var missingReferences: [MissingReference] = []
}

/// Regional documents that correspond to the same document, or to each other.
public struct RegionalGroup: Hashable, Sendable {
    /// The documents they correspond to (ids as the catalogue writes them, or as named when not in it),
    /// regional members excluded; empty when the members only name one another.
    public var references: [String]
    /// Indices into ``Survey/documents``, by id.
    public var documents: [Int]
    /// Every ordered pair of members compared: members[i] assessed against members[j].
    public var pairs: [ComparisonDigest]
    /// Members whose mutual comparisons find no technical deviation, two or more to a class.
    public var equivalenceClasses: [[Int]]

    /// The first reference, which names the group.
    public var reference: String? { references.first }
}

/// The catalogue-wide figures.
public struct SurveySummary: Hashable, Sendable {
    public var documents: [DocumentRole: Int] = [:]
    /// Domestic documents that take part in at least one family.
    public var domesticCompared = 0
    /// Those whose every family computes IDT or MOD.
    public var domesticIDTorMOD = 0
    /// The share, in tenths of a percent (rounded half up); `nil` when no domestic document was compared.
    public var domesticIDTorMODShareTenths: Int?
    /// Σ score × the reference's requirements / Σ the references' requirements over every family (a
    /// requirement as the score counts it: an indicator, or a whole table), in tenths.
    public var consistencyTenths: Int?
    public var declarations = 0
    public var unsupportedDeclarations = 0
    public var comparisons = 0
}

/// The survey of a whole catalogue.
public struct Survey: Sendable {
    /// Every document read, by id (then path).
    public var documents: [SurveyDocument]
    /// By domestic id, then reference id.
    public var families: [SurveyFamily]
    public var gaps: SurveyGaps
    /// By reference, then first member.
    public var regional: [RegionalGroup]
    public var summary: SurveySummary
    /// Planning notes: a document naming no reference, duplicate ids, a domestic document named as a reference.
    public var notes: [String]
    /// Files left out, with why (`path:line: error: …`), set by whoever read them.
    public var leftOut: [String] = []
}
