import Foundation
import Testing

/// Every specification fixture: not the hostile ones, nor the D-SI documents in dsi/measurements.
func allFixtures() throws -> [String] {
    let root = repositoryRoot.appendingPathComponent("fixtures")
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".xml"), !path.hasPrefix("hostile/"), !path.hasPrefix("dsi/measurements/") else {
            continue
        }
        files.append(root.appendingPathComponent(path).path)
    }
    return files.sorted()
}

@Suite("harmonia validate and inspect")
struct ValidateInspectTests {
    @Test("every fixture validates")
    func fixturesValidate() throws {
        let files = try allFixtures()
        #expect(files.count >= 10)
        let result = try harmonia(["validate", "--quiet"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == files.count)
    }

    @Test("the fixtures hold at least 400 indicators in five families")
    func fixtureSize() throws {
        let result = try harmonia(["validate", "--quiet"] + (try allFixtures()))
        let counts = result.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: ", "), let end = line.range(of: " indicators") else { return nil }
            return Int(line[range.upperBound..<end.lowerBound])
        }
        #expect(counts.reduce(0, +) >= 400)
        let families = Set(
            try allFixtures().map { URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent })
        #expect(families.count >= 5)
    }

    @Test("validate reports problems as file:line:col: error: message, exit 65")
    func validateErrors() throws {
        let result = try harmonia(["validate", fixture("hostile/short-row.xml")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("error:") })
        #expect(line.hasPrefix(fixture("hostile/short-row.xml") + ":"))
        #expect(line.contains("cells"))
    }

    @Test("validate: a missing file or a directory is 66")
    func validateUnreadable() throws {
        #expect(try harmonia(["validate", fixture("hostile/does-not-exist.xml")]).status == 66)
        #expect(try harmonia(["validate", fixture("weights")]).status == 66)
    }

    @Test("inspect JSON lists every indicator with concept, resolution, qualifiers and value as written and normalised")
    func inspect() throws {
        let result = try harmonia(["inspect", fixture("nawi/jjg-539-2016.xml"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(!indicators.isEmpty)
        for indicator in indicators {
            #expect(indicator["id"] is String)
            #expect(indicator["clause"] is String)
            #expect(indicator["concept"] is String)
            #expect(indicator["conceptResolution"] is [String: Any])
            #expect(indicator["qualifiers"] is [Any])
            let value = try #require(indicator["value"] as? [String: Any])
            #expect(value["written"] is String && value["normalized"] is String)
        }
        let byLabel = indicators.filter { (($0["conceptResolution"] as? [String: Any])?["by"] as? String) == "label" }
        #expect(!byLabel.isEmpty)
    }

    @Test("--help names the commands")
    func help() throws {
        let result = try harmonia(["--help"])
        #expect(result.status == 0)
        for command in ["compare", "validate", "inspect"] { #expect(result.stdout.contains(command)) }
    }
}

@Suite("harmonia validate --strict")
struct ValidateStrictTests {
    @Test("warnings are errors under --strict: printed as errors, exit 65; without it, exit 0")
    func strict() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "harmonia-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("d.xml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <spec xmlns="urn:harmonia:spec:1" id="D" role="domestic" lang="en">
          <meta><title>D</title><scope><where class="0.5"/></scope></meta>
          <section num="1"><indicator id="a" concept="mpe"><where class="1.0"/><value>±1 %</value></indicator></section>
        </spec>
        """.write(to: file, atomically: true, encoding: .utf8)
        let relaxed = try harmonia(["validate", file.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("warning:"))
        let strict = try harmonia(["validate", "--strict", file.path])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains(file.path + ":4"))
        #expect(strict.stderr.contains("error:") && !strict.stderr.contains("warning:"))
    }

    @Test("every instrument family's fixture validates under --strict (the D-SI samples warn on purpose)")
    func fixturesStrict() throws {
        let families = try allFixtures().filter { !$0.contains("/fixtures/dsi/") }
        let result = try harmonia(["validate", "--strict"] + families)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
