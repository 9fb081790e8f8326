import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import Testing

/// The score's laws on every fixture pair (`fixtures/<family>/expected/<domestic>--<reference>.json` names them).
@Suite("Score laws on the fixtures")
struct FixtureLawTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")

    /// `(family folder, domestic file, reference file)` for each golden comparison.
    static func pairs() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: fixtures.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.contains("/expected/") && path.hasSuffix(".json") && !path.contains("/report-") {
                found.append(path)
            }
        }
        return found.sorted()
    }

    func load(_ path: String, adding extra: String = "") throws -> Document {
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent(path), encoding: .utf8)
        if !extra.isEmpty { text = text.replacingOccurrences(of: "</spec>", with: extra + "</spec>") }
        return try document(text, name: path)
    }

    @Test(
        "adding unexplained domestic-only requirements never changes the score; self-comparison scores 100",
        arguments: pairs())
    func addedNeverRaises(_ golden: String) throws {
        let family = golden.components(separatedBy: "/expected/")[0]
        let stem = (golden.components(separatedBy: "/expected/")[1] as NSString).deletingPathExtension
        let names = stem.components(separatedBy: "--")
        let domesticPath = "\(family)/\(names[0]).xml"
        let referencePath = "\(family)/\(names[1]).xml"
        let reference = try load(referencePath)
        let base = Comparator().compare(try load(domesticPath), reference)
        let extra = """
            <section num="99"><indicator id="extra-a" concept="test-only-a"><where zz="1"/><value>≤ 1 mg</value></indicator>
            <indicator id="extra-b" concept="test-only-b"><where zz="2"/><value>≤ 2 mg</value></indicator>
            <indicator id="extra-c" concept="test-only-c"><where zz="3"/><value>≤ 3 mg</value></indicator></section>
            """
        let more = Comparator().compare(try load(domesticPath, adding: extra), reference)
        #expect(more.counts[.added] >= base.counts[.added] + 3)
        #expect(more.score.exact == base.score.exact && more.score.tenths == base.score.tenths)
        #expect(more.degree.computed == .NEQ, "unexplained domestic-only requirements are technical deviations")
        let itself = Comparator().compare(reference, reference)
        #expect(itself.score.text == "100.0" && itself.degree.computed == .IDT)
    }
}
