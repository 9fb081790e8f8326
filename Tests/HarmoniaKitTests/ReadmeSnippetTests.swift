import Foundation
import HarmoniaKit
import Testing

/// The README's library snippet compiles (it is `ReadmeSnippet.swift`), runs, and cannot drift from it.
@Suite("README snippet")
struct ReadmeSnippetTests {
    /// The lines between the marker comments of `ReadmeSnippet.swift`.
    static func snippetInTests() throws -> String {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "ReadmeSnippet.swift")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: "// BEGIN README SNIPPET"))
        let end = try #require(lines.firstIndex(of: "// END README SNIPPET"))
        return lines[(begin + 1)..<end].joined(separator: "\n")
    }

    /// The first Swift code block after the README's "Use as a library" heading.
    static func snippetInReadme() throws -> String {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "## Use as a library"), "README has no \"## Use as a library\"")
        let open = try #require(lines[heading...].firstIndex(of: "```swift"))
        let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
        return lines[(open + 1)..<close].joined(separator: "\n")
    }

    @Test("the README shows exactly the code this test target compiles")
    func readmeMatches() throws {
        #expect(try Self.snippetInReadme() == Self.snippetInTests())
    }

    @Test("the snippet runs on the weights family and says what the comparison found")
    func snippetRuns() throws {
        let (summary, markdown) = try assess(
            domestic: fixture("weights/jjg-99-2006.xml"),
            reference: fixture("weights/oiml-r111-1-2004.xml"))
        let comparison = try Assessor().compare(
            domesticFile: fixture("weights/jjg-99-2006.xml"),
            referenceFile: fixture("weights/oiml-r111-1-2004.xml"))
        #expect(summary.hasPrefix("score \(comparison.score.text), degree \(comparison.degree.computed.rawValue), "))
        #expect(summary.contains("\(comparison.counts.deviations) deviations"))
        #expect(markdown.contains("JJG 99-2006"))
        #expect(markdown.contains("OIML R 111-1:2004"))
    }
}
