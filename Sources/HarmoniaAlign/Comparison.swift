import HarmoniaModel

/// What a report needs to know about each document, without the document itself.
public struct DocumentSummary: Hashable, Sendable {
    public var id: String
    public var role: DocumentRole
    public var edition: String?
    public var date: String?
    public var titles: [LocalizedText]
    public var issuer: String?
    public var sourceFile: String
    /// Every clause of the document (sub-clauses included, with or without indicators), in document order,
    /// for tables that list all clauses such as 章条编号对照一览表.
    public var clauses: [ClauseHeading]
    /// Every justification the document writes, in document order (``JustificationSite/all(in:)``).
    public var justifications: [JustificationSite]

    public init(_ document: Document) {
        id = document.id
        role = document.role
        edition = document.edition
        date = document.date
        titles = document.titles
        issuer = document.issuer
        sourceFile = document.sourceFile
        var clauses: [ClauseHeading] = []
        var stack = Array(document.sections.reversed())
        while let section = stack.popLast() {
            clauses.append(ClauseHeading(num: section.num, title: section.title))
            stack += section.sections.reversed()
        }
        self.clauses = clauses
        justifications = JustificationSite.all(in: document)
    }
}

/// A clause's number and title as printed.
public struct ClauseHeading: Hashable, Sendable {
    public var num: String
    public var title: String?

    public init(num: String, title: String?) {
        self.num = num
        self.title = title
    }
}

/// The whole result of comparing a domestic document with a reference: every pair, the degree and the score.
///
/// Writers turn a `Comparison` into bytes; the store records one. Neither recomputes it.
public struct Comparison: Sendable {
    public var domestic: DocumentSummary
    public var international: DocumentSummary
    /// In the contract's order: by international clause (numerically), then id; `added` pairs last, in domestic order.
    public var pairs: [Pair]
    /// The pairs grouped by requirement (a table or an indicator of the reference, or a domestic-only
    /// one): the reference's in the order of their first pair, then the domestic-only ones. Every pair
    /// belongs to exactly one requirement.
    public var requirements: [Requirement]
    public var counts: VerdictCounts
    public var score: Score
    public var degree: DegreeAssessment
    /// Things worth telling the user that do not stop the comparison (a `ref` naming nothing).
    public var warnings: [String]
    /// Set when the domestic document does not declare correspondence to this reference (another
    /// reference, none, or the arguments swapped): every report shows it at the top, the CLI on standard
    /// error. See ``DeclarationCheck``.
    public var declarationWarning: String?
    /// Why the correspondence is not declared, for reports that say it in their own language; set
    /// exactly when ``declarationWarning`` is.
    public var declarationFinding: DeclarationCheck.Finding? = nil
}

/// Options for a comparison.
public struct ComparisonOptions: Sendable {
    /// Relative tolerance within which two numbers count as equal; `nil` (the default) is exact.
    public var relativeTolerance: Rational?

    public init(relativeTolerance: Rational? = nil) {
        self.relativeTolerance = relativeTolerance
    }
}

/// Compares a domestic (or regional) document with its reference, as `comparison-contract.md` says.
public struct Comparator: Sendable {
    public var catalogue: ConceptCatalogue
    public var options: ComparisonOptions

    public init(catalogue: ConceptCatalogue = .shipped, options: ComparisonOptions = ComparisonOptions()) {
        self.catalogue = catalogue
        self.options = options
    }

    public func compare(_ domestic: Document, _ international: Document) -> Comparison {
        let declarations = domestic.declaredDesignations(towards: international)
        let domesticFolding = QualifierFolding(
            vocabulary: catalogue.vocabulary, referenceID: international.id,
            declarations: declarations)
        let internationalFolding = QualifierFolding(
            vocabulary: catalogue.vocabulary, referenceID: international.id,
            declarations: declarations, mapping: false)
        let applicability = Applicability(
            domestic: domestic, international: international,
            domesticFolding: domesticFolding, internationalFolding: internationalFolding)
        let context = PairingContext(
            domesticFolding: domesticFolding, internationalFolding: internationalFolding,
            scope: applicability.scope, excluded: applicability.excluded)
        let index = PreparedIndex(
            domestic: domestic.indicators, international: international.indicators, context: context)
        var pairing = Pairing(index: index, excluded: context.excluded)
        let raw = pairing.run(domesticID: domestic.id, internationalID: international.id)
        let explainer = Explainer(domestic: domestic, international: international)
        let judge = PairJudge(
            catalogue: catalogue, comparator: ValueComparator(relativeTolerance: options.relativeTolerance),
            domesticFolding: domesticFolding, internationalFolding: internationalFolding,
            domestic: domestic, international: international, omittedClasses: applicability.omittedClasses,
            scopeClasses: applicability.scopeClasses)

        // Each pair is judged on its own: the work splits over the cores, the pairs stay in order.
        var pairs = Parallel.map(Parallel.ranges(of: raw.count, pieces: Parallel.pieces)) { range in
            raw[range].map { judge.judge($0, index: index) }
        }.flatMap { $0 }
        // Justifications and omissions explain deviations from the reference they were written against:
        // a document that declares another reference has none for this one (see DeclarationCheck).
        let foreign = DeclarationCheck.foreignReferences(domestic: domestic, reference: international)
        if foreign.isEmpty {
            for (index, rawPair) in raw.enumerated() where pairs[index].verdict.isDeviation {
                if rawPair.domestic == nil, let i = rawPair.international,
                    let explanation = applicability.explanation(forInternational: i)
                {
                    pairs[index].explanation = explanation
                } else {
                    pairs[index].explanation = explainer.explanation(for: pairs[index])
                }
            }
        }
        Self.order(&pairs)
        var warnings = pairing.warnings
        warnings += explainer.danglingOmissions()
        warnings += applicability.warnings
        let counts = VerdictCounts(pairs)
        let catalogue = self.catalogue
        let requirements = RequirementGrouping.group(pairs) { catalogue.concept(id: $0)?.name(in: "en") }
        return Comparison(
            domestic: DocumentSummary(domestic), international: DocumentSummary(international), pairs: pairs,
            requirements: requirements, counts: counts, score: Score(requirements: requirements, pairs: pairs.count),
            degree: DegreeAssessment(
                pairs: pairs, requirements: requirements,
                declared: domestic.declaredDegree(towards: international.id),
                justificationsWrittenFor: foreign),
            warnings: warnings,
            declarationWarning: DeclarationCheck.warning(domestic: domestic, reference: international),
            declarationFinding: DeclarationCheck.finding(domestic: domestic, reference: international))
    }
}

/// Finds what explains a deviation: a justification on the domestic side, or a justified omission.
struct Explainer {
    let domestic: Document
    let international: Document
    private let omissions: [String: Omission]

    init(domestic: Document, international: Document) {
        self.domestic = domestic
        self.international = international
        var omissions: [String: Omission] = [:]
        for omission in domestic.omissions
        where omissions[omission.ref] == nil || omissions[omission.ref]?.justification == nil {
            omissions[omission.ref] = omission
        }
        self.omissions = omissions
    }

    func explanation(for pair: Pair) -> Explanation? {
        if let indicator = pair.domestic {
            return indicator.justification.map(Explanation.justification)
        }
        guard let indicator = pair.international else { return nil }
        for ref in [indicator.id, indicator.cell?.tableID].compactMap({ $0 }) {
            if let omission = omissions[ref], let text = omission.justification {
                return .omission(ref: ref, text)
            }
        }
        return nil
    }

    /// Omissions that name no indicator or table of the international document.
    func danglingOmissions() -> [String] {
        // Most documents omit nothing: then there is no need to index 100,000 ids.
        guard !domestic.omissions.isEmpty else { return [] }
        var known = Set(international.indicators.map(\.id))
        known.formUnion(international.tables.map(\.id))
        return domestic.omissions.filter { !$0.isScoped && !known.contains($0.ref) }.map {
            "\(domestic.id): omission of \"\($0.ref)\" (clause \($0.clause)) names nothing in \(international.id)"
        }
    }
}
