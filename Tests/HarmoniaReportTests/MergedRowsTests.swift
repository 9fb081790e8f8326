import Foundation
import HarmoniaAlign
import Testing

@testable import HarmoniaReport

/// Rows of one clause, kind, verdict and reason are one row in the tables that go to a committee
/// (docs/reports.md, "One row for requirements of one kind").
@Suite("merged rows of the comment sheet and annex B")
struct MergedRowsTests {
    static let water = FixturePair(
        family: "water-meters", domestic: "jjg-162-2009", international: "oiml-r49-1-2006")
    static let fuel = FixturePair(
        family: "fuel-dispensers", domestic: "jjg-443-2006", international: "oiml-r117-1-2007")

    @Test("the eight water temperature classes JJG 162-2009 leaves out for one reason are one row, in zh and en")
    func waterTemperatures() throws {
        let result = try comparison(Self.water)
        let zh = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        let temperatures = zh.filter { $0[2].hasPrefix("水温范围") }
        #expect(temperatures.count == 1)
        let row = try #require(temperatures.first)
        #expect(row[2].hasPrefix("水温范围（8 项，JJG 162-2009 未采用）：温度等级 T30/70：30 ℃～70 ℃；T30/90："))
        #expect(row[2].contains("；T180：0.1 ℃～180 ℃"))
        #expect(row[3] == "本规程只适用于冷水水表，热水水表另按热水水表检定规程执行。")
        let sheet = parseCSV(CSVWriter(options: ReportOptions(language: .zh, memberBody: "CN")).comments(result))
        let comments = sheet.dropFirst().filter { $0[5].hasPrefix("Water temperature range") }
        #expect(comments.count == 1)
        #expect(
            comments.first?[5].contains(
                "does not adopt these 8 values: temperature class T30/70: 30 °C to 70 °C; T30/90:") == true)
        #expect(comments.first?[6] == "", "an omission the document justifies is an observation, not a proposal")
        // The other rows of the annex stay apart: a different concept or another reason is another row.
        #expect(zh.filter { $0[2].hasPrefix("温度等级") }.count == 1)
        #expect(zh.filter { $0[2].hasPrefix("压力损失") }.count == 1)
    }

    @Test("merging changes no verdict and loses no entry: the merged rows hold every deviating pair once")
    func nothingLost() throws {
        for pair in FixturePair.all {
            let result = try comparison(pair)
            let model = ReportModel(result, options: ReportOptions())
            let merged = DeviationGroups.merged(model.groups, result)
            #expect(merged.flatMap(\.pairIndices).sorted() == model.groups.flatMap(\.pairIndices).sorted(), "\(pair)")
            #expect(merged.count <= model.groups.count)
            for group in merged {
                let verdicts = Set(group.pairIndices.map { result.pairs[$0].verdict })
                #expect(group.verdict == nil || verdicts == [group.verdict!], "\(pair)")
                let reasons = Set(
                    group.requirements.map { requirement in
                        model.groups.first { $0.requirement == requirement }?.reason?.text ?? ""
                    })
                #expect(reasons.count == 1, "\(pair): a merged row with two reasons")
            }
        }
    }

    @Test("a requirement with an entry no qualifier names stays a row of its own")
    func unnamedStaysApart() throws {
        let result = try comparison(Self.fuel)
        let rows = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        let classes = rows.filter { $0[2].hasPrefix("准确度等级") }
        #expect(classes.contains { $0[2].hasPrefix("准确度等级：OIML R 117-1:2007 规定 0.3、0.5、1.0、1.5、2.5") })
        #expect(!classes.contains { $0[2].contains("项，") && $0[2].contains("；0.3、0.5") })
    }

    @Test("entries of one value differing by one qualifier are said together; a bare number keeps its name")
    func entriesOfOneValue() throws {
        let result = try comparison(
            FixturePair(family: "electricity-meters", domestic: "jjg-596-2012", international: "oiml-r46-1-2012"))
        let zh = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        #expect(zh.contains { $0[2] == "检定周期（4 项，JJG 596-2012 增加）：1、2 级：≤ 8 年；0.2S、0.5S 级：≤ 6 年" })
        let en = parseCSV(CSVWriter(options: ReportOptions(language: .en, date: "2026-12-05")).comments(result))
        let period = try #require(en.first { $0[5].hasPrefix("Verification interval") })
        #expect(period[5].contains("classes 1 and 2: ≤ 8 years; classes 0.2S and 0.5S: ≤ 6 years"))
        // A CSV has no header block: the template's Date is a column, on every row.
        let date = try #require(en[0].firstIndex(of: "Date"))
        #expect(date == 8)
        #expect(en.dropFirst().allSatisfy { $0[date] == "2026-12-05" })
    }

    @Test("two tables of one concept and clause read apart by what their entries share; every entry is named apart")
    func tablesReadApart() throws {
        let result = try comparison(
            FixturePair(family: "electricity-meters", domestic: "jjg-596-2012", international: "oiml-r46-1-2012"))
        let zh = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        let mpe = zh.filter { $0[1] == "=\"3.3.1\"" }.map { $0[2] }
        #expect(mpe.count == 2)
        #expect(mpe.contains { $0.hasPrefix("最大允许误差（功率因数 1，12 项，不同）：") })
        #expect(mpe.contains { $0.hasPrefix("最大允许误差（功率因数 0.5L～0.8C，Itr ≤ I ≤ Imax，12 项，不同）：") })
        // Several domestic values met one reference cell: each entry also names its domestic conditions.
        let model = ReportModel(result, options: ReportOptions(language: .zh))
        for group in model.groups where group.pairIndices.count > 1 {
            let names = model.entryNames(group.pairIndices.map { result.pairs[$0] })
            #expect(Set(names).count == names.count, "\(names)")
        }
    }

    @Test("a requirement stated only for a national stage of legal control is an observation, never a proposal")
    func nationalStagesAreNotProposed() throws {
        let nawi = try comparison(
            FixturePair(family: "nawi", domestic: "jjg-539-2016", international: "oiml-r76-1-2006"))
        let rows = parseCSV(CSVWriter(options: ReportOptions(language: .en)).comments(nawi)).dropFirst()
        let subsequent = rows.filter { $0[5].contains("subsequent verification") }
        #expect(subsequent.count == 2)
        #expect(subsequent.allSatisfy { $0[6].isEmpty }, "subsequent verification is national, not for OIML")
        let water = try comparison(Self.water)
        let inService = parseCSV(CSVWriter(options: ReportOptions(language: .en)).comments(water)).dropFirst()
            .filter { $0[5].hasPrefix("Maximum permissible error (in service)") }
        #expect(inService.count == 1)
        #expect(inService.first?[6] == "")
        // Two unnumbered tables of one concept are named once in Paragraph/Figure/Table/Note.
        let mpe = try #require(rows.first { $0[2] == "=\"3.5.1\"" })
        #expect(mpe[3] == "Table of maximum permissible error")
    }
}
