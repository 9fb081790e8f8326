import Foundation
import HarmoniaReport
import Testing

@testable import HarmoniaSurvey

/// The planted catalogue's survey in every format, byte for byte. Set HARMONIA_UPDATE_GOLDEN=1 to rewrite
/// the files in `Golden/`, then review the diff (a changed score or degree should be one the commit names).
@Suite("Survey goldens")
struct SurveyGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(
        "text, JSON, HTML and CSV of the planted catalogue",
        arguments: ["survey.txt", "survey.json", "survey.html", "survey.csv"])
    func golden(name: String) throws {
        let survey = try PlantedCatalogue.survey()
        let bytes: Data =
            switch name {
            case "survey.txt": Data(SurveyTextWriter().write(survey).utf8)
            case "survey.json": Data(SurveyJSONWriter().bytes(survey))
            case "survey.html": Data(SurveyHTMLWriter().write(survey).utf8)
            default: Data(SurveyCSVWriter().families(survey).utf8)
            }
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HARMONIA_UPDATE_GOLDEN"] == "1" {
            try bytes.write(to: url)
        }
        let golden = try Data(contentsOf: url)
        #expect(
            bytes == golden,
            "\(name) differs from its golden file; rerun with HARMONIA_UPDATE_GOLDEN=1 and review the diff")
    }
}
