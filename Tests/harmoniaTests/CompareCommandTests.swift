import Foundation
import Testing

@Suite("harmonia compare, end to end")
struct CompareCommandTests {
    let weights = (fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"))

    @Test("JSON output follows the contract and is byte-for-byte deterministic")
    func json() throws {
        let first = try harmonia(["compare", weights.0, weights.1, "--format", "json"])
        let second = try harmonia(["compare", weights.0, weights.1, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutBytes == second.stdoutBytes)
        let object = try #require(try JSONSerialization.jsonObject(with: first.stdoutBytes) as? [String: Any])
        #expect(object["format"] as? String == "harmonia.comparison")
        #expect(object["version"] as? Int == 2)
        let requirements = try #require(object["requirements"] as? [[String: Any]])
        #expect(requirements.contains { $0["shape"] as? String == "table" && $0["origin"] as? String == "reference" })
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["degree"] is String)
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(Set(counts.keys) == ["identical", "equivalent", "stricter", "looser", "different", "missing", "added"])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == counts.values.reduce(0, +))
        for pair in pairs {
            #expect(pair["verdict"] is String)
            #expect(
                pair.keys.contains("explained") && pair.keys.contains("justification")
                    && pair.keys.contains("qualifierDifferences"))
        }
    }

    @Test("a comparison the documents do not declare warns on standard error and in the JSON; swapped arguments too")
    func declarationWarning() throws {
        let wrong = try harmonia([
            "compare", weights.0, fixture("water-meters/oiml-r49-1-2013.xml"), "--format", "json",
        ])
        #expect(wrong.status == 0)
        #expect(
            wrong.stderr.contains(
                "warning: JJG 99-2006 declares correspondence to OIML R 111-1:2004, not to OIML R 49-1:2013"))
        let object = try #require(try JSONSerialization.jsonObject(with: wrong.stdoutBytes) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["declarationWarning"] as? String)?.contains("not to OIML R 49-1:2013") == true)
        // The M12 spelling note JJG 99 wrote against R 111 explains nothing against R 49.
        #expect(summary["unexplained"] as? Int == summary["technicalDeviations"] as? Int)
        #expect(
            (summary["degreeReasons"] as? [String])?.contains { $0.contains("wrote them against OIML R 111-1:2004") }
                == true)
        let swapped = try harmonia(["compare", weights.1, weights.0, "--format", "json"])
        #expect(swapped.stderr.contains("the arguments look swapped"))
        let right = try harmonia(["compare", weights.0, weights.1, "--format", "json"])
        #expect(!right.stderr.contains("declares"))
    }

    @Test("text output names both documents, the score and the degree; no colour when piped")
    func text() throws {
        let result = try harmonia(["compare", weights.0, weights.1, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("JJG 99-2006"))
        #expect(result.stdout.contains("OIML R 111-1:2004"))
        #expect(result.stdout.contains("Score"))
        #expect(result.stdout.contains("Degree"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("--output writes the file atomically and nothing to stdout")
    func output() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("out.json").path
        let result = try harmonia(["compare", weights.0, weights.1, "--output", target])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(String(decoding: written, as: UTF8.self).hasPrefix("{"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["out.json"])
    }

    @Test("--fail-under gates with exit 1; the report is still written")
    func failUnder() throws {
        let result = try harmonia(["compare", weights.0, weights.1, "--format", "json", "--fail-under", "100"])
        let object = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let score = ((object?["summary"] as? [String: Any])?["score"] as? Double) ?? 100
        #expect(result.status == (score < 100 ? 1 : 0))
        let passing = try harmonia(["compare", weights.0, weights.1, "--format", "json", "--fail-under", "0"])
        #expect(passing.status == 0)
    }

    @Test("exit 64 on a wrong command line, 65 on invalid input, 66 on unreadable input; nothing on stdout")
    func exitCodes() throws {
        let usage = try harmonia(["compare", weights.0])
        #expect(usage.status == 64)
        let badOption = try harmonia(["compare", weights.0, weights.1, "--fail-under", "abc"])
        #expect(badOption.status == 64)
        #expect(try harmonia(["compare", weights.0, weights.1, "--rel-tol", "-1"]).status == 64)
        let invalid = try harmonia(["compare", fixture("hostile/bad-unit.xml"), weights.1])
        #expect(invalid.status == 65)
        #expect(invalid.stdout.isEmpty)
        #expect(invalid.stderr.contains("bad-unit.xml:"))
        let missing = try harmonia(["compare", fixture("hostile/does-not-exist.xml"), weights.1])
        #expect(missing.status == 66)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("does-not-exist.xml"))
        let directory = try harmonia(["compare", fixture("hostile"), weights.1])
        #expect(directory.status == 66)
    }

    @Test("an invalid input leaves --output untouched")
    func noHalfWrittenOutput() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("keep.json")
        try Data("old".utf8).write(to: target)
        let result = try harmonia([
            "compare", fixture("hostile/billion-laughs.xml"), weights.1, "--output", target.path,
        ])
        #expect(result.status == 65)
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }
}
