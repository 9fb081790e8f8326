import GRDB
import HarmoniaAlign
import HarmoniaModel

/// Checks every value read back from a history database before it is used, so that a crafted or damaged
/// file gives a clear error naming it (exit 65), never a trap, an overflow or a wrong figure: the schema's
/// CHECK constraints hold only for files Harmonia wrote, and a database is just a file.
enum RecordValidation {
    /// Verdict counts, pair counts and unexplained deviations above this are not believed: no comparison
    /// holds more pairs than two documents at the indicator limit (200,000 each) can make.
    static let maximumCount = 1_000_000

    /// A comparison row: score within 0–100.0, a known degree, counts within 0…``maximumCount`` that add
    /// up to the pair count, and at most as many unexplained deviations as pairs.
    static func check(_ row: ComparisonRow, path: String) throws(StoreError) {
        let record = "record #\(row.id.map(String.init) ?? "?")"
        guard (0...1000).contains(row.scoreTenths) else {
            throw invalid(path, "\(record) holds a score of \(row.scoreTenths) tenths, outside 0–100")
        }
        guard Degree(rawValue: row.degree) != nil, row.declaredDegree.map({ Degree(rawValue: $0) != nil }) ?? true
        else {
            throw invalid(path, "\(record) holds an unknown degree of correspondence")
        }
        let counts = [row.identical, row.equivalent, row.stricter, row.looser, row.different, row.missing, row.added]
        let range = 0...maximumCount
        guard counts.allSatisfy(range.contains), range.contains(row.pairCount), range.contains(row.unexplained) else {
            throw invalid(path, "\(record) holds a count that is negative or above \(maximumCount)")
        }
        // Each count is at most a million, so the sum cannot overflow.
        guard counts.reduce(0, +) == row.pairCount, row.unexplained <= row.pairCount else {
            throw invalid(path, "\(record) holds verdict counts that do not add up to its \(row.pairCount) pairs")
        }
    }

    /// A pair row: a known verdict and step, a position that is not negative.
    static func check(_ row: PairRow, path: String) throws(StoreError) {
        guard Verdict(rawValue: row.verdict) != nil, row.position >= 0 else {
            throw invalid(
                path, "record #\(row.comparisonId) holds a pair with an unknown verdict or a negative position")
        }
    }

    /// The records whose stored numbers are not integers: SQLite reads the text `'lots'` as 0, so a
    /// value of the wrong type would otherwise pass for a valid one.
    static func checkTypes(_ db: Database, path: String) throws {
        let columns = [
            "scoreTenths", "identical", "equivalent", "stricter", "looser", "different", "missing", "added",
            "pairCount", "unexplained",
        ]
        let condition = columns.map { "typeof(\($0)) != 'integer'" }.joined(separator: " OR ")
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM comparison WHERE \(condition) LIMIT 1") {
            throw invalid(path, "record #\(id) holds a count or score that is not a whole number")
        }
        if let id = try Int64.fetchOne(
            db, sql: "SELECT comparisonId FROM pair WHERE typeof(position) != 'integer' LIMIT 1")
        {
            throw invalid(path, "record #\(id) holds a pair whose position is not a whole number")
        }
    }

    private static func invalid(_ path: String, _ message: String) -> StoreError {
        StoreError(
            .notAHistory, path: path, message: message + "; the history is damaged or was not written by Harmonia")
    }
}
