import HarmoniaModel

/// The comparison's order of pairs (`docs/comparison.md`, "Output order and determinism"); each distinct
/// text's key is read once.
extension Comparator {
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
        var last = (clause: "", clausePosition: -1, name: "", namePosition: -1)
        var keys = [SortKey]()
        keys.reserveCapacity(pairs.count)
        for index in pairs.indices {
            let side = pairs[index].international ?? pairs[index].domestic!
            let clause = side.clause
            if last.clausePosition < 0 || Utf8Order.compare(clause, last.clause) != 0 {
                last.clause = clause
                last.clausePosition = position(clause, in: &clauses, &clauseIndex)
            }
            let cell = side.cell
            let name = cell?.tableID ?? side.id
            if last.namePosition < 0 || Utf8Order.compare(name, last.name) != 0 {
                last.name = name
                last.namePosition = position(name, in: &texts, &textIndex)
            }
            keys.append(
                SortKey(
                    added: pairs[index].international == nil, clause: last.clausePosition, name: last.namePosition,
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
        // Each pair is moved into place by swaps along the permutation's cycles: no second array of pairs is
        // built and the first dropped.
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
