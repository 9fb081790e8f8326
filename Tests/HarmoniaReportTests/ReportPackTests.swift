import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import Testing

@Suite("report pack")
struct ReportPackTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")

    @Test("writes every file, creates the folder, leaves nothing else behind, and replaces old files")
    func writes() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("a/b/pack")
        let written = try ReportPack(options: goldenOptions).write(try comparison(Self.weights), to: folder.path)
        #expect(written.count == ReportPack.fileNames.count)
        var listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(listing == ReportPack.fileNames.sorted())
        try Data("old".utf8).write(to: folder.appendingPathComponent("report.md"))
        try ReportPack(options: goldenOptions).write(try comparison(Self.weights), to: folder.path)
        listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(listing == ReportPack.fileNames.sorted())
        #expect(try Data(contentsOf: folder.appendingPathComponent("report.md")) != Data("old".utf8))
    }

    @Test("a folder that cannot be written gives a WriteError and leaves nothing behind")
    func unwritable() throws {
        let root = try temporaryFolder()
        defer {
            chmod(root.path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        let result = try comparison(Self.weights)
        // A file where the folder should be.
        let file = root.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: WriteError.self) { try ReportPack().write(result, to: file.path) }
        #expect(throws: WriteError.self) { try ReportPack().write(result, to: file.path + "/sub") }
        // A read-only folder (root can write anywhere, so this part only runs for other users).
        if getuid() != 0 {
            chmod(root.path, 0o555)
            #expect(throws: WriteError.self) { try ReportPack().write(result, to: root.path) }
            chmod(root.path, 0o755)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["file"])
    }

    @Test("the same input gives byte-identical packs; no date appears unless one is given")
    func dates() throws {
        let result = try comparison(Self.weights)
        let plain = try ReportPack(options: goldenOptions).files(result)
        let again = try ReportPack(options: goldenOptions).files(result)
        #expect(plain == again)
        let dated = try ReportPack(options: ReportOptions(language: .zh, memberBody: "CN", date: "2031-02-03")).files(
            result)
        for (a, b) in zip(plain, dated) where a.name.hasPrefix("report.") {
            #expect(!String(decoding: a.bytes, as: UTF8.self).contains("报告日期"))
            #expect(String(decoding: b.bytes, as: UTF8.self).contains("2031-02-03"))
        }
    }

    @Test("ReportDate accepts calendar days only")
    func reportDate() {
        #expect(ReportDate("2024-02-29") != nil)
        #expect(ReportDate("2023-02-29") == nil)
        #expect(ReportDate("2024-13-01") == nil)
        #expect(ReportDate("2024-1-01") == nil)
        #expect(ReportDate("yesterday") == nil)
    }
}

@Suite("report strings")
struct ReportStringsTests {
    @Test("both languages define the same keys")
    func sameKeys() {
        #expect(ReportStrings.keys(.zh) == ReportStrings.keys(.en))
        #expect(ReportStrings.keys(.en).count > 100)
    }

    @Test("every key the writers name exists")
    func keysUsedExist() throws {
        let folder = repositoryRoot.appendingPathComponent("Sources/HarmoniaReport")
        var used = Set<String>()
        let pattern = try Regex(
            #"\b(?:s|strings|model\.strings)(?:\[|\.fill\()"([A-Za-z]+\.[A-Za-z.]*[A-Za-z]|yes|no|none)"\s*[\],]"#)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { used.insert(String(key)) }
            }
        }
        #expect(used.count > 50)
        for verdict in Verdict.allCases {
            used.formUnion(["verdict.\(verdict.rawValue)", "meaning.\(verdict.rawValue)"])
        }
        for degree in Degree.allCases {
            used.formUnion(["degree.\(degree.rawValue)", "degree.name.\(degree.rawValue)"])
        }
        for role in DocumentRole.allCases { used.insert("role.\(role.rawValue)") }
        let missing = used.subtracting(ReportStrings.keys(.en))
        #expect(missing.isEmpty, "keys used but not defined: \(missing.sorted())")
    }

    @Test("blanks are filled in one pass: a value holding a blank is not filled again")
    func fill() {
        let strings = ReportStrings(.en)
        let text = strings.fill("subject.qualified", ["concept": "{q}", "q": "x"])
        #expect(text == "{q} (x)")
    }
}
