import Foundation
import Testing
import ZIPFoundation

/// `harmonia extract`, and real documents given straight to `compare`, `inspect` and `validate`'s neighbours.
@Suite("extract command")
struct ExtractCommandTests {
    let metanorma = repositoryRoot.appendingPathComponent("Tests/HarmoniaExtractTests/Resources/metanorma-small.xml")
        .path
    let adoption = repositoryRoot.appendingPathComponent("Tests/HarmoniaExtractTests/Resources/sts-adoption-small.xml")
        .path
    let standard = repositoryRoot.appendingPathComponent("Tests/HarmoniaExtractTests/Resources/sts-standard-small.xml")
        .path

    @Test("--output writes a file validate accepts; a second extraction writes the same bytes")
    func output() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.xml").path
        let second = folder.appendingPathComponent("second.xml").path
        let run = try harmonia(["extract", metanorma, "--output", first])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains(
                "extracted 15 indicators from Metanorma XML as OIML R 999:2024 (international), 3 warnings"))
        #expect(run.stderr.contains("metanorma-small.xml:20: warning:"))
        #expect(try harmonia(["extract", metanorma, "--output", second]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let validate = try harmonia(["validate", first])
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    @Test("--strict turns warnings into errors: exit 65, nothing written")
    func strict() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.xml").path
        let run = try harmonia(["extract", metanorma, "--strict", "--output", out])
        #expect(run.status == 65)
        #expect(run.stderr.contains("metanorma-small.xml:20: error:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("--role and --id; a bad role is a usage error")
    func overrides() throws {
        let run = try harmonia(["extract", standard, "--role", "regional", "--id", "EN ISO 9999-1:2020"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"id="EN ISO 9999-1:2020" role="regional""#))
        #expect(try harmonia(["extract", standard, "--role", "national"]).status == 64)
    }

    @Test("compare takes the adoption and the standard directly: IDT, no deviations")
    func compareDirectly() throws {
        let run = try harmonia(["compare", adoption, standard, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["degree"] as? String == "IDT")
        #expect(summary["declaredDegree"] as? String == "IDT")
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["identical"] == 7)
        #expect(counts.filter { $0.key != "identical" }.values.allSatisfy { $0 == 0 })
    }

    @Test("inspect reads a Metanorma document directly")
    func inspect() throws {
        let run = try harmonia(["inspect", metanorma, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("±1.6 mg"))
    }

    @Test(
        "hostile or foreign input: exit 65 or 66, a clear message, nothing written",
        arguments: [
            ("text.docx", Data("not a zip".utf8), Int32(65), "not a document Harmonia can read"),
            ("fake.docx", Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0xEE, count: 40)), 65, "not a zip archive"),
            ("page.xml", Data("<html><body/></html>".utf8), 65, "not a document Harmonia can read"),
            (
                "spec.xml",
                Data(
                    #"<spec xmlns="urn:harmonia:spec:1" id="x" role="domestic"><meta><title>x</title></meta><section num="1"/></spec>"#
                        .utf8), 65, "nothing to extract"
            ),
        ])
    func hostile(_ name: String, _ bytes: Data, _ status: Int32, _ message: String) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        try bytes.write(to: input)
        let out = folder.appendingPathComponent("out.xml").path
        let run = try harmonia(["extract", input.path, "--output", out])
        #expect(run.status == status)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try harmonia(["extract", folder.appendingPathComponent("missing.xml").path]).status == 66)
    }

    @Test("a zip bomb given to compare is refused: exit 65, naming the member")
    func bombThroughCompare() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bomb = folder.appendingPathComponent("bomb.docx")
        // A 4 MiB member of zeros deflates to about 4 KB: a thousand to one.
        let zeros = Data(count: 4 << 20)
        let archive = try Archive(url: bomb, accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(zeros.count), compressionMethod: .deflate
        ) { position, size in
            zeros.subdata(in: Int(position)..<Int(position) + size)
        }
        let run = try harmonia(["compare", bomb.path, standard, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("word/document.xml") && run.stderr.contains("100:1"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    static let stsPairSamples = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/samples/sts-pair")

    @Test(
        "the STS pair from ../shared: compared directly, DIN EN ISO 13849-1 is IDT to ISO 13849-1 with no deviations",
        .enabled(
            if: ["din-en-iso-13849-1-2008-12.xml", "iso-13849-1-2006.xml"].allSatisfy {
                FileManager.default.fileExists(
                    atPath: ExtractCommandTests.stsPairSamples.appendingPathComponent($0).path)
            },
            "../shared/samples/sts-pair is not beside this checkout (a fresh clone has none)"))
    func stsPair() throws {
        let din = Self.stsPairSamples.appendingPathComponent("din-en-iso-13849-1-2008-12.xml").path
        let iso = Self.stsPairSamples.appendingPathComponent("iso-13849-1-2006.xml").path
        let run = try harmonia(["compare", din, iso, "--format", "json"])
        #expect(run.status == 0)
        let summary = try #require(
            (try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["degree"] as? String == "IDT")
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["identical", default: 0] >= 10)
        #expect(counts.filter { $0.key != "identical" }.values.allSatisfy { $0 == 0 })
        #expect(summary["unexplained"] as? Int == 0)
    }
}
