import Foundation
import Testing

/// What `--help` promises a newcomer: every exit status, and examples that paste as they print.
@Suite("help texts and the report summary")
struct HelpTextTests {
    /// The example command of a help text: the lines after "Example", continuation backslashes joined.
    static func example(in help: String) -> (lines: [String], command: String)? {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Example") })
        else { return nil }
        let body = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let command = body.map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.hasSuffix("\\") ? String($0.dropLast()).trimmingCharacters(in: .whitespaces) : $0 }
            .joined(separator: " ")
        return (Array(body), command)
    }

    @Test(
        "compare's and report's examples survive the help's 80 columns: each line but the last ends in a backslash",
        arguments: [
            ("compare", "harmonia compare fixtures/weights/jjg-99-2006.xml fixtures/weights/oiml-r111-1-2004.xml"),
            (
                "report",
                "harmonia report fixtures/weights/jjg-99-2006.xml fixtures/weights/oiml-r111-1-2004.xml"
                    + " --output pack --member-body CN"
            ),
        ])
    func examplesPaste(command: String, expected: String) throws {
        let result = try harmonia([command, "--help"])
        #expect(result.status == 0)
        let example = try #require(Self.example(in: result.stdout), "no example in: \(result.stdout)")
        #expect(example.command == expected)
        #expect(example.lines.count >= 2)
        for line in example.lines.dropLast() { #expect(line.hasSuffix("\\"), "\(line)") }
        #expect(example.lines.allSatisfy { $0.count <= 80 })
    }

    @Test("the examples run as printed, from the repository's folder")
    func compareExampleRuns() throws {
        let help = try harmonia(["compare", "--help"]).stdout
        let words = try #require(Self.example(in: help)).command.split(separator: " ").map(String.init)
        #expect(words.first == "harmonia")
        let arguments = words.dropFirst().map {
            $0.hasPrefix("fixtures/") ? repositoryRoot.appendingPathComponent($0).path : $0
        }
        let result = try harmonia(Array(arguments) + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"format\": \"harmonia.comparison\""))
    }

    /// A help text with its lines joined: the words wherever the terminal's width broke them.
    static func words(of arguments: [String]) throws -> String {
        try harmonia(arguments).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("the top-level help lists every exit status the commands use")
    func exitStatuses() throws {
        let help = try Self.words(of: ["--help"])
        for status in [
            "0 done", "1 a gate failed", "64 bad command line", "65 an input is not", "66 an input cannot",
            "73 an output cannot be written", "74 the history database failed",
        ] {
            #expect(help.contains(status), "\(status) missing from: \(help)")
        }
        let track = try Self.words(of: ["track", "--help"])
        #expect(track.contains("73 a chart file cannot be written"))
        #expect(track.contains("74 the database failed"))
        let compare = try Self.words(of: ["compare", "--help"])
        #expect(compare.contains("73 --output cannot be written"))
    }

    @Test("report prints one line on standard error: score, degree, where the pack went")
    func reportSummary() throws {
        let out = try temporaryDirectory().appendingPathComponent("pack")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let result = try harmonia([
            "report", fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"),
            "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let json = try harmonia([
            "compare", fixture("weights/jjg-99-2006.xml"), fixture("weights/oiml-r111-1-2004.xml"),
            "--format", "json",
        ])
        let object = try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Any])
        let score = try #require(summary["score"] as? NSNumber)
        let degree = try #require(summary["degree"] as? String)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let last = try #require(lines.last)
        #expect(last.hasPrefix("score \(String(format: "%.1f", score.doubleValue)), degree \(degree)"), "\(last)")
        #expect(last.hasSuffix("\(files.count) files written to \(out.path)"), "\(last)")
        #expect(files.count == 8)
    }
}
