/// A table as a source document prints it, before it is read: rows of cells with their spans.
///
/// Each reader (Metanorma, STS, DOCX) builds one from its own markup; ``TableGrid`` lays it out and
/// ``TableReader`` reads indicators from it, the same way for every format.
struct SourceTable {
    /// `Table 1`, `表 2`: how the document numbers it; used in every message about it.
    var label: String
    /// The table's title, without its number.
    var caption: String
    var line: Int?
    var rows: [SourceRow]
    /// Where it is, when the line says nothing (a DOCX: `表1 (body table 2)`); else the label.
    var place: String?
}

struct SourceRow {
    /// Marked as a heading row by the source (`thead`, `th`, Word's `tblHeader`).
    var isHeader: Bool
    var cells: [SourceCell]
}

struct SourceCell {
    var text: String
    var colspan: Int = 1
    var rowspan: Int = 1
    /// Word's `vMerge` without `restart`: this cell continues the one above it.
    var continuesAbove: Bool = false
    var isHeader: Bool = false
}

/// A table laid out on its grid: every position holds the text of the cell covering it.
struct TableGrid {
    struct Slot: Equatable {
        var text: String
        /// The row and column where the covering cell starts.
        var originRow: Int
        var originColumn: Int
    }

    /// The most slots one table may lay out; spans past it are refused (a hostile `colspan="1000000000"`).
    static let maxSlots = 200_000
    /// The widest span honoured; a larger one is read as this.
    static let maxSpan = 1_000

    var rows: [[Slot?]]
    var width: Int
    /// Rows the source marks as headings.
    var headerRowFlags: [Bool]

    /// Lays the cells out, honouring row and column spans; `nil` when the grid would pass ``maxSlots``.
    init?(_ table: SourceTable) {
        var grid: [[Slot?]] = []
        var flags: [Bool] = []
        var width = 0
        var slots = 0
        for (r, row) in table.rows.enumerated() {
            while grid.count <= r { grid.append([]) }
            flags.append(row.isHeader || (!row.cells.isEmpty && row.cells.allSatisfy(\.isHeader)))
            var column = 0
            for cell in row.cells {
                while column < grid[r].count, grid[r][column] != nil { column += 1 }
                let colspan = min(max(cell.colspan, 1), Self.maxSpan)
                let rowspan = min(max(cell.rowspan, 1), max(table.rows.count - r, 1))
                slots += colspan * rowspan
                guard slots <= Self.maxSlots else { return nil }
                var slot = Slot(text: cell.text, originRow: r, originColumn: column)
                if cell.continuesAbove, r > 0, column < grid[r - 1].count, let above = grid[r - 1][column] {
                    slot = above
                }
                for dr in 0..<rowspan {
                    while grid.count <= r + dr { grid.append([]) }
                    for dc in 0..<colspan {
                        let c = column + dc
                        while grid[r + dr].count <= c { grid[r + dr].append(nil) }
                        grid[r + dr][c] = slot
                    }
                }
                column += colspan
                width = max(width, column)
            }
        }
        self.rows = grid.map { $0 + Array(repeating: nil, count: max(0, width - $0.count)) }
        self.width = width
        self.headerRowFlags = flags + Array(repeating: false, count: max(0, grid.count - flags.count))
    }

    func text(_ row: Int, _ column: Int) -> String {
        rows[row][column]?.text ?? ""
    }
}
