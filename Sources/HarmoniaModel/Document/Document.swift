import Foundation

/// The part a document plays in a comparison.
public enum DocumentRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// A national specification under assessment (a JJG regulation, a JJF specification).
    case domestic
    /// A regional or provincial specification; may be assessed or serve as the reference.
    case regional
    /// The reference: an OIML Recommendation, a BIPM/JCGM or ISO document.
    case international
}

/// A piece of text with the language it is written in (BCP 47, e.g. `zh`, `en`, `fr`).
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The language tag, or `nil` when the element did not name one and the document has no default.
    public var lang: String?
    /// The text as written, with surrounding white space trimmed.
    public var text: String

    public init(lang: String?, text: String) {
        self.lang = lang
        self.text = text
    }
}

/// A document's declaration that it corresponds to an international document.
public struct Correspondence: Hashable, Sendable, Codable {
    /// The designation of the international document, e.g. `OIML R 111-1:2004`.
    public var ref: String
    /// The degree the document declares, if it declares one.
    public var degree: Degree?
    /// The designations it declares equivalent to the international document's (`docs/pairing.md`).
    public var designations: [DesignationCorrespondence]

    public init(ref: String, degree: Degree?, designations: [DesignationCorrespondence] = []) {
        self.ref = ref
        self.degree = degree
        self.designations = designations
    }
}

/// Where something was read from, for messages that point a user at the source.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// One specification document: its metadata, its clause tree and every indicator it states.
public struct Document: Sendable {
    /// The designation, e.g. `JJG 99-2006`.
    public var id: String
    public var role: DocumentRole
    /// Default language of labels and titles.
    public var language: String
    public var titles: [LocalizedText]
    public var issuer: String?
    public var edition: String?
    /// Publication date as written (ISO 8601).
    public var date: String?
    /// Designations of the editions this one replaces.
    public var supersedes: [String]
    public var correspondences: [Correspondence]
    /// Qualifiers that hold for the whole document, if it states any.
    public var scope: Scope?
    /// The top-level sections, in document order.
    public var sections: [Section]
    /// Every indicator, table cells expanded, in document order.
    public var indicators: [Indicator]
    /// Every `omission`, in document order.
    public var omissions: [Omission]
    /// The tables, in document order (their cells are in `indicators`).
    public var tables: [TableInfo]
    /// The file the document was read from.
    public var sourceFile: String

    public init(
        id: String, role: DocumentRole, language: String = "en", titles: [LocalizedText] = [],
        issuer: String? = nil, edition: String? = nil, date: String? = nil, supersedes: [String] = [],
        correspondences: [Correspondence] = [], sections: [Section] = [], indicators: [Indicator] = [],
        omissions: [Omission] = [], tables: [TableInfo] = [], sourceFile: String = ""
    ) {
        self.id = id
        self.role = role
        self.language = language
        self.titles = titles
        self.issuer = issuer
        self.edition = edition
        self.date = date
        self.supersedes = supersedes
        self.correspondences = correspondences
        self.sections = sections
        self.indicators = indicators
        self.omissions = omissions
        self.tables = tables
        self.sourceFile = sourceFile
    }

    /// The title in `lang`, else the first title.
    public func title(in lang: String) -> String? {
        titles.first { $0.lang == lang }?.text ?? titles.first?.text
    }

    /// The degree this document declares towards `reference`, if any.
    ///
    /// Only a `correspondence` whose `ref` names `reference` counts, compared after folding case, width,
    /// white space and punctuation; a declaration towards another document (an older edition) does not.
    public func declaredDegree(towards reference: String) -> Degree? {
        let key = TextFolding.labelKey(reference)
        if let match = correspondences.first(where: { TextFolding.labelKey($0.ref) == key }) {
            return match.degree
        }
        return nil
    }

    /// The designations this document declares towards `reference` (its `correspondence` naming it).
    public func declaredDesignations(towards reference: String) -> [DesignationCorrespondence] {
        let key = TextFolding.labelKey(reference)
        return correspondences.filter { TextFolding.labelKey($0.ref) == key }.flatMap(\.designations)
    }

    /// The designations this document declares towards `reference`, or else towards another edition of it
    /// (``declaration(towards:)``): `M12 = M1-2` written against OIML R 111-1:1994 still reads R 111-1:2004.
    public func declaredDesignations(towards reference: Document) -> [DesignationCorrespondence] {
        guard let declared = declaration(towards: reference) else { return [] }
        if declared.edition == .same { return declaredDesignations(towards: reference.id) }
        return declared.correspondence.designations
    }
}

/// A clause of the document.
public struct Section: Hashable, Sendable {
    /// The clause number as printed, e.g. `5.2.1`.
    public var num: String
    public var title: String?
    public var sections: [Section]
    /// Indices into ``Document/indicators`` of the indicators stated directly in this clause.
    public var indicatorIndices: [Int]
    /// Free text paragraphs, kept for reports.
    public var paragraphs: [LocalizedText]
    public var source: SourceLocation?

    public init(
        num: String, title: String? = nil, sections: [Section] = [], indicatorIndices: [Int] = [],
        paragraphs: [LocalizedText] = [], source: SourceLocation? = nil
    ) {
        self.num = num
        self.title = title
        self.sections = sections
        self.indicatorIndices = indicatorIndices
        self.paragraphs = paragraphs
        self.source = source
    }
}

/// An international indicator or table that a domestic document leaves out on purpose.
public struct Omission: Hashable, Sendable {
    /// The id of the indicator or table of the international document; empty for a scope omission.
    public var ref: String
    public var clause: String
    public var justification: LocalizedText?
    public var source: SourceLocation?
    /// For a scope omission (`<omission><where class="I|II"/>…`): every reference indicator whose
    /// qualifiers match these (a set value matches by membership) is omitted.
    public var qualifiers: [Qualifier]

    public init(
        ref: String, clause: String, justification: LocalizedText?, source: SourceLocation?,
        qualifiers: [Qualifier] = []
    ) {
        self.ref = ref
        self.clause = clause
        self.justification = justification
        self.source = source
        self.qualifiers = qualifiers
    }

    /// Whether it omits by qualifiers rather than by id.
    public var isScoped: Bool { ref.isEmpty && !qualifiers.isEmpty }
}

/// What a table was, once its cells have become indicators.
public struct TableInfo: Hashable, Sendable {
    public var id: String
    public var clause: String
    public var conceptID: String
    public var rows: String?
    public var cols: String?
    public var unit: String?
    public var form: String
    public var ref: String?
    public var justification: LocalizedText?
    public var rowKeys: [String]
    public var columnKeys: [String]
    public var source: SourceLocation?

    public init(
        id: String, clause: String, conceptID: String, rows: String?, cols: String?, unit: String?,
        form: String, ref: String?, justification: LocalizedText?, rowKeys: [String],
        columnKeys: [String], source: SourceLocation?
    ) {
        self.id = id
        self.clause = clause
        self.conceptID = conceptID
        self.rows = rows
        self.cols = cols
        self.unit = unit
        self.form = form
        self.ref = ref
        self.justification = justification
        self.rowKeys = rowKeys
        self.columnKeys = columnKeys
        self.source = source
    }
}
