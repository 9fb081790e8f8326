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

    /// By international clause (numerically), then in natural order (``NaturalOrder``): a table's cells
    /// by table id, row key, column key (`100 mg` before `1 g`, `E2` before `F1`), other indicators by id;
    /// `added` pairs follow, by domestic clause and the same order ("in domestic order" read so that moving
    /// indicators around in a file never reorders the output). Pairs that share their reference indicator
    /// (bands, restatements) follow by domestic id. Keys are computed once per distinct text.
    static func order(_ pairs: inout [Pair]) {
        /// The clause, the table id (or the indicator id), the row key, the column key: first positions in
        /// `clauses` and `texts`, then replaced by their ranks (see `ranks`). Integers only, so that the
        /// sort copies no strings; ids are read only to break ties.
        struct SortKey {
            var added: Bool
            var clause: Int, name: Int, row: Int, column: Int
        }
        // Distinct texts are gathered first (a few thousand clauses; table ids, row and column keys, and the
        // ids of indicators outside tables, up to one per indicator), parsed in parallel and ranked once, so
        // the sort compares integers, not parsed keys.
        var clauses: [String] = []
        var clauseIndex: [UTF8Key: Int] = [:]
        var texts: [String] = [""]
        var textIndex: [UTF8Key: Int] = [UTF8Key(""): 0]
        textIndex.reserveCapacity(pairs.count)
        func position(_ text: String, in list: inout [String], _ index: inout [UTF8Key: Int]) -> Int {
            let key = UTF8Key(text)
            if let known = index[key] { return known }
            list.append(text)
            index[key] = list.count - 1
            return list.count - 1
        }
        // Neighbours mostly share their clause and table: the previous answer saves a lookup.
        var last = (clause: "", clauseRank: -1, name: "", nameRank: -1)
        var keys = [SortKey]()
        keys.reserveCapacity(pairs.count)
        for index in pairs.indices {
            let side = pairs[index].international ?? pairs[index].domestic!
            let clause = side.clause
            if last.clauseRank < 0 || Utf8Order.compare(clause, last.clause) != 0 {
                last.clause = clause
                last.clauseRank = position(clause, in: &clauses, &clauseIndex)
            }
            let cell = side.cell
            let name = cell?.tableID ?? side.id
            if last.nameRank < 0 || Utf8Order.compare(name, last.name) != 0 {
                last.name = name
                last.nameRank = position(name, in: &texts, &textIndex)
            }
            keys.append(
                SortKey(
                    added: pairs[index].international == nil, clause: last.clauseRank, name: last.nameRank,
                    // Indicators outside tables have no row or column key: index 0, the empty text.
                    row: cell.map { position($0.rowKey, in: &texts, &textIndex) } ?? 0,
                    column: cell.map { position($0.columnKey, in: &texts, &textIndex) } ?? 0))
        }
        let clauseRank = ranks(clauses, ClauseOrder.Key.init)
        let textRank = naturalRanks(texts)
        for index in keys.indices {
            keys[index].clause = clauseRank[keys[index].clause]
            keys[index].name = textRank[keys[index].name]
            keys[index].row = textRank[keys[index].row]
            keys[index].column = textRank[keys[index].column]
        }
        // Pairs that tie share their reference indicator (bands, restatements), or are domestic-only: by
        // id, then by the domestic id.
        func tieOrder(_ a: Int, _ b: Int) -> Bool {
            func id(_ index: Int) -> String { pairs[index].international?.id ?? pairs[index].domestic!.id }
            func other(_ index: Int) -> String {
                pairs[index].international == nil ? "" : pairs[index].domestic?.id ?? ""
            }
            let order = Utf8Order.compare(id(a), id(b))
            return order != 0 ? order < 0 : Utf8Order.compare(other(a), other(b)) < 0
        }
        let order = keys.withUnsafeBufferPointer { keys in
            pairs.indices.sorted { a, b in
                let x = keys[a]
                let y = keys[b]
                if x.added != y.added { return !x.added }
                if (x.clause, x.name, x.row, x.column) != (y.clause, y.name, y.row, y.column) {
                    return (x.clause, x.name, x.row, x.column) < (y.clause, y.name, y.row, y.column)
                }
                return tieOrder(a, b)
            }
        }
        // Each pair is moved into place by swaps along the permutation's cycles, never copied: a copy of a
        // pair is a handful of retains, and dropping the unsorted array as many releases.
        var placed = [Bool](repeating: false, count: pairs.count)
        for start in pairs.indices where !placed[start] {
            var current = start
            placed[current] = true
            while order[current] != start {
                let source = order[current]
                pairs.swapAt(current, source)
                current = source
                placed[current] = true
            }
        }
    }

    /// Each text's place in the order of its keys (equal keys, equal places); the keys are parsed in parallel.
    private static func ranks<Key: Comparable & Sendable>(
        _ texts: [String], _ key: @escaping @Sendable (String) -> Key
    ) -> [Int] {
        let parsed = parsedInParallel(texts, key)
        let sorted = parsed.indices.sorted { parsed[$0] < parsed[$1] }
        var rank = [Int](repeating: 0, count: parsed.count)
        for (place, index) in sorted.enumerated() where place > 0 {
            let previous = sorted[place - 1]
            rank[index] = parsed[previous] < parsed[index] ? place : rank[previous]
        }
        return rank
    }

    /// Each distinct text's place in natural order. Up to one text per indicator: their keys' bytes are laid
    /// end to end and compared in place, so that the sort copies nothing (only two quantities need their
    /// keys' values).
    private static func naturalRanks(_ texts: [String]) -> [Int] {
        let keys = parsedInParallel(texts, NaturalOrder.Key.init)
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            starts.append(bytes.count)
            bytes += key.bytes
        }
        starts.append(bytes.count)
        let isQuantity = keys.map(\.isQuantity)
        let sorted = bytes.withUnsafeBufferPointer { bytes in
            keys.indices.sorted { a, b in
                if isQuantity[a] && isQuantity[b] { return keys[a] < keys[b] }
                return NaturalOrder.Key.compareBytes(
                    UnsafeBufferPointer(rebasing: bytes[starts[a]..<starts[a + 1]]),
                    UnsafeBufferPointer(rebasing: bytes[starts[b]..<starts[b + 1]])) < 0
            }
        }
        // Distinct texts have distinct keys: each its own place.
        var rank = [Int](repeating: 0, count: keys.count)
        for (place, index) in sorted.enumerated() { rank[index] = place }
        return rank
    }

    private static func parsedInParallel<Key: Sendable>(
        _ texts: [String], _ key: @escaping @Sendable (String) -> Key
    ) -> [Key] {
        Parallel.map(Parallel.ranges(of: texts.count, pieces: Parallel.pieces)) { range in
            texts[range].map(key)
        }.flatMap { $0 }
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
