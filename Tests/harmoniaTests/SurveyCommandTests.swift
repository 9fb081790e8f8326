import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("harmonia survey, end to end")
struct SurveyCommandTests {
    /// Fixture folders plus a planted gap (a part of R 46 nothing corresponds to), a second regional
    /// document equal to JJG(黑) 005-2017 (an equivalence class) and one broken file.
    func catalogue() throws -> URL {
        let root = try temporaryDirectory().appendingPathComponent("catalogue")
        for folder in ["weights", "electricity-meters", "regional"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: fixture(folder))
            where name.hasSuffix(".xml") {
                try FileManager.default.copyItem(
                    atPath: fixture(folder + "/" + name), toPath: root.appendingPathComponent(folder + "/" + name).path)
            }
        }
        func variant(of source: String, id: String, as name: String) throws {
            let text = try String(contentsOfFile: fixture(source), encoding: .utf8)
            let old = try #require(text.firstRange(of: /id="[^"]+" role/))
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.replacingCharacters(in: old, with: "id=\"\(id)\" role").write(
                to: url, atomically: true, encoding: .utf8)
        }
        try variant(of: "electricity-meters/oiml-r46-1-2012.xml", id: "OIML R 46-3:2012", as: "gap/oiml-r46-3.xml")
        try variant(of: "regional/jjg-hei-005-2017.xml", id: "JJG(吉) 7-2018", as: "regional/jjg-ji-7-2018.xml")
        try Data(
            "<?xml version=\"1.0\"?>\n<spec xmlns=\"urn:harmonia:spec:1\" id=\"X\" role=\"domestic\">\n<meta>".utf8
        )
        .write(to: root.appendingPathComponent("broken.xml"))
        return root
    }

    @Test("JSON over a folder: families, the planted gap and class; a broken file is reported, left out, exit 65")
    func json() throws {
        let root = try catalogue()
        let db = root.deletingLastPathComponent().appendingPathComponent("history.sqlite").path
        let result = try harmonia(["survey", root.path, "--format", "json", "--record", "--db", db])
        #expect(result.status == 65)
        #expect(result.stderr.contains(root.appendingPathComponent("broken.xml").path + ":3:"))
        #expect(result.stderr.contains("surveyed 9 documents"))
        #expect(result.stderr.contains("1 file left out"))
        #expect(!result.stderr.contains("\u{1B}["), "no progress bar when standard error is not a terminal")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(object["format"] as? String == "harmonia.survey")
        #expect(object["gaps"] as? [String] == ["OIML R 46-3:2012"])
        let families = try #require(object["families"] as? [[String: Any]])
        #expect(
            families.map { "\($0["domestic"]!) > \($0["international"]!)" } == [
                "JJG 596-2012 > OIML R 46-1:2012", "JJG 99-2006 > OIML R 111-1:2004", "JJG 99-2022 > OIML R 111-1:2004",
                "JJG(吉) 7-2018 > JJG(沪) 56-2016", "JJG(黑) 005-2017 > JJG(沪) 56-2016",
            ])
        let regional = try #require(object["regional"] as? [[String: Any]])
        #expect(regional.count == 1)
        #expect(regional.first?["equivalenceClasses"] as? [[String]] == [["JJG(吉) 7-2018", "JJG(黑) 005-2017"]])
        #expect((object["leftOut"] as? [String])?.count == 1)

        // Every comparison recorded (families and the matrix's other pairs), nothing from the broken file.
        let summary = try #require(object["summary"] as? [String: Any])
        let history = try harmonia(["track", "history", "--db", db, "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: history.stdoutBytes) as? [[String: Any]])
        #expect(records.count == summary["comparisons"] as? Int)
        #expect(!records.contains { ($0["domestic"] as? String) == "X" })
        // Surveying again records nothing new.
        let again = try harmonia(["survey", root.path, "--format", "json", "--record", "--db", db])
        #expect(again.stderr.contains(", 0 recorded"))
    }

    @Test("--output DIR writes every format; --output FILE takes the format from its extension")
    func outputs() throws {
        let root = try catalogue()
        try FileManager.default.removeItem(at: root.appendingPathComponent("broken.xml"))
        let out = root.deletingLastPathComponent().appendingPathComponent("out/")
        let result = try harmonia(["survey", root.path, "--output", out.path + "/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        for name in ["survey.txt", "survey.json", "survey.html", "survey-families.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let html = out.deletingLastPathComponent().appendingPathComponent("dashboard.html").path
        #expect(try harmonia(["survey", root.path, "--output", html]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<table class=\"heat\">"))
    }

    @Test("bad command lines and missing paths")
    func badInput() throws {
        #expect(try harmonia(["survey"]).status == 64)
        #expect(try harmonia(["survey", fixture("weights"), "--format", "pdf"]).status == 64)
        let missing = try harmonia(["survey", "/nonexistent/catalogue", "--format", "json"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("/nonexistent/catalogue: error:"))
    }
}
