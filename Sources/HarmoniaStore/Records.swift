import GRDB
import HarmoniaAlign
import HarmoniaModel

// Rows as they are stored. Internal: callers see the public values below, never GRDB's types.

struct DocumentRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    var id: Int64?
    var designation: String
    var role: String
    var edition: String?
    var date: String?
    var title: String?
    var contentHash: String
    var sourceFile: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct SupersedesRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "documentSupersedes"
    var documentId: Int64
    var position: Int
    var ref: String
}

struct ComparisonRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "comparison"
    var id: Int64?
    var domesticId: Int64
    var internationalId: Int64
    var recordedAt: String
    var scoreTenths: Int
    var degree: String
    var declaredDegree: String?
    var identical: Int
    var equivalent: Int
    var stricter: Int
    var looser: Int
    var different: Int
    var missing: Int
    var added: Int
    var pairCount: Int
    var unexplained: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var counts: VerdictCounts {
        var counts = VerdictCounts()
        let stored: [(Verdict, Int)] = [
            (.identical, identical), (.equivalent, equivalent), (.stricter, stricter),
            (.looser, looser), (.different, different), (.missing, missing), (.added, added),
        ]
        for (verdict, count) in stored { counts[verdict] = count }
        return counts
    }
}

struct PairRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pair"
    var comparisonId: Int64
    var position: Int
    var verdict: String
    var concept: String
    var step: String
    var domesticIndicator: String?
    var domesticClause: String?
    var domesticValue: String?
    var internationalIndicator: String?
    var internationalClause: String?
    var internationalValue: String?
    var explained: Bool?
    var justification: String?
    var detail: String
    /// The pair's qualifiers as a key (see ``RecordedPair/qualifiers``); `nil` in records made before
    /// the column existed.
    var qualifiers: String?
}

/// What the store needs to know about a file beyond what the comparison says: its fingerprint and lineage.
public struct DocumentProvenance: Hashable, Sendable {
    /// SHA-256 of the file's bytes, in hexadecimal.
    public var contentHash: String
    /// Designations of the editions the document replaces (its `supersedes` elements).
    public var supersedes: [String]

    public init(contentHash: String, supersedes: [String]) {
        self.contentHash = contentHash
        self.supersedes = supersedes
    }

    /// The provenance of a document read from `bytes`.
    public init(bytes: [UInt8], document: Document) {
        self.init(contentHash: SHA256.hex(of: bytes), supersedes: document.supersedes)
    }
}

/// A document as the store remembers it.
public struct RecordedDocument: Hashable, Sendable {
    /// The designation, e.g. `JJG 99-2006`.
    public var id: String
    public var role: DocumentRole?
    public var edition: String?
    /// The publication date as written.
    public var date: String?
    public var title: String?
    public var contentHash: String
    public var sourceFile: String
    public var supersedes: [String]

    public init(
        id: String, role: DocumentRole?, edition: String? = nil, date: String? = nil, title: String? = nil,
        contentHash: String = "", sourceFile: String = "", supersedes: [String] = []
    ) {
        self.id = id
        self.role = role
        self.edition = edition
        self.date = date
        self.title = title
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.supersedes = supersedes
    }

    /// The date to place the document in time: its `date`, else the year of its edition, else the year in
    /// its designation (`JJG 99-2006` → `2006`); `nil` when none says.
    public var effectiveDate: String? {
        if let date, date.count >= 4, date.prefix(4).allSatisfy(\.isASCIIDigit) { return date }
        return Designation.year(in: edition ?? "") ?? Designation.year(in: id)
    }
}

/// One recorded comparison: the two documents, when it was recorded, and its summary.
public struct RecordedComparison: Hashable, Sendable {
    /// The record id (`#3`), stable for the life of the database.
    public var recordID: Int64
    public var domestic: RecordedDocument
    public var international: RecordedDocument
    /// When the comparison was recorded, ISO 8601 in UTC (`2024-05-01T00:00:00Z`).
    public var recordedAt: String
    /// The score in tenths, as the comparison computed it (938 is 93.8).
    public var scoreTenths: Int
    public var degree: Degree
    public var declaredDegree: Degree?
    public var counts: VerdictCounts
    public var pairCount: Int
    /// How many deviations nothing explains.
    public var unexplained: Int

    public init(
        recordID: Int64, domestic: RecordedDocument, international: RecordedDocument, recordedAt: String,
        scoreTenths: Int, degree: Degree, declaredDegree: Degree? = nil, counts: VerdictCounts,
        pairCount: Int, unexplained: Int
    ) {
        self.recordID = recordID
        self.domestic = domestic
        self.international = international
        self.recordedAt = recordedAt
        self.scoreTenths = scoreTenths
        self.degree = degree
        self.declaredDegree = declaredDegree
        self.counts = counts
        self.pairCount = pairCount
        self.unexplained = unexplained
    }

    /// `93.8`, `100.0`.
    public var scoreText: String { ScoreText.format(tenths: scoreTenths) }
}

/// One recorded pair.
public struct RecordedPair: Hashable, Sendable {
    /// The pair's place in the comparison's order.
    public var position: Int
    public var verdict: Verdict
    public var concept: String
    public var domesticIndicator: String?
    public var domesticClause: String?
    public var domesticValue: String?
    public var internationalIndicator: String?
    public var internationalClause: String?
    public var internationalValue: String?
    /// `nil` for agreement; for a deviation whether a justification or an omission explains it.
    public var explained: Bool?
    public var justification: String?
    public var detail: String
    /// The qualifiers of the pair's reference side (else its domestic side) as one key,
    /// `class=e2;nominal=1kg`: names sorted, values folded. It lets a diff match a requirement across
    /// editions whose ids differ. `nil` for records made before Harmonia kept it.
    public var qualifiers: String?

    public init(
        position: Int, verdict: Verdict, concept: String, domesticIndicator: String? = nil,
        domesticClause: String? = nil, domesticValue: String? = nil, internationalIndicator: String? = nil,
        internationalClause: String? = nil, internationalValue: String? = nil, explained: Bool? = nil,
        justification: String? = nil, detail: String = "", qualifiers: String? = nil
    ) {
        self.position = position
        self.verdict = verdict
        self.concept = concept
        self.domesticIndicator = domesticIndicator
        self.domesticClause = domesticClause
        self.domesticValue = domesticValue
        self.internationalIndicator = internationalIndicator
        self.internationalClause = internationalClause
        self.internationalValue = internationalValue
        self.explained = explained
        self.justification = justification
        self.detail = detail
        self.qualifiers = qualifiers
    }

    /// The key of ``qualifiers`` for a pair.
    public static func qualifierKey(_ pair: Pair) -> String {
        let side = pair.international ?? pair.domestic
        return (side?.qualifiers ?? []).map { TextFolding.tokenKey($0.name) + "=" + TextFolding.tokenKey($0.written) }
            .sorted().joined(separator: ";")
    }

    /// The clause the pair is filed under: the international clause, else the domestic one.
    public var clause: String { internationalClause ?? domesticClause ?? "" }

    /// The indicator the pair is known by: the international id, else the domestic one.
    public var name: String { internationalIndicator ?? domesticIndicator ?? "" }
}

/// Scores are kept in tenths so that they print exactly as the comparison printed them.
public enum ScoreText {
    /// `938` → `93.8`.
    public static func format(tenths: Int) -> String {
        Score.format(tenths: tenths)
    }

    /// A change in score with its sign: `+1.2`, `-0.5`, `±0.0`.
    public static func change(tenths: Int) -> String {
        tenths == 0 ? "±0.0" : (tenths > 0 ? "+" : "") + format(tenths: tenths)
    }
}

extension PairRow {
    init(comparisonId: Int64, position: Int, pair: Pair) {
        self.init(
            comparisonId: comparisonId, position: position, verdict: pair.verdict.rawValue, concept: pair.concept,
            step: pair.step.rawValue, domesticIndicator: pair.domestic?.id, domesticClause: pair.domestic?.clause,
            domesticValue: pair.domestic?.value.written, internationalIndicator: pair.international?.id,
            internationalClause: pair.international?.clause, internationalValue: pair.international?.value.written,
            explained: pair.explained, justification: pair.explanation?.text.text, detail: pair.detail,
            qualifiers: RecordedPair.qualifierKey(pair))
    }

    var recorded: RecordedPair {
        RecordedPair(
            position: position, verdict: Verdict(rawValue: verdict) ?? .different, concept: concept,
            domesticIndicator: domesticIndicator, domesticClause: domesticClause, domesticValue: domesticValue,
            internationalIndicator: internationalIndicator, internationalClause: internationalClause,
            internationalValue: internationalValue, explained: explained, justification: justification, detail: detail,
            qualifiers: qualifiers)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
