import Foundation
import Testing

@Suite("harmonia report and compare's report formats, end to end")
struct ReportCommandTests {
    let weights = (fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"))
    static let packFiles = [
        "annexes.docx", "comments.csv", "comments.docx", "correspondence.csv", "differences.csv", "pairs.csv",
        "report.html", "report.md",
    ]

    @Test("report writes the whole pack, equal to the golden files, and nothing else")
    func pack() throws {
        let folder = try temporaryDirectory().appendingPathComponent("pack")
        let result = try harmonia([
            "report", weights.0, weights.1, "--out", folder.path, "--lang", "zh", "--member-body", "CN",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == Self.packFiles)
        let golden = repositoryRoot.appendingPathComponent(
            "fixtures/weights/expected/report-jjg-99-2006--oiml-r111-1-2004")
        for name in Self.packFiles where !name.hasSuffix(".docx") {
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(
                written == (try Data(contentsOf: golden.appendingPathComponent(name))),
                "\(name) differs from its golden file")
        }
    }

    @Test("two runs give byte-identical files; --lang defaults to the domestic document's language")
    func deterministic() throws {
        let root = try temporaryDirectory()
        let first = root.appendingPathComponent("one")
        let second = root.appendingPathComponent("two")
        #expect(try harmonia(["report", weights.0, weights.1, "--out", first.path]).status == 0)
        #expect(try harmonia(["report", weights.0, weights.1, "--out", second.path]).status == 0)
        for name in Self.packFiles {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
        let html = try String(contentsOf: first.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        let english = root.appendingPathComponent("en")
        #expect(
            try harmonia([
                "report", weights.0, weights.1, "--out", english.path, "--lang", "en", "--date", "2024-05-01",
            ]).status == 0)
        let page = try String(contentsOf: english.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("2024-05-01"))
    }

    @Test("an input error writes nothing: exit 65 or 66, a message on stderr, no folder")
    func inputErrors() throws {
        let root = try temporaryDirectory()
        let invalid = root.appendingPathComponent("invalid")
        let bad = try harmonia(["report", fixture("hostile/bad-unit.xml"), weights.1, "--out", invalid.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad-unit.xml:"))
        #expect(!FileManager.default.fileExists(atPath: invalid.path))
        let missing = try harmonia(["report", weights.0, fixture("hostile/does-not-exist.xml"), "--out", invalid.path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("does-not-exist.xml"))
        #expect(!FileManager.default.fileExists(atPath: invalid.path))
    }

    @Test("an --out that cannot be written exits 73 with a clear message and leaves no temporary files")
    func unwritable() throws {
        let root = try temporaryDirectory()
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try harmonia(["report", weights.0, weights.1, "--out", file.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("a-file"))
        #expect(result.stderr.contains("cannot write"))
        let below = try harmonia(["report", weights.0, weights.1, "--out", file.path + "/sub"])
        #expect(below.status == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a-file"])
    }

    @Test("a wrong command line exits 64")
    func usage() throws {
        #expect(try harmonia(["report", weights.0, weights.1]).status == 64)
        #expect(try harmonia(["report", weights.0, weights.1, "--out", "x", "--lang", "fr"]).status == 64)
        #expect(try harmonia(["report", weights.0, weights.1, "--out", "x", "--date", "2024-02-30"]).status == 64)
        #expect(try harmonia(["report", weights.0, weights.1, "--out", "x", "--member-body", "C\u{07}N"]).status == 64)
    }

    @Test("compare --format markdown, html and csv; --output picks the format from the extension")
    func compareFormats() throws {
        let markdown = try harmonia(["compare", weights.0, weights.1, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Comparison report: JJG 99-2006 — OIML R 111-1:2004"))
        let html = try harmonia(["compare", weights.0, weights.1, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let csv = try harmonia(["compare", weights.0, weights.1, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.stdout.contains("\r\n"))
        let folder = try temporaryDirectory()
        for (name, prefix) in [("out.md", "# "), ("out.html", "<!DOCTYPE html>"), ("out.csv", "\u{FEFF}")] {
            let path = folder.appendingPathComponent(name).path
            let result = try harmonia(["compare", weights.0, weights.1, "--output", path])
            #expect(result.status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: Data(prefix.utf8)), "\(name)")
        }
    }
}
