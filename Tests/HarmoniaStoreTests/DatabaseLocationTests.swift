import Foundation
import Testing

@testable import HarmoniaStore

@Suite("Where the history lives")
struct DatabaseLocationTests {
    @Test("--db wins over everything")
    func option() {
        let location = DatabaseLocation.resolve(
            option: "/x/h.sqlite", environment: ["HARMONIA_DB": "/y", "XDG_DATA_HOME": "/z"], home: "/home/u")
        #expect(location == DatabaseLocation(path: "/x/h.sqlite", source: .option))
    }

    @Test("then $HARMONIA_DB")
    func environment() {
        let location = DatabaseLocation.resolve(
            option: nil, environment: ["HARMONIA_DB": "/y/h.sqlite", "XDG_DATA_HOME": "/z"], home: "/home/u")
        #expect(location == DatabaseLocation(path: "/y/h.sqlite", source: .environment))
    }

    @Test("then $XDG_DATA_HOME/harmonia/history.sqlite")
    func xdg() {
        let location = DatabaseLocation.resolve(
            option: nil, environment: ["XDG_DATA_HOME": "/z/data/"], home: "/home/u")
        #expect(location == DatabaseLocation(path: "/z/data/harmonia/history.sqlite", source: .xdgDataHome))
    }

    @Test("empty or relative variables are ignored; the default is under ~/.local/share")
    func fallback() {
        let location = DatabaseLocation.resolve(
            option: "", environment: ["HARMONIA_DB": "", "XDG_DATA_HOME": "relative/data", "HOME": "/home/u"])
        #expect(location == DatabaseLocation(path: "/home/u/.local/share/harmonia/history.sqlite", source: .home))
    }

    @Test("recording creates the missing folders")
    func createsFolders() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("a/b/c/history.sqlite").path
        let store = try HistoryStore(path: path, mode: .createIfMissing)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.comparisons().isEmpty)
    }

    @Test("reading never creates a database")
    func readingDoesNotCreate() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("none/history.sqlite").path
        #expect(throws: StoreError.self) { try HistoryStore(path: path, mode: .existingOnly) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("none").path))
    }
}
