import Foundation
import HarmoniaAlign
import HarmoniaReport
import Testing

/// Golden report packs: for every fixture pair, `fixtures/<family>/expected/report-<d>--<i>/` holds the
/// files `harmonia report --lang zh --member-body CN` writes. Text files must match byte for byte; the
/// DOCX files are checked by their `word/document.xml` (kept as `NAME.docx.document.xml.golden`), since its deflated
/// bytes depend on the zlib build. Set HARMONIA_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
@Suite("golden report packs")
struct ReportGoldenTests {
    static let update = ProcessInfo.processInfo.environment["HARMONIA_UPDATE_GOLDEN"] == "1"

    @Test("there is a fixture pair for every family")
    func pairsFound() {
        #expect(FixturePair.all.count >= 7)
    }

    @Test("the pack equals its golden files", arguments: FixturePair.all)
    func golden(_ pair: FixturePair) throws {
        let result = try comparison(pair)
        let files = try ReportPack(options: goldenOptions).files(result)
        #expect(files.map(\.name) == ReportPack.fileNames(for: result))
        var expected: [(String, Data)] = []
        for file in files {
            if file.name.hasSuffix(".docx") {
                let document = try #require(try unzip(file.bytes)["word/document.xml"])
                expected.append((file.name + ".document.xml.golden", document))
            } else {
                expected.append((file.name, Data(file.bytes)))
            }
        }
        if Self.update {
            try FileManager.default.createDirectory(at: pair.goldenFolder, withIntermediateDirectories: true)
            for (name, data) in expected { try data.write(to: pair.goldenFolder.appendingPathComponent(name)) }
            return
        }
        for (name, data) in expected {
            let url = pair.goldenFolder.appendingPathComponent(name)
            let golden = try Data(contentsOf: url)
            #expect(
                data == golden,
                "\(pair)/\(name) differs from its golden file; rerun with HARMONIA_UPDATE_GOLDEN=1 and review the diff")
        }
    }

    @Test("the same input gives byte-identical files, DOCX included", arguments: FixturePair.all.prefix(2))
    func deterministic(_ pair: FixturePair) throws {
        let first = try ReportPack(options: goldenOptions).files(try comparison(pair))
        let second = try ReportPack(options: goldenOptions).files(try comparison(pair))
        #expect(first == second)
    }
}
