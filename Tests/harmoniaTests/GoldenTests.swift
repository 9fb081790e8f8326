import Foundation
import Testing

/// Golden comparison files: `fixtures/<family>/expected/<domestic>--<international>.json` must equal
/// `harmonia compare <domestic>.xml <international>.xml --format json` byte for byte.
/// Set HARMONIA_UPDATE_GOLDEN=1 to rewrite them (then review the diff by hand).
@Suite("golden comparisons")
struct GoldenTests {
    static func goldenFiles() -> [String] {
        let root = repositoryRoot.appendingPathComponent("fixtures")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.contains("/expected/") && path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }

    @Test(
        "there is a golden file for every family",
        arguments: [
            "weights", "nawi", "water-meters", "fuel-dispensers", "electricity-meters", "sphygmomanometers", "regional",
        ])
    func everyFamily(_ family: String) {
        #expect(Self.goldenFiles().contains { $0.hasPrefix(family + "/expected/") })
    }

    @Test("compare output equals the golden file", arguments: goldenFiles())
    func golden(_ path: String) throws {
        let url = repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(path)
        let family = url.deletingLastPathComponent().deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let parts = stem.components(separatedBy: "--")
        try #require(parts.count == 2, "golden file name must be DOMESTIC--INTERNATIONAL.json: \(stem)")
        let result = try harmonia(
            [
                "compare", family.appendingPathComponent(parts[0] + ".xml").path,
                family.appendingPathComponent(parts[1] + ".xml").path, "--format", "json",
            ],
            environment: ["PWD": repositoryRoot.path])
        #expect(result.status == 0, "\(result.stderr)")
        if ProcessInfo.processInfo.environment["HARMONIA_UPDATE_GOLDEN"] == "1" {
            try result.stdoutBytes.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(
            result.stdoutBytes == expected,
            "output differs from \(path); rerun with HARMONIA_UPDATE_GOLDEN=1 and review the diff")
    }
}
