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
    /// The table's printed number (`<table num="1">`), for references such as "Table 1".
    public var tableNumber: String?
    /// The row's and the column's places in the table as printed, from 0.
    public var rowIndex: Int
    public var columnIndex: Int

    public init(
        tableID: String, rowKey: String, columnKey: String, tableNumber: String? = nil, rowIndex: Int = 0,
        columnIndex: Int = 0
    ) {
        self.tableID = tableID
        self.rowKey = rowKey
        self.columnKey = columnKey
        self.tableNumber = tableNumber
        self.rowIndex = rowIndex
        self.columnIndex = columnIndex
    }
}

/// One key technical indicator: a requirement with a value, stated in a clause.
///
/// A value type whose fields live behind one reference, copied on write: comparisons pass indicators
/// around by the hundred thousand, and a copy must cost one retain, not one per field.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// The stored fields, compared and hashed as a whole.
    struct Fields: Hashable, Sendable {
        var id: String
        var idGenerated: Bool
        var clause: String
        var conceptID: String
        var conceptResolution: ConceptResolution
        var labels: [LocalizedText]
        var qualifiers: [Qualifier]
        var value: WrittenExpression
        var uncertainty: Uncertainty?
        var strength: Strength
        var justification: LocalizedText?
        var notes: [LocalizedText]
        var ref: String?
        var cell: TableCell?
        var tableRef: String?
        var source: SourceLocation
    }

    private final class Box: @unchecked Sendable {
        // Mutated only through `fields`' setter below, after `isKnownUniquelyReferenced`.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        set {
            if isKnownUniquelyReferenced(&box) {
                box.fields = newValue
            } else {
                box = Box(newValue)
            }
        }
    }

    /// Unique in its document: as written, `TABLE[ROW][COL]` for a table cell, or `SECTION/CONCEPT/N`.
    public var id: String {
        get { box.fields.id }
        set { fields.id = newValue }
    }

    /// Whether the id was generated because the document gave none.
    public var idGenerated: Bool {
        get { box.fields.idGenerated }
        set { fields.idGenerated = newValue }
    }

    /// The number of the clause that states it.
    public var clause: String {
        get { box.fields.clause }
        set { fields.clause = newValue }
    }

    /// The resolved concept id.
    public var conceptID: String {
        get { box.fields.conceptID }
        set { fields.conceptID = newValue }
    }

    /// How the concept was found.
    public var conceptResolution: ConceptResolution {
        get { box.fields.conceptResolution }
        set { fields.conceptResolution = newValue }
    }

    /// The names the document prints.
    public var labels: [LocalizedText] {
        get { box.fields.labels }
        set { fields.labels = newValue }
    }

    /// Qualifiers in document order (for table cells: the table's `where`, then row, then column).
    public var qualifiers: [Qualifier] {
        get { box.fields.qualifiers }
        set { fields.qualifiers = newValue }
    }

    /// The value as written and as read.
    public var value: WrittenExpression {
        get { box.fields.value }
        set { fields.value = newValue }
    }

    /// The value as written: `value.written`, without copying the parsed expression out.
    public var writtenValue: String { box.fields.value.written }

    /// The stated uncertainty, if any.
    public var uncertainty: Uncertainty? {
        get { box.fields.uncertainty }
        set { fields.uncertainty = newValue }
    }

    /// How binding the requirement is.
    public var strength: Strength {
        get { box.fields.strength }
        set { fields.strength = newValue }
    }

    /// The indicator's own justification, else its table's.
    public var justification: LocalizedText? {
        get { box.fields.justification }
        set { fields.justification = newValue }
    }

    /// Free-text notes.
    public var notes: [LocalizedText] {
        get { box.fields.notes }
        set { fields.notes = newValue }
    }

    /// The id of the counterpart indicator in the other document, pinning the pair by hand.
    public var ref: String? {
        get { box.fields.ref }
        set { fields.ref = newValue }
    }

    /// Set for indicators that are table cells.
    public var cell: TableCell? {
        get { box.fields.cell }
        set { fields.cell = newValue }
    }

    /// The pinned counterpart of a table's cell: the other table's id (from the table's `ref`).
    public var tableRef: String? {
        get { box.fields.tableRef }
        set { fields.tableRef = newValue }
    }

    /// Where it was read from.
    public var source: SourceLocation {
        get { box.fields.source }
        set { fields.source = newValue }
    }

    public init(
        id: String, idGenerated: Bool = false, clause: String, conceptID: String,
        conceptResolution: ConceptResolution = .attribute, labels: [LocalizedText] = [],
        qualifiers: [Qualifier] = [], value: WrittenExpression, uncertainty: Uncertainty? = nil,
        strength: Strength = .shall, justification: LocalizedText? = nil, notes: [LocalizedText] = [],
        ref: String? = nil, cell: TableCell? = nil, tableRef: String? = nil, source: SourceLocation
    ) {
        box = Box(
            Fields(
                id: id, idGenerated: idGenerated, clause: clause, conceptID: conceptID,
                conceptResolution: conceptResolution, labels: labels, qualifiers: qualifiers, value: value,
                uncertainty: uncertainty, strength: strength, justification: justification, notes: notes,
                ref: ref, cell: cell, tableRef: tableRef, source: source))
    }

    public static func == (lhs: Indicator, rhs: Indicator) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }
}
