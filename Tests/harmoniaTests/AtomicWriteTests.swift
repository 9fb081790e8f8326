import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Writers killed with SIGKILL at random moments leave every file either as it was or complete in its new
/// form, never a mix. A killed process may leave its own temporary file behind (nothing can remove it);
/// those are allowed when hidden and named `….tmp-…`, and nothing else may appear.
@Suite("nothing half-written", .serialized)
struct AtomicWriteTests {
    static let domestic = fixture("weights/jjg-99-2006.xml")
    static let international = fixture("weights/oiml-r111-1-2004.xml")
    /// Each writer gets at most this long in total, whatever the machine's speed.
    static let budget = 6.0

    /// How one killed run ended, for the summary.
    enum Outcome: String { case old, new, absent }

    /// Kills `command` at random moments: half uniformly over a normal run's duration, half just after the
    /// first temporary file appears in `watch` (the write window, which random moments rarely hit). Calls
    /// `check` after each kill and returns how often each outcome came up.
    func killRepeatedly(
        _ command: [String], watch: String, isTemporary: (String) -> Bool,
        prepare: () throws -> Void, check: () throws -> Outcome
    ) throws -> [Outcome: Int] {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout").path
        let err = scratch.appendingPathComponent("stderr").path
        try prepare()
        let timing = Date()
        let full = reap(try spawnHarmonia(command, stdout: out, stderr: err))
        let duration = Date().timeIntervalSince(timing)
        #expect(
            full.status == 0,
            "an uninterrupted run succeeds: \(String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))"
        )
        #expect(try check() == .new)
        var outcomes: [Outcome: Int] = [:]
        let started = Date()
        var iteration = 0
        var insideWindow = 0
        while Date().timeIntervalSince(started) < Self.budget, iteration < 40 {
            try prepare()
            let pid = try spawnHarmonia(command, stdout: out, stderr: err)
            if iteration.isMultiple(of: 2) {
                usleep(UInt32(Double.random(in: 0...(duration * 1.2)) * 1_000_000))
            } else {
                let deadline = Date().addingTimeInterval(duration * 3)
                while !hasTemporaryFile(in: watch, isTemporary), Date() < deadline { usleep(50) }
                usleep(UInt32.random(in: 0...3_000))
            }
            kill(pid, SIGKILL)
            _ = reap(pid)
            if hasTemporaryFile(in: watch, isTemporary) { insideWindow += 1 }
            outcomes[try check(), default: 0] += 1
            iteration += 1
        }
        print("\(command[0]): \(iteration) kills, \(insideWindow) inside the write window (a temporary file was left)")
        return outcomes
    }

    func hasTemporaryFile(in directory: String, _ isTemporary: (String) -> Bool) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).contains(where: isTemporary)
    }

    /// AtomicFile's temporary file: `.NAME.tmp-PID-N` beside the target.
    static func isAtomicFileTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.contains(".tmp-") }

    /// The report's staging folder inside `--out`: `.harmonia-report-PID-N`.
    static func isReportStaging(_ name: String) -> Bool { name.hasPrefix(".harmonia-report-") }

    /// Files in `directory` other than `expected`, after removing the temporary files a kill may leave.
    func strayFiles(
        in directory: String, expected: Set<String>,
        isTemporary: (String) -> Bool = AtomicWriteTests.isAtomicFileTemporary
    ) throws -> [String] {
        var stray: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where !expected.contains(name) {
            if isTemporary(name) {
                try FileManager.default.removeItem(atPath: directory + "/" + name)
            } else {
                stray.append(name)
            }
        }
        return stray
    }

    @Test("compare --output: the old report or the new one")
    func compareOutput() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("comparison.json").path
        // The old content: another comparison (different bytes), written the same way.
        let old = try measuredHarmonia([
            "compare", fixture("nawi/jjg-539-2016.xml"), fixture("nawi/oiml-r76-1-2006.xml"), "--format", "json",
        ]).stdout
        let new = try measuredHarmonia(["compare", Self.domestic, Self.international, "--format", "json"]).stdout
        #expect(!old.isEmpty && !new.isEmpty && old != new)
        let command = ["compare", Self.domestic, Self.international, "--format", "json", "--output", target]
        var round = 0
        let outcomes = try killRepeatedly(
            command, watch: folder.path, isTemporary: Self.isAtomicFileTemporary,
            prepare: {
                // Every third round starts with no file at all.
                round += 1
                try? FileManager.default.removeItem(atPath: target)
                if !round.isMultiple(of: 3) { try old.write(to: URL(fileURLWithPath: target)) }
            },
            check: {
                let stray = try strayFiles(in: folder.path, expected: ["comparison.json"])
                #expect(stray.isEmpty, "stray files \(stray)")
                guard let now = FileManager.default.contents(atPath: target) else { return .absent }
                #expect(
                    now == old || now == new, "partial output: \(now.count) bytes (old \(old.count), new \(new.count))")
                return now == new ? .new : .old
            })
        print("compare --output, SIGKILL outcomes: \(outcomes)")
        #expect(outcomes.values.reduce(0, +) >= 10)
    }

    @Test("report --out: every file of the pack is the old one or the new one")
    func reportPack() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack").path
        let oldPack = folder.appendingPathComponent("old").path
        let newPack = folder.appendingPathComponent("new").path
        let oldRun = try measuredHarmonia([
            "report", fixture("nawi/jjg-539-2016.xml"), fixture("nawi/oiml-r76-1-2006.xml"), "--out", oldPack,
        ])
        let newRun = try measuredHarmonia(["report", Self.domestic, Self.international, "--out", newPack])
        try #require(oldRun.status == 0 && newRun.status == 0, "report works: \(oldRun.summary) \(newRun.summary)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: newPack))
        #expect(names.count >= 5)
        let outcomes = try killRepeatedly(
            ["report", Self.domestic, Self.international, "--out", pack], watch: pack,
            isTemporary: Self.isReportStaging,
            prepare: {
                try? FileManager.default.removeItem(atPath: pack)
                try FileManager.default.copyItem(atPath: oldPack, toPath: pack)
            },
            check: {
                let stray = try strayFiles(in: pack, expected: names, isTemporary: Self.isReportStaging)
                #expect(stray.isEmpty, "stray files \(stray)")
                var newFiles = 0
                for name in names {
                    let now = FileManager.default.contents(atPath: pack + "/" + name)
                    let before = FileManager.default.contents(atPath: oldPack + "/" + name)
                    let after = FileManager.default.contents(atPath: newPack + "/" + name)
                    #expect(now == before || now == after, "\(name) is partial: \(now?.count ?? -1) bytes")
                    if now == after, now != before { newFiles += 1 }
                }
                return newFiles == 0 ? .old : .new
            })
        print("report --out, SIGKILL outcomes (new = at least one file new): \(outcomes)")
    }

    @Test("track record --db: the history stays readable, with the record or without it")
    func trackDatabase() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("history.sqlite").path
        let seed = try measuredHarmonia([
            "track", "record", fixture("nawi/jjg-539-2016.xml"), fixture("nawi/oiml-r76-1-2006.xml"), "--db", database,
        ])
        try #require(seed.status == 0, "track record works: \(seed.summary)")
        let seeded = try #require(FileManager.default.contents(atPath: database))
        // SQLite's journal appears while a transaction writes; a hot journal left by a kill is how SQLite
        // rolls the transaction back, so it is part of the database, not a stray file.
        let outcomes = try killRepeatedly(
            ["track", "record", Self.domestic, Self.international, "--db", database], watch: folder.path,
            isTemporary: { $0.hasSuffix("-journal") || $0.hasSuffix("-wal") },
            prepare: {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                    try FileManager.default.removeItem(atPath: folder.path + "/" + name)
                }
                try seeded.write(to: URL(fileURLWithPath: database))
            },
            check: {
                let history = try measuredHarmonia(["track", "history", "--db", database, "--format", "json"])
                #expect(history.status == 0, "history readable after a kill: \(history.summary)")
                let text = String(decoding: history.stdout, as: UTF8.self)
                #expect(text.contains("JJG 539-2016"), "the old record survives")
                return text.contains("JJG 99-2006") ? .new : .old
            })
        print("track record --db, SIGKILL outcomes: \(outcomes)")
    }
}
