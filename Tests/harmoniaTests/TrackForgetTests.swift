import Foundation
import Testing

@Suite("harmonia track forget, end to end")
struct TrackForgetTests {
    let weights2006 = (fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"))
    let weights2022 = (fixture("weights/jjg-99-2022.xml"), fixture("weights/oiml-r111-1-2004.xml"))

    func records(_ db: String) throws -> [Int] {
        let result = try harmonia(["track", "history", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]])
        return list.compactMap { $0["record"] as? Int }.sorted()
    }

    @Test("forget removes the named records and nothing else; recording the files again gives a new record")
    func forget() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("h.sqlite").path
        #expect(
            try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db, "--at", "2024-05-01"]).status
                == 0)
        #expect(
            try harmonia(["track", "record", weights2022.0, weights2022.1, "--db", db, "--at", "2024-05-02"]).status
                == 0)
        #expect(try records(db) == [1, 2])
        let result = try harmonia(["track", "forget", "#1", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "forgot 1 record: #1\n")
        #expect(try records(db) == [2])
        // The files are not remembered any more: recording them again writes a new record.
        let again = try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db])
        #expect(again.stdout.hasPrefix("recorded #"), "\(again.stdout)")
    }

    @Test("an id that names no record removes nothing and exits 66; a word that is no id exits 64")
    func unknown() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("h.sqlite").path
        #expect(try harmonia(["track", "record", weights2006.0, weights2006.1, "--db", db]).status == 0)
        let missing = try harmonia(["track", "forget", "1", "7", "--db", db])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("#7") && missing.stderr.contains("nothing was removed"))
        #expect(try records(db) == [1])
        #expect(try harmonia(["track", "forget", "JJG 99-2006", "--db", db]).status == 64)
        #expect(try records(db) == [1])
    }
}

@Suite("command line help")
struct CommandLineHelpTests {
    @Test("a misspelled command gets a suggestion and exit 64")
    func suggestion() throws {
        let report = try harmonia(["reprot", "a.xml", "b.xml"])
        #expect(report.status == 64)
        #expect(report.stderr.contains("Did you mean 'harmonia report'?"))
        let forget = try harmonia(["track", "fogret", "3"])
        #expect(forget.status == 64)
        #expect(forget.stderr.contains("Did you mean 'harmonia track forget'?"))
        let nonsense = try harmonia(["xyzzy"])
        #expect(
            nonsense.status == 64 && nonsense.stderr.contains("Commands: compare, validate, inspect, report, track"))
        // Every real command passes the check, whichever were added since the list was written.
        let help = try harmonia(["--help"]).stdout
        for command in ["compare", "validate", "inspect", "report", "track", "extract"] {
            #expect(help.contains(command), "\(command) is listed in --help")
            let run = try harmonia([command, "--help"])
            #expect(run.status == 0 && !run.stderr.contains("is not a command"), "\(command)")
        }
    }

    @Test("--output and --out name the same option of report and track chart")
    func outputAlias() throws {
        for command in [["report"], ["track", "chart"]] {
            let help = try harmonia(command + ["--help"])
            #expect(help.stdout.contains("--output"), "\(command)")
            #expect(help.stdout.contains("--out is the same option"), "\(command)")
        }
    }

    @Test(
        "the examples in the help run as pasted (from the source folder)",
        arguments: ["compare", "inspect", "validate"])
    func examplesRun(_ command: String) throws {
        let help = try harmonia([command, "--help"]).stdout
        // Example lines start with "harmonia"; a trailing backslash continues on the next line.
        var commands: [String] = []
        var pending = ""
        for line in help.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if pending.isEmpty && !line.hasPrefix("harmonia \(command)") { continue }
            pending += line.hasSuffix("\\") ? String(line.dropLast()) : line
            if !line.hasSuffix("\\") {
                commands.append(pending)
                pending = ""
            }
        }
        #expect(!commands.isEmpty)
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for example in commands {
            var words = example.split(separator: " ").map(String.init).dropFirst().map { word -> String in
                word.hasPrefix("fixtures/") ? repositoryRoot.appendingPathComponent(word).path : word
            }
            // Files an example writes go to a scratch folder.
            if let at = words.firstIndex(of: "--output"), at + 1 < words.count {
                words[at + 1] = folder.appendingPathComponent(words[at + 1]).path
            }
            // The shell expands a glob; here, expand fixtures/…/*.xml by hand.
            words = words.flatMap { word -> [String] in
                guard word.hasSuffix("/*.xml") else { return [word] }
                let directory = String(word.dropLast(6))
                return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
                    $0.hasSuffix(".xml")
                }
                .sorted().map { directory + "/" + $0 }
            }
            let result = try harmonia(words)
            #expect(result.status == 0, "\(example): \(result.stderr)")
        }
    }
}
