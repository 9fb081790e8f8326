import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("harmonia track, end to end")
struct TrackCommandTests {
    let weights2006 = (fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"))
    let weights2022 = (fixture("weights/jjg-99-2022.xml"), fixture("weights/oiml-r111-1-2004.xml"))
    /// Folders whose every file is valid.
    let validFolders = [
        "weights", "water-meters", "fuel-dispensers", "nawi", "electricity-meters", "sphygmomanometers", "regional",
    ]
    .map { fixture($0) }

    func history(_ db: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try harmonia(["track", "history", "--db", db, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]])
    }

    /// A database with every valid fixture folder imported.
    func importedDatabase(in root: URL) throws -> String {
        let db = root.appendingPathComponent("history.sqlite").path
        let result = try harmonia(["track", "import"] + validFolders + ["--db", db, "--at", "2024-05-01"])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test("record stores a comparison; recording the same files again is a no-op")
    func recordIsIdempotent() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("h.sqlite").path
        let first = try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db, "--at", "2024-05-01"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("recorded #1: JJG 99-2006 ↔ OIML R 111-1:2004, score "))
        let again = try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("already recorded as #1"))
        let records = try history(db)
        #expect(records.count == 1)
        #expect(records.first?["recordedAt"] as? String == "2024-05-01T00:00:00Z")
    }

    @Test(
        "the database comes from --db, else $HARMONIA_DB, else $XDG_DATA_HOME, else ~/.local/share; folders are created"
    )
    func databaseLocation() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("home").path
        var env = ["HOME": home, "XDG_DATA_HOME": "", "HARMONIA_DB": ""]
        #expect(try harmonia(["track", "record", weights2006.0, weights2006.1], environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/harmonia/history.sqlite"))

        env["XDG_DATA_HOME"] = root.appendingPathComponent("xdg").path
        #expect(try harmonia(["track", "record", weights2006.0, weights2006.1], environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("xdg/harmonia/history.sqlite").path))

        env["HARMONIA_DB"] = root.appendingPathComponent("env/deep/h.sqlite").path
        #expect(try harmonia(["track", "record", weights2006.0, weights2006.1], environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: env["HARMONIA_DB"]!))

        let option = root.appendingPathComponent("option.sqlite").path
        #expect(
            try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", option], environment: env).status
                == 0)
        #expect(FileManager.default.fileExists(atPath: option))
    }

    @Test("a database file that is not SQLite: a clear error, exit 65, the file untouched")
    func notSQLite() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("notes.sqlite").path
        let bytes = Data("These are my notes, not a database.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: db))
        for arguments in [
            ["track", "record", weights2006.0, weights2006.1], ["track", "history"],
            ["track", "import", fixture("weights")],
            ["track", "chart", "--out", root.appendingPathComponent("c.svg").path], ["track", "diff", "1", "2"],
        ] {
            let result = try harmonia(arguments + ["--db", db])
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(db) && result.stderr.contains("not a SQLite database"))
            #expect(result.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.sqlite"])
    }

    @Test("unreadable and invalid inputs exit 66 and 65 and write nothing")
    func badInputs() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("h.sqlite").path
        let missing = try harmonia([
            "track", "record", fixture("hostile/does-not-exist.xml"), weights2006.1, "--db", db,
        ])
        #expect(missing.status == 66 && missing.stderr.contains("does-not-exist.xml"))
        let invalid = try harmonia(["track", "record", fixture("hostile/bad-unit.xml"), weights2006.1, "--db", db])
        #expect(invalid.status == 65 && invalid.stderr.contains("mgg"))
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(try harmonia(["track", "history", "--db", db]).status == 66)
        #expect(
            try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db, "--at", "someday"]).status == 64)
        #expect(
            try harmonia(["track", "import", root.appendingPathComponent("nowhere").path, "--db", db]).status == 66)
    }

    @Test("two processes recording at once both land")
    func concurrentRecords() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for round in 1...3 {
            let db = root.appendingPathComponent("race-\(round).sqlite").path
            let group = DispatchGroup()
            nonisolated(unsafe) var results: [RunResult?] = [nil, nil]
            for (index, pair) in [weights2006, weights2022].enumerated() {
                group.enter()
                DispatchQueue.global().async {
                    results[index] = try? harmonia(["track", "record", pair.0, pair.1, "--db", db])
                    group.leave()
                }
            }
            group.wait()
            for result in results {
                #expect(result?.status == 0, "\(result?.stderr ?? "did not run")")
            }
            #expect(Set(try history(db).compactMap { $0["domestic"] as? String }) == ["JJG 99-2006", "JJG 99-2022"])
        }
    }

    @Test("import records every pair the correspondences name, with a summary; the editions give two points per family")
    func importAndHistory() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("history.sqlite").path
        let result = try harmonia(["track", "import"] + validFolders + ["--db", db, "--at", "2024-05-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("10 comparisons: 10 recorded, 0 already recorded"))
        #expect(result.stderr.contains("OIML R 117:1995") && result.stderr.contains("OIML R 117-1:2007"))
        #expect(!result.stderr.contains("\u{1B}["))  // no progress bar when standard error is not a terminal

        let records = try history(db)
        #expect(records.count == 10)
        let dates = records.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        let byFamily = Dictionary(grouping: records) { $0["family"] as? String ?? "" }
        for family in ["JJG 99 ↔ OIML R 111-1", "JJG 162 ↔ OIML R 49-1", "JJG 443 ↔ OIML R 117-1"] {
            let points = try #require(byFamily[family])
            #expect(points.count == 2, "\(family)")
            let scores = points.map { ($0["score"] as? NSNumber)?.doubleValue ?? -1 }
            #expect(points[0]["change"] is NSNull)
            let change = try #require((points[1]["change"] as? NSNumber)?.doubleValue)
            #expect(abs(change - (scores[1] - scores[0])) < 0.001)
        }
        let again = try harmonia(["track", "import"] + validFolders + ["--db", db])
        #expect(again.stdout.contains("0 recorded, 10 already recorded"))

        let filtered = try history(db, ["--domestic", "JJG 99"])
        #expect(filtered.compactMap { $0["domestic"] as? String } == ["JJG 99-2006", "JJG 99-2022"])
        #expect(try history(db, ["--international", "OIML R 49-1"]).count == 2)

        let text = try harmonia(["track", "history", "--db", db])
        #expect(text.status == 0 && text.stdout.contains("JJG 162-2019") && text.stdout.contains("family"))
        let csv = try harmonia(["track", "history", "--db", db, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 11)
    }

    @Test("import of the whole fixtures folder records the valid pairs and exits 65 for the hostile files")
    func importWithInvalidFiles() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("h.sqlite").path
        let result = try harmonia([
            "track", "import", repositoryRoot.appendingPathComponent("fixtures").path, "--db", db,
        ])
        #expect(result.status == 65)
        // Every invalid file is listed with its reason, and nothing of it is recorded.
        for name in ["billion-laughs.xml", "bad-unit.xml", "short-row.xml", "truncated.xml", "wrong-root.xml"] {
            #expect(
                result.stderr.split(separator: "\n").contains {
                    $0.contains("hostile/" + name) && $0.hasSuffix("; skipped")
                },
                "\(name) not listed as skipped")
        }
        let skipped = result.stderr.split(separator: "\n").filter { $0.hasSuffix("; skipped") }.count
        #expect(skipped >= 20 && result.stdout.contains("\(skipped) files skipped"))
        // The valid hostile files are reading tests that declare no correspondence: read, noted, not a family.
        #expect(result.stderr.contains("HARMONIA-HOSTILE bom-crlf declares no correspondence"))
        let recorded = try history(db)
        #expect(recorded.count == 10)
        #expect(!recorded.contains { ($0["domestic"] as? String ?? "").contains("HOSTILE") })
    }

    @Test("diff by document designation and by record id")
    func diff() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = try importedDatabase(in: root)
        let text = try harmonia(["track", "diff", "JJG 99-2006", "JJG 99-2022", "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        for heading in [
            "deviations closed:", "deviations opened:", "verdicts changed:", "indicators added (in B only):",
            "indicators dropped (in A only):",
        ] {
            #expect(text.stdout.contains(heading))
        }
        let json = try harmonia(["track", "diff", "JJG 162-2009", "JJG 162-2019", "--db", db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let from = try #require(object["from"] as? [String: Any])
        let to = try #require(object["to"] as? [String: Any])
        #expect(from["domestic"] as? String == "JJG 162-2009" && to["international"] as? String == "OIML R 49-1:2013")
        let ids = [from["record"] as? Int ?? 0, to["record"] as? Int ?? 0]
        let byID = try harmonia(["track", "diff", "\(ids[0])", "#\(ids[1])", "--db", db, "--format", "json"])
        #expect(byID.stdoutBytes == json.stdoutBytes)
        let unknown = try harmonia(["track", "diff", "JJG 1-1999", "1", "--db", db])
        #expect(unknown.status == 66 && unknown.stderr.contains("JJG 1-1999"))
    }

    @Test("chart: valid SVG with one line per family and each edition labelled; deterministic; atomic; HTML too")
    func chart() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = try importedDatabase(in: root)
        let svg = root.appendingPathComponent("trend.svg").path
        let result = try harmonia(["track", "chart", "--out", svg, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: svg))
        let parsed = SVGSummary(bytes)
        #expect(parsed.wellFormed)
        #expect(parsed.families.count == 7)
        // Seven families; the water meters change reference edition (R 49-1:2006, then :2013), so their
        // line is drawn in two segments.
        #expect(parsed.lines == 8)
        for family in ["JJG 99 ↔ OIML R 111-1", "JJG 162 ↔ OIML R 49-1", "JJG 443 ↔ OIML R 117-1"] {
            #expect(parsed.pointsPerFamily[family] == 2, "\(family)")
        }
        for edition in ["JJG 99-2006", "JJG 99-2022", "JJG 162-2009", "JJG 162-2019", "JJG 443-2006", "JJG 443-2015"] {
            #expect(parsed.labels.contains { $0.hasPrefix(edition + " · ") }, "\(edition) not labelled")
        }
        #expect(try harmonia(["track", "chart", "--out", svg, "--db", db]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: svg)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".tmp") }.isEmpty)

        let html = root.appendingPathComponent("trend.html").path
        #expect(try harmonia(["track", "chart", "--out", html, "--db", db]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(
            try harmonia(["track", "chart", "--out", root.appendingPathComponent("trend.png").path, "--db", db]).status
                == 64)
    }
}

/// What the chart's SVG holds, read with Foundation's XML parser.
final class SVGSummary: NSObject, XMLParserDelegate {
    private(set) var wellFormed = false
    private(set) var families: [String] = []
    private(set) var lines = 0
    private(set) var pointsPerFamily: [String: Int] = [:]
    private(set) var labels: [String] = []
    private var family: String?
    private var labelText: String?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        wellFormed = parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch (name, attributes["class"]) {
        case ("g", "family"):
            family = attributes["data-family"]
            families.append(family ?? "")
        case ("polyline", "trend"):
            lines += 1
            if let family {
                pointsPerFamily[family, default: 0] += attributes["points"]?.split(separator: " ").count ?? 0
            }
        case ("text", "edition-label"):
            labelText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        labelText? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" { family = nil }
        if name == "text", let text = labelText {
            labels.append(text)
            labelText = nil
        }
    }
}
