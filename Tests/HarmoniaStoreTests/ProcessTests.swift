import Foundation
import Testing

@testable import HarmoniaStore

/// `harmonia track` run as real processes against one database: killed in the middle, or racing each other.
@Suite("Real processes on one history", .serialized)
struct ProcessTests {
    static let validFolders = [
        "weights", "water-meters", "fuel-dispensers", "nawi", "electricity-meters", "sphygmomanometers", "regional",
    ]

    /// A copy of the fixtures, several times over, each copy's files edited (a trailing comment) so that every
    /// copy is new content and the import has plenty of records to write.
    func fixtureCopies(in root: URL, copies: Int) throws -> URL {
        let target = root.appendingPathComponent("fixtures")
        for copy in 1...copies {
            let folder = target.appendingPathComponent("copy-\(copy)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: fixture("hostile")), to: folder.appendingPathComponent("hostile"))
            for name in Self.validFolders {
                let source = URL(fileURLWithPath: fixture(name))
                let destination = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
                for file in try FileManager.default.contentsOfDirectory(atPath: source.path)
                where file.hasSuffix(".xml") {
                    var data = try Data(contentsOf: source.appendingPathComponent(file))
                    data.append(Data("\n<!-- copy \(copy) -->\n".utf8))
                    try data.write(to: destination.appendingPathComponent(file))
                }
            }
        }
        return target
    }

    func soundness(_ path: String) throws -> (count: Int, integrity: [String], incomplete: [Int64]) {
        let store = try HistoryStore(path: path, mode: .existingOnly)
        return (try store.comparisons().count, try store.integrityCheck(), try store.incompleteRecords())
    }

    @Test("an import killed at a random moment leaves a sound database; running it again records the rest")
    func killDuringImport() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folders = try fixtureCopies(in: root, copies: 4)

        // A full, undisturbed import: how long it takes and how many records it writes.
        let fullPath = root.appendingPathComponent("full.sqlite").path
        let started = Date()
        let full = try startHarmonia(["track", "import", folders.path, "--db", fullPath, "--at", "2024-01-01"])
        full.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(full.terminationStatus == 65)  // the hostile files are not valid; everything else is recorded
        let complete = try soundness(fullPath)
        #expect(complete.count >= 30)
        #expect(complete.integrity == ["ok"] && complete.incomplete.isEmpty)

        var interrupted = 0
        var lastPath = ""
        for trial in 1...4 {
            let path = root.appendingPathComponent("killed-\(trial).sqlite").path
            lastPath = path
            let process = try startHarmonia(["track", "import", folders.path, "--db", path, "--at", "2024-01-01"])
            let delay = Double.random(in: 0.15...0.85) * duration
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Killed before it opened the database.
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let state = try soundness(path)
            #expect(state.integrity == ["ok"], "trial \(trial), killed after \(delay) s")
            #expect(state.incomplete.isEmpty, "trial \(trial): records without all their pairs: \(state.incomplete)")
            #expect(state.count <= complete.count)
            if process.terminationReason == .uncaughtSignal, state.count < complete.count { interrupted += 1 }
        }
        #expect(interrupted > 0, "no trial interrupted the import half-way (full import took \(duration) s)")

        let resumed = try startHarmonia(["track", "import", folders.path, "--db", lastPath, "--at", "2024-01-01"])
        resumed.waitUntilExit()
        let after = try soundness(lastPath)
        #expect(after.count == complete.count)
        #expect(after.integrity == ["ok"] && after.incomplete.isEmpty)
    }

    @Test("three imports of the same folders at once, on a new file, write each record once, soundly")
    func concurrentImports() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folders = Self.validFolders.map { fixture($0) }
        // Several rounds: the race that matters (two processes creating and migrating one new file) is
        // decided by scheduling, and a single round passed even before it was handled.
        for round in 1...8 {
            let path = root.appendingPathComponent("race-\(round).sqlite").path
            let logs = (1...3).map { root.appendingPathComponent("race-\(round)-\($0).log") }
            let processes = try logs.map {
                try startHarmonia(["track", "import"] + folders + ["--db", path], standardError: $0)
            }
            for (process, log) in zip(processes, logs) {
                process.waitUntilExit()
                let diagnostics = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                #expect(
                    process.terminationStatus == 0,
                    "round \(round): \(diagnostics.split(separator: "\n").filter { $0.contains("error") })")
            }
            let state = try soundness(path)
            #expect(state.count == 10)
            #expect(state.integrity == ["ok"] && state.incomplete.isEmpty)
        }
    }
}
