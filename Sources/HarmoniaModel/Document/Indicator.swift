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
/// A value type whose fields live behind one reference (``CopyOnWrite``): comparisons pass indicators
/// around by the hundred thousand, and a copy must cost one retain, not one per field. Its fields are read
/// in place (inlinable `_read` accessors), so that reading one to compare or hash it costs no retain.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// The stored fields, compared and hashed as a whole.
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var id: String
        @usableFromInline var idGenerated: Bool
        @usableFromInline var clause: String
        @usableFromInline var conceptID: String
        @usableFromInline var conceptResolution: ConceptResolution
        @usableFromInline var labels: [LocalizedText]
        @usableFromInline var qualifiers: [Qualifier]
        @usableFromInline var value: WrittenExpression
        @usableFromInline var uncertainty: Uncertainty?
        @usableFromInline var strength: Strength
        @usableFromInline var justification: LocalizedText?
        @usableFromInline var notes: [LocalizedText]
        @usableFromInline var ref: String?
        @usableFromInline var cell: TableCell?
        @usableFromInline var tableRef: String?
        @usableFromInline var source: SourceLocation
    }

    @usableFromInline var storage: CopyOnWrite<Fields>

    /// Unique in its document: as written, `TABLE[ROW][COL]` for a table cell, or `SECTION/CONCEPT/N`.
    @inlinable public var id: String {
        _read { yield storage.fields.id }
        set { storage.fields.id = newValue }
    }

    /// Whether the id was generated because the document gave none.
    @inlinable public var idGenerated: Bool {
        _read { yield storage.fields.idGenerated }
        set { storage.fields.idGenerated = newValue }
    }

    /// The number of the clause that states it.
    @inlinable public var clause: String {
        _read { yield storage.fields.clause }
        set { storage.fields.clause = newValue }
    }

    /// The resolved concept id.
    @inlinable public var conceptID: String {
        _read { yield storage.fields.conceptID }
        set { storage.fields.conceptID = newValue }
    }

    /// How the concept was found.
    @inlinable public var conceptResolution: ConceptResolution {
        _read { yield storage.fields.conceptResolution }
        set { storage.fields.conceptResolution = newValue }
    }

    /// The names the document prints.
    @inlinable public var labels: [LocalizedText] {
        _read { yield storage.fields.labels }
        set { storage.fields.labels = newValue }
    }

    /// Qualifiers in document order (for table cells: the table's `where`, then row, then column).
    @inlinable public var qualifiers: [Qualifier] {
        _read { yield storage.fields.qualifiers }
        set { storage.fields.qualifiers = newValue }
    }

    /// The value as written and as read.
    @inlinable public var value: WrittenExpression {
        _read { yield storage.fields.value }
        set { storage.fields.value = newValue }
    }

    /// The value as written: `value.written`, without copying the parsed expression out.
    @inlinable public var writtenValue: String { storage.fields.value.written }

    /// The stated uncertainty, if any.
    @inlinable public var uncertainty: Uncertainty? {
        _read { yield storage.fields.uncertainty }
        set { storage.fields.uncertainty = newValue }
    }

    /// How binding the requirement is.
    @inlinable public var strength: Strength {
        _read { yield storage.fields.strength }
        set { storage.fields.strength = newValue }
    }

    /// The indicator's own justification, else its table's.
    @inlinable public var justification: LocalizedText? {
        _read { yield storage.fields.justification }
        set { storage.fields.justification = newValue }
    }

    /// Free-text notes.
    @inlinable public var notes: [LocalizedText] {
        _read { yield storage.fields.notes }
        set { storage.fields.notes = newValue }
    }

    /// The id of the counterpart indicator in the other document, pinning the pair by hand.
    @inlinable public var ref: String? {
        _read { yield storage.fields.ref }
        set { storage.fields.ref = newValue }
    }

    /// Set for indicators that are table cells.
    @inlinable public var cell: TableCell? {
        _read { yield storage.fields.cell }
        set { storage.fields.cell = newValue }
    }

    /// The pinned counterpart of a table's cell: the other table's id (from the table's `ref`).
    @inlinable public var tableRef: String? {
        _read { yield storage.fields.tableRef }
        set { storage.fields.tableRef = newValue }
    }

    /// Where it was read from.
    @inlinable public var source: SourceLocation {
        _read { yield storage.fields.source }
        set { storage.fields.source = newValue }
    }

    public init(
        id: String, idGenerated: Bool = false, clause: String, conceptID: String,
        conceptResolution: ConceptResolution = .attribute, labels: [LocalizedText] = [],
        qualifiers: [Qualifier] = [], value: WrittenExpression, uncertainty: Uncertainty? = nil,
        strength: Strength = .shall, justification: LocalizedText? = nil, notes: [LocalizedText] = [],
        ref: String? = nil, cell: TableCell? = nil, tableRef: String? = nil, source: SourceLocation
    ) {
        storage = CopyOnWrite(
            Fields(
                id: id, idGenerated: idGenerated, clause: clause, conceptID: conceptID,
                conceptResolution: conceptResolution, labels: labels, qualifiers: qualifiers, value: value,
                uncertainty: uncertainty, strength: strength, justification: justification, notes: notes,
                ref: ref, cell: cell, tableRef: tableRef, source: source))
    }
}
