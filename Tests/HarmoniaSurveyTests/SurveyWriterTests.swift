import Foundation
import HarmoniaReport
import Testing

@testable import HarmoniaSurvey

@Suite("Survey writers")
struct SurveyWriterTests {
    let survey: Survey

    init() throws { survey = try PlantedCatalogue.survey() }

    @Test("JSON harmonia.survey v1: families, gaps, regional groups and summary by id")
    func json() throws {
        let bytes = SurveyJSONWriter().bytes(survey)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["format"] as? String == "harmonia.survey")
        #expect(object["version"] as? Int == 1)
        #expect((object["documents"] as? [[String: Any]])?.count == PlantedCatalogue.entries.count)
        #expect(object["gaps"] as? [String] == ["OIML R 3-1:2012", "OIML R 6-1:2020"])
        let families = try #require(object["families"] as? [[String: Any]])
        let jjg2 = try #require(families.first { $0["domestic"] as? String == "JJG 2-2020" })
        #expect(jjg2["international"] as? String == "OIML R 2-1:2012")
        #expect(jjg2["degree"] as? String == "NEQ")
        #expect(jjg2["declaredDegree"] as? String == "IDT")
        #expect(jjg2["declarationSupported"] as? Bool == false)
        #expect(jjg2["score"] is NSNumber)
        #expect((jjg2["unexplainedDeviations"] as? [Any])?.isEmpty == false)
        let regional = try #require(object["regional"] as? [[String: Any]])
        let x = try #require(regional.first { $0["reference"] as? String == "OIML R 1-1:2012" })
        #expect(x["equivalenceClasses"] as? [[String]] == [["JJG(X) 1-2019", "JJG(X) 2-2019", "JJG(X) 3-2019"]])
        #expect(x["unmatched"] as? [String] == ["JJG(X) 4-2019"])
        #expect((x["pairs"] as? [Any])?.count == 12)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["domesticIDTorMODShare"] as? Double == 75.0)
        #expect(summary["gaps"] as? Int == 2)
        #expect(bytes == SurveyJSONWriter().bytes(try PlantedCatalogue.survey(reversed: true)))
    }

    @Test("CSV: a row per family, in the survey's order")
    func csv() {
        let lines = SurveyCSVWriter().families(survey).split(separator: "\r\n")
        #expect(lines.count == 1 + survey.families.count)
        #expect(lines[0].hasPrefix("\u{FEFF}document,role,reference,named,score,degree,declared degree"))
        #expect(lines[2].hasPrefix("JJG 2-2020,domestic,OIML R 2-1:2012,OIML R 2-1:2012,"))
    }

    @Test("HTML: the score distribution, the gap list and a heat map per regional group")
    func html() {
        let page = SurveyHTMLWriter().write(survey)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        #expect(page.components(separatedBy: "<table class=\"heat\">").count - 1 == survey.regional.count)
        #expect(page.contains("<li><b>OIML R 3-1:2012</b>"))
        #expect(!page.contains("<script"))
    }

    @Test("text: summary, families, gaps and the matrices")
    func text() {
        let text = SurveyTextWriter().write(survey)
        #expect(text.contains("domestic documents computed IDT or MOD: 3 of 4 (75.0 %)"))
        #expect(text.contains("OIML R 99-1:2001  (named by JJG 9-2020)"))
        #expect(
            text.contains("equivalent (candidates for mutual recognition): JJG(X) 1-2019, JJG(X) 2-2019, JJG(X) 3-2019")
        )
        #expect(text.contains("JJG(X) 4-2019 against JJG(X) 1-2019"))
    }
}
