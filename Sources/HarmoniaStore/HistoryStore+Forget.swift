import GRDB

extension HistoryStore {
    /// Removes records, with their pairs, in one transaction: all of them or, when one id names no
    /// record, none. A document no remaining record uses is removed too, so that forgetting the only
    /// comparison of a file leaves no trace of it (its family disappears from history and charts).
    ///
    /// - Returns: the ids removed, in the order given, each once.
    @discardableResult
    public func forget(_ recordIDs: [Int64]) throws(StoreError) -> [Int64] {
        var unique: [Int64] = []
        for id in recordIDs where !unique.contains(id) { unique.append(id) }
        let missing = try access("read") {
            try queue.read { db in
                try unique.filter { id in
                    try
                        !(Bool.fetchOne(
                            db, sql: "SELECT EXISTS (SELECT 1 FROM comparison WHERE id = ?)", arguments: [id]) ?? false)
                }
            }
        }
        guard missing.isEmpty else {
            let names = missing.map { "#\($0)" }.joined(separator: ", ")
            throw StoreError(
                .noSuchRecord, path: path, message: "no record \(names) in this history; nothing was removed")
        }
        try access("write to") {
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    for id in unique {
                        try db.execute(sql: "DELETE FROM pair WHERE comparisonId = ?", arguments: [id])
                        try db.execute(sql: "DELETE FROM comparison WHERE id = ?", arguments: [id])
                    }
                    // Documents left without a comparison (their supersedes rows go with them).
                    let orphans =
                        "SELECT id FROM document WHERE id NOT IN (SELECT domesticId FROM comparison UNION SELECT internationalId FROM comparison)"
                    try db.execute(sql: "DELETE FROM documentSupersedes WHERE documentId IN (\(orphans))")
                    try db.execute(sql: "DELETE FROM document WHERE id IN (\(orphans))")
                    return .commit
                }
            }
        }
        return unique
    }
}
