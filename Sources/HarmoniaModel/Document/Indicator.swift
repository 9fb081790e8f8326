/// How binding a requirement is.
public enum Strength: String, Hashable, Sendable, Codable, CaseIterable {
    case shall, should, may
}

/// How an indicator's concept was found, so `inspect` can show the user why.
public enum ConceptResolution: Hashable, Sendable {
    /// The `concept` attribute named a catalogue concept.
    case attribute
    /// The `concept` attribute named an id the catalogue does not hold; kept as its own concept.
    case unknownAttribute
    /// A `label` resolved to a catalogue concept.
    case label(LocalizedText)
    /// No label names a known concept; the folded label is the concept.
    case unknownLabel(LocalizedText)

    /// A short phrase for reports: `attribute`, `label "最大允许误差" (zh)`.
    public var summary: String {
        switch self {
        case .attribute: "attribute"
        case .unknownAttribute: "attribute (not in the catalogue)"
        case .label(let label): "label \"\(label.text)\"" + (label.lang.map { " (\($0))" } ?? "")
        case .unknownLabel(let label):
            "unknown label \"\(label.text)\"" + (label.lang.map { " (\($0))" } ?? "") + ", kept as its own concept"
        }
    }
}

/// A quantity expression as the document wrote it, with what Harmonia read it as.
public struct WrittenExpression: Hashable, Sendable {
    /// The text as written (for table cells: the cell as it reads with the table's form and unit).
    public var written: String
    /// The parsed expression.
    public var expression: QuantityExpression

    public init(written: String, expression: QuantityExpression) {
        self.written = written
        self.expression = expression
    }
}

/// One qualifier of an indicator: `class="E2"`, `nominal="1 kg"`, a table's row or column key.
public struct Qualifier: Hashable, Sendable {
    /// The name as written.
    public var name: String
    /// The value as written.
    public var written: String
    /// The value read as a quantity expression (a token for plain names), or `nil` when it fits no form
    /// and is compared as folded text.
    public var expression: QuantityExpression?

    public init(name: String, written: String, expression: QuantityExpression?) {
        self.name = name
        self.written = written
        self.expression = expression
    }
}

/// An indicator's uncertainty statement.
public struct Uncertainty: Hashable, Sendable {
    public var value: WrittenExpression
    /// Coverage factor `k`, as written.
    public var coverageFactor: String?
    /// Coverage probability `p`, as written.
    public var coverageProbability: String?

    public init(value: WrittenExpression, coverageFactor: String?, coverageProbability: String?) {
        self.value = value
        self.coverageFactor = coverageFactor
        self.coverageProbability = coverageProbability
    }
}

/// Where a table cell came from.
public struct TableCell: Hashable, Sendable {
    public var tableID: String
    public var rowKey: String
    public var columnKey: String

    public init(tableID: String, rowKey: String, columnKey: String) {
        self.tableID = tableID
        self.rowKey = rowKey
        self.columnKey = columnKey
    }
}

/// One key technical indicator: a requirement with a value, stated in a clause.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// Unique in its document: as written, `TABLE[ROW][COL]` for a table cell, or `SECTION/CONCEPT/N`.
    public var id: String
    /// Whether the id was generated because the document gave none.
    public var idGenerated: Bool
    /// The number of the clause that states it.
    public var clause: String
    /// The resolved concept id.
    public var conceptID: String
    public var conceptResolution: ConceptResolution
    public var labels: [LocalizedText]
    /// Qualifiers in document order (for table cells: the table's `where`, then row, then column).
    public var qualifiers: [Qualifier]
    public var value: WrittenExpression
    public var uncertainty: Uncertainty?
    public var strength: Strength
    /// The indicator's own justification, else its table's.
    public var justification: LocalizedText?
    public var notes: [LocalizedText]
    /// The id of the counterpart indicator in the other document, pinning the pair by hand.
    public var ref: String?
    /// Set for indicators that are table cells.
    public var cell: TableCell?
    /// The pinned counterpart of a table's cell: the other table's id (from the table's `ref`).
    public var tableRef: String?
    public var source: SourceLocation

    public init(
        id: String, idGenerated: Bool = false, clause: String, conceptID: String,
        conceptResolution: ConceptResolution = .attribute, labels: [LocalizedText] = [],
        qualifiers: [Qualifier] = [], value: WrittenExpression, uncertainty: Uncertainty? = nil,
        strength: Strength = .shall, justification: LocalizedText? = nil, notes: [LocalizedText] = [],
        ref: String? = nil, cell: TableCell? = nil, tableRef: String? = nil, source: SourceLocation
    ) {
        self.id = id
        self.idGenerated = idGenerated
        self.clause = clause
        self.conceptID = conceptID
        self.conceptResolution = conceptResolution
        self.labels = labels
        self.qualifiers = qualifiers
        self.value = value
        self.uncertainty = uncertainty
        self.strength = strength
        self.justification = justification
        self.notes = notes
        self.ref = ref
        self.cell = cell
        self.tableRef = tableRef
        self.source = source
    }
}
