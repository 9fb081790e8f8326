import Foundation
import GRDB
import HarmoniaAlign
import HarmoniaModel

/// What recording a comparison did.
public enum RecordOutcome: Hashable, Sendable {
    /// A new record was written, with this id.
    case recorded(Int64)
    /// The same two files (by content) were recorded before, as this record; nothing was written.
    case alreadyRecorded(Int64)

    /// The record's id, new or old.
    public var recordID: Int64 {
        switch self {
        case .recorded(let id), .alreadyRecorded(let id): id
        }
    }
}

/// The comparison history: a SQLite database, reached through GRDB, that records comparisons and
/// reads them back. It records a ``Comparison`` as it was computed; it never recomputes one.
///
/// The database runs in WAL mode with a busy timeout, so that several processes may record at once;
/// every record is written in one immediate transaction, so that a process killed half-way leaves
/// either the whole record or nothing.
public final class HistoryStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// How long a writer waits for another process to finish before giving up.
    public static let busyTimeout: TimeInterval = 60

    /// Whether opening may create the database.
    public enum OpenMode: Sendable {
        /// Create the file (and its folders) when missing: recording commands.
        case createIfMissing
        /// Fail with ``StoreError/Kind/missing`` when the file does not exist.
        case existingOnly
        /// Like ``existingOnly``, and open the file read-only: reading commands. The file — its journal
        /// mode included — is never changed (unless it is not yet a history at all, an empty file, which is
        /// then set up as ``existingOnly`` would).
        case readOnly
    }

    /// Opens the history at `path`, bringing its schema up to date.
    ///
    /// A file that is not a SQLite database, or a SQLite database with tables Harmonia did not make, is
    /// refused with ``StoreError/Kind/notAHistory`` before anything is written to it.
    public init(path: String, mode: OpenMode) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw StoreError(.cannotOpen, path: path, message: "it is a folder, not a database file")
            }
            try Self.checkHeader(path: path)
        } else if mode != .createIfMissing {
            throw StoreError(
                .missing, path: path, message: "no history database here yet (record a comparison first, or pass --db)")
        } else {
            try DatabaseLocation(path: path, source: .option).createFolders()
        }

        if mode == .readOnly, let readOnly = try Self.openReadOnly(path) {
            queue = readOnly
            return
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "harmonia.history"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path, doing: "open")
        }
        try setUp()
    }

    // MARK: - Opening

    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// SQLite would refuse such a file too, but only after a connection is open; this check reads 16 bytes
    /// and touches nothing, so a mistyped `--db` never costs the user a file.
    private static func checkHeader(path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.cannotOpen, path: path, message: "cannot read the database file")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)).map { Array($0) } ?? []
        if header.isEmpty { return }  // An empty file is a new, empty SQLite database.
        guard header == sqliteHeader else {
            throw StoreError(
                .notAHistory, path: path,
                message: "not a SQLite database, so not a Harmonia history; the file was left untouched")
        }
    }

    /// The history opened read-only, checked as ``checkOwnership(_:path:)`` checks it; nil when the file is
    /// not yet a history (its migrations have not run), for the caller to set it up.
    private static func openReadOnly(_ path: String) throws(StoreError) -> DatabaseQueue? {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "harmonia.history"
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try checkOwnership(queue, path: path)
            let complete = try queue.read { db in try Migrations.migrator.hasCompletedMigrations(db) }
            return complete ? queue : nil
        } catch {
            throw storeError(error, path: path, doing: "open")
        }
    }

    /// A SQLite database that holds other tables and no Harmonia migration is someone else's; one with
    /// triggers or views is refused too, since Harmonia's schema defines none: a trigger could store
    /// another score than the one reported, or recurse without end, and a view could stand in for a table.
    private static func checkOwnership(_ queue: DatabaseQueue, path: String) throws {
        let migrator = Migrations.migrator
        let verdict = try queue.read { db -> Ownership in
            db.clearSchemaCache()
            let extras = try Row.fetchAll(
                db,
                sql: """
                    SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name
                    """
            ).map { "\(($0["type"] as String?) ?? "") \(($0["name"] as String?) ?? "")" }
            if !extras.isEmpty { return .foreignObjects(extras) }
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
            let others = tables.filter { $0 != "grdb_migrations" }
            if others.isEmpty { return .ours }
            var ours = false
            if tables.contains("grdb_migrations") {
                ours =
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                        arguments: [Migrations.first]) ?? false
            }
            if !ours { return .foreign(tables: others) }
            return try migrator.hasBeenSuperseded(db) ? .newer : .ours
        }
        switch verdict {
        case .ours:
            return
        case .newer:
            throw StoreError(
                .newerSchema, path: path, message: "the history was written by a newer Harmonia; upgrade to read it")
        case .foreign(let tables):
            throw StoreError(
                .notAHistory, path: path,
                message: "a SQLite database, but not a Harmonia history (it holds "
                    + tables.prefix(5).joined(separator: ", ") + "); the file was left untouched")
        case .foreignObjects(let objects):
            throw StoreError(
                .notAHistory, path: path,
                message: "the database holds what Harmonia's schema does not define ("
                    + objects.prefix(5).joined(separator: ", ") + "), so it is refused; the file was left untouched")
        }
    }

    private enum Ownership {
        case ours, newer
        case foreign(tables: [String])
        case foreignObjects([String])
    }

    /// Checks the file is a history, switches it to WAL and brings its schema up to date.
    ///
    /// Another process may be doing the same to the same new file at this moment. SQLite's busy timeout
    /// does not cover every step of that race: changing the journal mode, a migration that loses to the
    /// other process's identical one, or a table that appears between two statements ("no such table"
    /// from one, the table listed by the next). So a step that fails while another process may hold the
    /// file is retried from the top: busy or locked until ``busyTimeout``, a schema race a few times.
    private func setUp() throws(StoreError) {
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        var schemaRaces = 0
        while true {
            do {
                try Self.checkOwnership(queue, path: path)
                try enableWAL()
                try migrate()
                return
            } catch {
                let retry: Bool
                switch (error as? DatabaseError)?.resultCode {
                case .SQLITE_BUSY?, .SQLITE_LOCKED?:
                    retry = Date() < deadline
                case .SQLITE_ERROR?:
                    schemaRaces += 1
                    retry = schemaRaces <= Self.schemaRaceRetries
                default:
                    retry = false
                }
                guard retry else { throw Self.storeError(error, path: path, doing: "set up") }
                usleep(UInt32.random(in: 10_000...80_000))
            }
        }
    }

    /// How often setting up retries a generic SQL error, which only a schema race makes transient.
    private static let schemaRaceRetries = 8

    /// WAL lets readers go on while a writer records, and keeps a killed writer's half-record out of the file.
    private func enableWAL() throws {
        _ = try queue.writeWithoutTransaction { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
    }

    /// Runs the migrations this file lacks. When another process ran the same migration first, ours fails
    /// (its tables exist) and rolls back; the file then holds the complete schema, which is success.
    private func migrate() throws {
        let migrator = Migrations.migrator
        if try queue.read({ db in
            db.clearSchemaCache()  // another process may have changed the schema since this connection looked
            return try migrator.hasCompletedMigrations(db)
        }) {
            return
        }
        do {
            try migrator.migrate(queue)
        } catch {
            let completed = try queue.read { db in
                db.clearSchemaCache()
                return try migrator.hasCompletedMigrations(db)
            }
            if !completed { throw error }
        }
    }

    static func storeError(_ error: any Error, path: String, doing action: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is RowDecodingError || error is DecodingError {
            // A crafted file: text where a count belongs, a number too large for one.
            return StoreError(
                .notAHistory, path: path,
                message:
                    "the history holds a value of the wrong type or size; it is damaged or was not written by Harmonia")
        }
        guard let error = error as? DatabaseError else {
            return StoreError(.database, path: path, message: "cannot \(action) the history: \(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(
                .notAHistory, path: path,
                message: "not a SQLite database, so not a Harmonia history; the file was left untouched")
        case .SQLITE_CORRUPT:
            return StoreError(
                .notAHistory, path: path, message: "the database is damaged (\(error.message ?? "malformed"))")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return StoreError(
                .cannotOpen, path: path,
                message: "cannot \(action) the history: \(error.message ?? "\(error.resultCode)")")
        default:
            return StoreError(
                .database, path: path,
                message: "cannot \(action) the history: \(error.message ?? "\(error.resultCode)")")
        }
    }

    func access<T>(_ action: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw Self.storeError(error, path: path, doing: action)
        }
    }

    // MARK: - Recording

    /// The record of these two files (by content hash), if they were recorded before.
    public func existingRecord(domesticHash: String, internationalHash: String) throws(StoreError) -> Int64? {
        try access("read") {
            try queue.read { db in
                try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT c.id FROM comparison c
                        JOIN document d ON d.id = c.domesticId JOIN document i ON i.id = c.internationalId
                        WHERE d.contentHash = ? AND i.contentHash = ?
                        """, arguments: [domesticHash, internationalHash])
            }
        }
    }

    /// Records a comparison, its two documents and every pair, in one transaction.
    ///
    /// Recording the same two files again (same content hashes) writes nothing and returns the first record.
    /// - Parameter recordedAt: when, as ISO 8601 (see ``RecordingDate``).
    @discardableResult
    public func record(
        _ comparison: Comparison, domestic: DocumentProvenance, international: DocumentProvenance,
        at recordedAt: String
    ) throws(StoreError) -> RecordOutcome {
        try access("write to") {
            try queue.writeWithoutTransaction { db in
                var outcome = RecordOutcome.alreadyRecorded(0)
                // Immediate: take the write lock (waiting for other processes) before reading, so the
                // "already recorded?" check and the insert see the same database.
                try db.inTransaction(.immediate) {
                    // Another process may have changed the schema since this connection cached it.
                    db.clearSchemaCache()
                    let domesticID = try Self.documentID(comparison.domestic, domestic, in: db)
                    let internationalID = try Self.documentID(comparison.international, international, in: db)
                    if let existing = try Int64.fetchOne(
                        db, sql: "SELECT id FROM comparison WHERE domesticId = ? AND internationalId = ?",
                        arguments: [domesticID, internationalID])
                    {
                        outcome = .alreadyRecorded(existing)
                        return .commit
                    }
                    let counts = comparison.counts
                    var row = ComparisonRow(
                        id: nil, domesticId: domesticID, internationalId: internationalID, recordedAt: recordedAt,
                        scoreTenths: comparison.score.tenths, degree: comparison.degree.computed.rawValue,
                        declaredDegree: comparison.degree.declared?.rawValue, identical: counts[.identical],
                        equivalent: counts[.equivalent], stricter: counts[.stricter], looser: counts[.looser],
                        different: counts[.different], missing: counts[.missing], added: counts[.added],
                        pairCount: comparison.pairs.count, unexplained: comparison.degree.unexplained.count)
                    try row.insert(db)
                    let id = row.id!
                    for (position, pair) in comparison.pairs.enumerated() {
                        try PairRow(comparisonId: id, position: position, pair: pair).insert(db)
                    }
                    outcome = .recorded(id)
                    return .commit
                }
                return outcome
            }
        }
    }

    /// The row of the document with this content, inserted if new.
    private static func documentID(_ summary: DocumentSummary, _ provenance: DocumentProvenance, in db: Database) throws
        -> Int64
    {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM document WHERE contentHash = ?", arguments: [provenance.contentHash])
        {
            return id
        }
        var row = DocumentRow(
            id: nil, designation: summary.id, role: summary.role.rawValue, edition: summary.edition, date: summary.date,
            title: summary.titles.first { $0.lang == "en" }?.text ?? summary.titles.first?.text,
            contentHash: provenance.contentHash, sourceFile: summary.sourceFile)
        try row.insert(db)
        for (position, ref) in provenance.supersedes.enumerated() {
            try SupersedesRow(documentId: row.id!, position: position, ref: ref).insert(db)
        }
        return row.id!
    }

    // MARK: - Reading

    /// Every recorded comparison, by record id.
    public func comparisons() throws(StoreError) -> [RecordedComparison] {
        try access("read") {
            try queue.read { db in
                try RecordValidation.checkTypes(db, path: path)
                let documents = try Self.documents(db)
                return try ComparisonRow.order(Column("id")).fetchAll(db).compactMap { row in
                    guard let domestic = documents[row.domesticId], let international = documents[row.internationalId]
                    else { return nil }
                    try RecordValidation.check(row, path: path)
                    return RecordedComparison(
                        recordID: row.id!, domestic: domestic, international: international, recordedAt: row.recordedAt,
                        scoreTenths: row.scoreTenths, degree: Degree(rawValue: row.degree)!,
                        declaredDegree: row.declaredDegree.flatMap(Degree.init(rawValue:)), counts: row.counts,
                        pairCount: row.pairCount, unexplained: row.unexplained)
                }
            }
        }
    }

    private static func documents(_ db: Database) throws -> [Int64: RecordedDocument] {
        var supersedes: [Int64: [String]] = [:]
        for row in try SupersedesRow.order(Column("documentId"), Column("position")).fetchAll(db) {
            supersedes[row.documentId, default: []].append(row.ref)
        }
        var documents: [Int64: RecordedDocument] = [:]
        for row in try DocumentRow.fetchAll(db) {
            documents[row.id!] = RecordedDocument(
                id: row.designation, role: DocumentRole(rawValue: row.role), edition: row.edition, date: row.date,
                title: row.title, contentHash: row.contentHash, sourceFile: row.sourceFile,
                supersedes: supersedes[row.id!] ?? [])
        }
        return documents
    }

    /// The pairs of a record, in the comparison's order.
    public func pairs(of recordID: Int64) throws(StoreError) -> [RecordedPair] {
        try access("read") {
            try queue.read { db in
                try PairRow.filter(Column("comparisonId") == recordID).order(Column("position")).fetchAll(db).map {
                    row in
                    try RecordValidation.check(row, path: path)
                    return row.recorded
                }
            }
        }
    }

    // MARK: - Soundness

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws(StoreError) -> [String] {
        try access("check") {
            try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        }
    }

    /// Records whose pairs are not all there, or whose counts do not add up: empty for a sound history.
    public func incompleteRecords() throws(StoreError) -> [Int64] {
        try access("check") {
            try queue.read { db in
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT c.id FROM comparison c
                        LEFT JOIN (SELECT comparisonId, COUNT(*) AS n FROM pair GROUP BY comparisonId) p ON p.comparisonId = c.id
                        WHERE COALESCE(p.n, 0) != c.pairCount
                           OR c.pairCount != c.identical + c.equivalent + c.stricter + c.looser + c.different + c.missing + c.added
                        ORDER BY c.id
                        """)
            }
        }
    }
}
