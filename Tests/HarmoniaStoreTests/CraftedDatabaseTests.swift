import Foundation
import GRDB
import HarmoniaAlign
import Testing

@testable import HarmoniaStore

/// History databases crafted by hand: every value read back is checked, objects the schema does not
/// define are refused, and reading never changes the file.
@Suite("crafted history databases")
struct CraftedDatabaseTests {
    /// A history with one record, then `sql` run on it behind Harmonia's back.
    func crafted(_ sql: String) throws -> (root: URL, path: String) {
        let root = try temporaryDirectory()
        let path = root.appendingPathComponent("h.sqlite").path
        let store = try HistoryStore(path: path, mode: .createIfMissing)
        try record("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml", in: store)
        // Without the schema's CHECK: a crafted file need not have one.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        return (root, path)
    }

    @Test(
        "values out of range are refused naming the database, never a trap",
        arguments: [
            "UPDATE comparison SET scoreTenths = -9223372036854775808",
            "UPDATE comparison SET scoreTenths = 1001",
            "UPDATE comparison SET identical = -1, equivalent = equivalent + 1",
            "UPDATE comparison SET identical = 9223372036854775807, equivalent = 9223372036854775807",
            "UPDATE comparison SET pairCount = pairCount + 1",
            "UPDATE comparison SET unexplained = pairCount + 1",
            "UPDATE comparison SET degree = 'XYZ'",
            "UPDATE comparison SET scoreTenths = 'lots'",
            "UPDATE comparison SET scoreTenths = 1e300",
            "UPDATE pair SET verdict = 'perfect' WHERE position = 0",
        ])
    func outOfRange(_ sql: String) throws {
        let (root, path) = try crafted(sql)
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: path, mode: .readOnly)
        let error = #expect(throws: StoreError.self) {
            let records = try store.comparisons()
            for record in records { _ = try store.pairs(of: record.recordID) }
        }
        #expect(error?.kind == .notAHistory, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix(path) == true)
    }

    @Test("a score of Int.min formats without trapping")
    func formatsIntMin() {
        #expect(ScoreText.format(tenths: Int.min) == "-922337203685477580.8")
    }

    @Test(
        "triggers and views the schema does not define are refused, for reading and recording",
        arguments: [
            "CREATE TRIGGER lie AFTER INSERT ON comparison BEGIN UPDATE comparison SET scoreTenths = 1000; END",
            "CREATE TRIGGER again AFTER UPDATE ON comparison BEGIN UPDATE comparison SET scoreTenths = scoreTenths; END",
            "CREATE VIEW everything AS SELECT * FROM comparison",
        ])
    func foreignObjects(_ sql: String) throws {
        let (root, path) = try crafted(sql)
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [HistoryStore.OpenMode.readOnly, .existingOnly, .createIfMissing] {
            let error = #expect(throws: StoreError.self) { try HistoryStore(path: path, mode: mode) }
            #expect(error?.kind == .notAHistory)
            #expect(error?.message.contains("does not define") == true)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("reading opens the file read-only: a DELETE-journal history stays one, and reads work")
    func readOnlyKeepsJournalMode() throws {
        let (root, path) = try crafted("SELECT 1")
        defer { try? FileManager.default.removeItem(at: root) }
        // Back to a rollback journal, as another tool might leave it.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
        let store = try HistoryStore(path: path, mode: .readOnly)
        #expect(try store.comparisons().count == 1)
        let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "delete")
        // The same through the command line.
        let process = try startHarmonia(["track", "history", "--db", path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let after = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(after == "delete")
    }
}
