import HarmoniaAlign
import HarmoniaModel

/// The order reports list pairs in: the contract's order (by the reference's clause, added pairs last),
/// except that the cells of one table follow the table: rows by the quantity their key names
/// (`2 g` before `10 g`, `DN ≤ 25 mm` before `DN > 50 mm`), or as printed when the keys are not
/// quantities of one kind, then columns as printed. The contract's order sorts cell ids as text, which
/// puts `100 g` before `2 g`.
enum NaturalOrder {
    /// Indices into `pairs`, in reading order.
    static func indices(_ pairs: [Pair]) -> [Int] {
        var order = Array(pairs.indices)
        // Slots each table's cells occupy in the contract's order; the cells are re-sorted within them.
        var slots: [String: [Int]] = [:]
        for (index, pair) in pairs.enumerated() {
            guard let key = tableKey(pair) else { continue }
            slots[key, default: []].append(index)
        }
        for positions in slots.values where positions.count > 1 {
            let sorted = sortCells(positions, pairs)
            for (slot, index) in zip(positions, sorted) { order[slot] = index }
        }
        return order
    }

    /// The side whose table orders a pair, and that table: the reference's, else the domestic one.
    private static func cellSide(_ pair: Pair) -> (Indicator, TableCell)? {
        for indicator in [pair.international, pair.domestic] {
            if let indicator, let cell = indicator.cell { return (indicator, cell) }
            if indicator != nil { return nil }
        }
        return nil
    }

    private static func tableKey(_ pair: Pair) -> String? {
        guard let (indicator, cell) = cellSide(pair) else { return nil }
        return (pair.international == nil ? "d\u{1}" : "i\u{1}") + indicator.clause + "\u{1}" + cell.tableID
    }

    private static func sortCells(_ positions: [Int], _ pairs: [Pair]) -> [Int] {
        let cells = positions.map { cellSide(pairs[$0])! }
        let quantities = cells.map { rowQuantity($0.0, $0.1) }
        let comparable = quantities.allSatisfy { $0 != nil }
            && Set(quantities.compactMap { $0?.dimension }).count == 1
        let keyed = zip(positions, cells.indices).map { position, k -> (Int, Rational?, Int, Int) in
            (position, comparable ? quantities[k]!.value : nil, cells[k].1.rowIndex, cells[k].1.columnIndex)
        }
        return keyed.sorted { a, b in
            if let x = a.1, let y = b.1, x != y { return x < y }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.3 != b.3 { return a.3 < b.3 }
            return a.0 < b.0
        }.map(\.0)
    }

    /// The quantity a row key names: its lower end, else its upper end (`≤ 25 mm`).
    private static func rowQuantity(_ indicator: Indicator, _ cell: TableCell) -> (value: Rational, dimension: Dimension)? {
        guard let qualifier = indicator.qualifiers.first(where: { $0.written == cell.rowKey }),
              let set = qualifier.expression?.numericSet,
              let end = set.lower ?? set.upper else { return nil }
        return (end.value, set.dimension)
    }
}
