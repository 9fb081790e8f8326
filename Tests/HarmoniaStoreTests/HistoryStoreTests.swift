import Foundation
import GRDB
import HarmoniaAlign
import HarmoniaIngest
import Testing

@testable import HarmoniaStore

@Suite("Recording comparisons")
struct HistoryStoreTests {
    @Test("a record holds both documents, the summary and every pair, as the comparison computed them")
    func recordsEverything() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: root.appendingPathComponent("h.sqlite").path, mode: .createIfMissing)
        let (d, dp) = try loaded("weights/jjg-99-2006.xml")
        let (i, ip) = try loaded("weights/oiml-r111-1-2004.xml")
        let comparison = Comparator().compare(d, i)
        let outcome = try store.record(comparison, domestic: dp, international: ip, at: "2024-05-01T00:00:00Z")
        guard case .recorded(let id) = outcome else {
            Issue.record("expected a new record")
            return
        }

        let recorded = try #require(try store.comparisons().first)
        #expect(recorded.recordID == id)
        #expect(recorded.domestic.id == "JJG 99-2006" && recorded.domestic.role == .domestic)
        #expect(
            recorded.domestic.date == "2006-09-06" && recorded.domestic.supersedes == ["JJG 99-1990", "JJG 273-1991"])
        #expect(recorded.domestic.contentHash == dp.contentHash && dp.contentHash.count == 64)
        #expect(recorded.international.id == "OIML R 111-1:2004")
        #expect(recorded.scoreTenths == comparison.score.tenths)
        #expect(recorded.degree == comparison.degree.computed)
        #expect(recorded.counts == comparison.counts)
        #expect(recorded.recordedAt == "2024-05-01T00:00:00Z")

        let pairs = try store.pairs(of: id)
        #expect(pairs.count == comparison.pairs.count && pairs.count == recorded.pairCount)
        for (stored, pair) in zip(pairs, comparison.pairs) {
            #expect(stored.verdict == pair.verdict)
            #expect(stored.internationalIndicator == pair.international?.id)
            #expect(stored.domesticIndicator == pair.domestic?.id)
            #expect(stored.explained == pair.explained)
        }
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.incompleteRecords().isEmpty)
    }

    @Test("recording the same two files again is a no-op")
    func idempotent() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("h.sqlite").path
        let store = try HistoryStore(path: path, mode: .createIfMissing)
        let first = try record("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml", in: store)
        let again = try record(
            "weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml", in: store, at: "2025-01-01T00:00:00Z")
        #expect(again == .alreadyRecorded(first.recordID))
        // A second connection (a second process would be the same) sees the same.
        let reopened = try HistoryStore(path: path, mode: .existingOnly)
        let third = try record("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml", in: reopened)
        #expect(third == .alreadyRecorded(first.recordID))
        let counts = try DatabaseQueue(path: path).read { db in
            [
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comparison")!,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document")!,
            ]
        }
        #expect(counts == [1, 2])
        #expect(try store.comparisons().first?.recordedAt == "2024-01-01T00:00:00Z")
        #expect(
            try store.existingRecord(
                domesticHash: try loaded("weights/jjg-99-2006.xml").1.contentHash,
                internationalHash: try loaded("weights/oiml-r111-1-2004.xml").1.contentHash) == first.recordID)
    }

    @Test("a changed file is another document: recording it adds a record")
    func changedContent() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: root.appendingPathComponent("h.sqlite").path, mode: .createIfMissing)
        let (d, dp) = try loaded("weights/jjg-99-2006.xml")
        let (i, ip) = try loaded("weights/oiml-r111-1-2004.xml")
        let comparison = Comparator().compare(d, i)
        try store.record(comparison, domestic: dp, international: ip, at: "2024-01-01T00:00:00Z")
        let edited = DocumentProvenance(contentHash: SHA256.hex(of: Array("edited".utf8)), supersedes: dp.supersedes)
        let outcome = try store.record(comparison, domestic: edited, international: ip, at: "2024-02-01T00:00:00Z")
        #expect(outcome == .recorded(2))
        #expect(try store.comparisons().count == 2)
    }

    @Test("an empty file is migrated into a history in WAL mode")
    func migratesEmptyFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try HistoryStore(path: path, mode: .existingOnly)
        #expect(try store.comparisons().isEmpty)
        let (tables, migrations, mode) = try DatabaseQueue(path: path).read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode")
            )
        }
        #expect(
            Set(tables).isSuperset(of: ["document", "documentSupersedes", "comparison", "pair", "grdb_migrations"]))
        #expect(migrations == [Migrations.first, "v2-pair-qualifiers"])
        #expect(mode == "wal")
        // Opening again finds nothing to do.
        _ = try HistoryStore(path: path, mode: .existingOnly)
        try record("weights/jjg-99-2022.xml", "weights/oiml-r111-1-2004.xml", in: store)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test(
        "a file that is not SQLite is refused and left byte for byte as it was",
        arguments: [
            Array("id,score\n1,93.8\n".utf8),
            Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0xA5, count: 4096),
            (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
        ])
    func notSQLite(bytes: [UInt8]) throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("notes.sqlite").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for mode in [HistoryStore.OpenMode.createIfMissing, .existingOnly] {
            let error = #expect(throws: StoreError.self) { try HistoryStore(path: path, mode: mode) }
            #expect(error?.kind == .notAHistory)
            #expect(error?.description.contains(path) == true)
        }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.sqlite"])
    }

    @Test("someone else's SQLite database is refused and left untouched")
    func foreignDatabase() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Ada')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try HistoryStore(path: path, mode: .createIfMissing) }
        #expect(error?.kind == .notAHistory)
        #expect(error?.message.contains("people") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a history written by a newer Harmonia is refused")
    func newerSchema() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("h.sqlite").path
        _ = try HistoryStore(path: path, mode: .createIfMissing)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
        }
        let error = #expect(throws: StoreError.self) { try HistoryStore(path: path, mode: .existingOnly) }
        #expect(error?.kind == .newerSchema)
    }

    @Test("the soundness check finds a record that lost pairs")
    func incompleteRecordsAreFound() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("h.sqlite").path
        let store = try HistoryStore(path: path, mode: .createIfMissing)
        let id = try record("fuel-dispensers/jjg-443-2015.xml", "fuel-dispensers/oiml-r117-1-2007.xml", in: store)
            .recordID
        #expect(try store.incompleteRecords().isEmpty)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM pair WHERE comparisonId = ? AND position = 0", arguments: [id])
        }
        #expect(try store.incompleteRecords() == [id])
    }

    @Test("--at dates are read as UTC moments")
    func recordingDates() {
        #expect(RecordingDate.parse("2024-05-01") == "2024-05-01T00:00:00Z")
        #expect(RecordingDate.parse("2024-05-01T17:30:00+08:00") == "2024-05-01T09:30:00Z")
        #expect(RecordingDate.parse("2024-05-01T09:30:00.250Z") == "2024-05-01T09:30:00Z")
        #expect(RecordingDate.parse("yesterday") == nil)
        #expect(RecordingDate.parse("2024-13-01") == nil)
        #expect(RecordingDate.now().hasSuffix("Z"))
    }
}
