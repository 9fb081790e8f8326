import Foundation
import HarmoniaIngest
import HarmoniaModel

/// Reads indicators from a table: heading rows and the first columns become qualifier names and values,
/// every numeric cell becomes one indicator, units come from "quantity / unit" headings.
///
/// A table whose body contradicts its heading (a reflowed table: heading words inside the body, the same
/// text wandering from column to column) is left out whole, with a warning: reading it would pair values
/// with the wrong qualifiers.
struct TableReader {
    let context: ReadingContext
    private(set) var diagnostics: [Diagnostic] = []

    init(context: ReadingContext) {
        self.context = context
    }

    /// How one column's heading reads.
    struct ColumnHead {
        var labelParts: [String] = []
        var unit: String?
        var qualifiers: [Qualifier] = []
        var text: String = ""
    }

    mutating func read(_ table: SourceTable) -> [DraftIndicator] {
        let placeName = table.place ?? table.label
        let name = table.caption.isEmpty ? placeName : "\(placeName) (\"\(table.caption)\")"
        guard let grid = TableGrid(table) else {
            warn("\(name) spans more than \(TableGrid.maxSlots) cells; it was not read", line: table.line)
            return []
        }
        guard grid.width >= 2, grid.rows.count >= 2 else { return [] }
        let headerCount = headerRows(grid)
        // A caption may carry the unit of every cell: "表1 砝码的最大允许误差（mg）".
        let (captionName, captionUnit) = context.splitUnit(table.caption)
        let caption = captionName.isEmpty ? table.caption : captionName
        let heads = (0..<grid.width).map { column -> ColumnHead in
            var head = columnHead(grid, column: column, headerRows: headerCount)
            if head.unit == nil { head.unit = captionUnit }
            return head
        }
        let bodyRows = Array(headerCount..<grid.rows.count)
        let groupRows = Set(bodyRows.filter { isGroupRow(grid, $0) })
        let dataRows = bodyRows.filter { !groupRows.contains($0) }
        let digitColumns = (0..<grid.width).filter { c in
            dataRows.contains { r in grid.rows[r][c]?.originColumn == c && grid.text(r, c).contains(where: \.isNumber) }
        }
        if !digitColumns.isEmpty,
            let problem = shapeProblem(grid, heads: heads, dataRows: dataRows, columns: Array(1..<grid.width))
        {
            warn(
                "\(name): its shape contradicts its heading (\(problem)); no indicator was read from it",
                line: table.line)
            return []
        }
        // A column of values: at least half its filled cells read as quantities. A column of clause
        // references ("7.2", "Annex C") or of prose with a number here and there is not one.
        // The first column keys the rows (`1 kg`, `Class A`, `(0~10) kg`), even when it holds numbers.
        let valueColumns = digitColumns.filter { $0 > 0 }.filter { c in
            let filled = dataRows.filter { r in
                grid.rows[r][c]?.originColumn == c && !Self.isEmptyMark(grid.text(r, c)) && !grid.text(r, c).isEmpty
            }
            let values = filled.filter { r in cellValue(grid.text(r, c), unit: heads[c].unit) != nil }
            return !values.isEmpty && values.count * 2 >= filled.count
        }
        guard let firstValue = valueColumns.first else { return [] }
        let qualifierColumns = Array(0..<firstValue)
        var indicators: [DraftIndicator] = []
        var group: String?
        for r in bodyRows {
            if groupRows.contains(r) {
                let text = grid.text(r, grid.width - 1)
                group = text.isEmpty ? nil : text
                continue
            }
            var rowQualifiers: [Qualifier] = []
            var rowKeyParts: [String] = []
            for c in qualifierColumns {
                let text = grid.text(r, c)
                guard !text.isEmpty else { continue }
                let header = heads[c].text
                rowQualifiers.append(Qualifier(context.qualifierName(header.isEmpty ? "row" : header), text))
                rowKeyParts.append(text)
            }
            if let group { rowQualifiers.insert(Qualifier("group", group), at: 0) }
            // Row keys are the first columns' text, which can be a whole sentence: ids keep its start.
            let rowKey =
                rowKeyParts.isEmpty ? "row \(r - headerCount + 1)" : Self.clipped(rowKeyParts.joined(separator: " / "))
            for c in valueColumns {
                let text = grid.text(r, c)
                if text.isEmpty || Self.isEmptyMark(text) { continue }
                let head = heads[c]
                let columnKey = head.text.isEmpty ? "column \(c + 1)" : head.text
                let place = "\(placeName), row \"\(rowKey)\", column \"\(columnKey)\""
                guard let value = cellValue(text, unit: head.unit, form: form(of: head, caption: caption)) else {
                    warn("\(place): \"\(text)\" is not a quantity Harmonia can read; left out", line: table.line)
                    continue
                }
                var qualifiers = rowQualifiers + head.qualifiers
                let label = head.labelParts.first ?? (caption.isEmpty ? table.label : context.labelText(caption))
                if head.labelParts.count > 1 {
                    qualifiers.append(Qualifier("column", head.labelParts.dropFirst().joined(separator: " / ")))
                }
                indicators.append(
                    DraftIndicator(
                        id: "\(table.label)[\(rowKey)][\(columnKey)]", label: label, labelLang: context.lang,
                        qualifiers: context.uniqueNames(qualifiers), value: value, source: place, line: table.line))
            }
        }
        return indicators
    }

    /// A row that heads the rows below it: one cell across the table (or across all but a numbering
    /// first column, as in "1 | Separation/segregation"), holding no value.
    private func isGroupRow(_ grid: TableGrid, _ r: Int) -> Bool {
        guard grid.width > 1, let last = grid.rows[r][grid.width - 1] else { return false }
        let spanStart = last.originColumn
        guard spanStart <= 1, last.originRow == r, (spanStart..<grid.width).allSatisfy({ grid.rows[r][$0] == last }),
            ValueText.quantity(last.text) == nil
        else { return false }
        return spanStart == 0 || grid.width > 2
    }

    /// Rows the source marks as headings; when it marks none, the leading rows without a number (at most
    /// three, never all).
    private func headerRows(_ grid: TableGrid) -> Int {
        func holdsValue(_ row: [TableGrid.Slot?]) -> Bool {
            row.contains { $0.map { ValueText.quantity($0.text) != nil } ?? false }
        }
        let marked = grid.headerRowFlags.prefix { $0 }.count
        var count = min(marked, grid.rows.count - 1)
        // Rows without a value right under the marked ones head the table too: Word drafts often mark only
        // the first of two heading rows ("最大允许误差/mg" over "E1 E2 F1").
        while count < min(3, grid.rows.count - 1), !holdsValue(grid.rows[count]) { count += 1 }
        if marked > 0 { return count }
        // "准确度等级 | 1 kg | 500 g": nominal values across the top. A first row whose first cell names the
        // row key (text, not a value) is the heading even when the other cells are quantities.
        if count == 0, let corner = grid.rows[0][0]?.text, !corner.isEmpty, ValueText.quantity(corner) == nil,
            grid.rows.dropFirst().contains(where: { row in
                row.dropFirst().contains { $0.map { ValueText.quantity($0.text) != nil } ?? false }
            })
        {
            return 1
        }
        return count
    }

    private func columnHead(_ grid: TableGrid, column: Int, headerRows: Int) -> ColumnHead {
        var head = ColumnHead()
        var parts: [String] = []
        for r in 0..<headerRows {
            let text = grid.text(r, column)
            if !text.isEmpty, parts.last != text { parts.append(text) }
        }
        head.text = parts.joined(separator: " / ")
        for part in parts {
            let (name, unit) = context.splitUnit(part)
            if let unit { head.unit = unit }
            guard !name.isEmpty else { continue }
            if let unit = context.vocabulary.headerUnits[TextFolding.labelKey(name)] {
                head.unit = unit
            } else if let value = ValueText.quantity(name) {
                // A quantity heading (`1 kg`, `(0~10) kg`) is where the column stands: a nominal value, or a range.
                let isRange =
                    (try? QuantityExpressionParser.parse(value)).map {
                        if case .interval = $0.expression { true } else { false }
                    } ?? false
                head.qualifiers.append(Qualifier(isRange ? "range" : "nominal", value))
            } else if let qualifier = context.headerQualifier(name) {
                head.qualifiers.append(qualifier)
            } else {
                head.labelParts.append(name)
            }
        }
        // A name the catalogue knows goes first: it is the concept.
        if let known = head.labelParts.firstIndex(where: { context.catalogue.resolve(label: $0) != nil }), known > 0 {
            head.labelParts.insert(head.labelParts.remove(at: known), at: 0)
        }
        return head
    }

    /// Why the table cannot be read as its heading says, or `nil`.
    private func shapeProblem(_ grid: TableGrid, heads: [ColumnHead], dataRows: [Int], columns: [Int]) -> String? {
        for head in heads {
            let names = head.qualifiers.map(\.name)
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                let values = head.qualifiers.filter { $0.name == repeated }.map(\.value)
                return "one column is headed by \(repeated) \(values.joined(separator: " and ")) at once"
            }
        }
        let headingNames = Set(heads.flatMap { $0.qualifiers.map(\.name) })
        for r in dataRows {
            for c in columns {
                let text = grid.text(r, c)
                if let qualifier = context.headerQualifier(text), headingNames.contains(qualifier.name) {
                    return "\"\(text)\" stands in a body row where a value belongs"
                }
            }
        }
        var columnsOfText: [String: Set<Int>] = [:]
        for r in dataRows {
            for c in 0..<grid.width {
                let text = grid.text(r, c)
                guard text.count >= 8, ValueText.quantity(text) == nil, grid.rows[r][c]?.originColumn == c else {
                    continue
                }
                columnsOfText[text, default: []].insert(c)
            }
        }
        if let wandering = columnsOfText.filter({ $0.value.count > 1 }).keys.sorted().first {
            return "\"\(wandering)\" appears in different columns of different rows"
        }
        return nil
    }

    /// A cell's value: a bare number takes the column's form and unit; a cell with its own unit keeps it.
    private func cellValue(_ text: String, unit: String?, form: String = "") -> String? {
        let normalized = ValueText.normalize(text)
        let prefix = normalized.first.map { $0.isNumber } == true ? form : ""
        if let unit, let value = ValueText.quantity("\(prefix)\(normalized) \(unit)") { return value }
        return ValueText.quantity(prefix + normalized)
    }

    /// `±` when the heading says so (`MPE (+/-)`, `±δ/mg`) or the column holds maximum permissible errors,
    /// which a table prints without their sign: `0.5` under "最大允许误差/mg" is ±0.5 mg.
    private func form(of head: ColumnHead, caption: String) -> String {
        if head.text.contains("±") || head.text.contains("+/-") || caption.contains("±") { return "±" }
        let label = head.labelParts.first ?? context.labelText(caption)
        return context.catalogue.resolve(label: label)?.id == "mpe" ? "±" : ""
    }

    private static func clipped(_ key: String) -> String {
        key.count > 60 ? String(key.prefix(57)) + "…" : key
    }

    private static func isEmptyMark(_ text: String) -> Bool {
        ["-", "—", "–", "/", "－", "——", "n/a", "N/A", "×"].contains(text.trimmingCharacters(in: .whitespaces))
    }

    private mutating func warn(_ message: String, line: Int?) {
        diagnostics.append(Diagnostic(.warning, message, at: SourceLocation(file: context.file, line: line)))
    }
}
