import Foundation
import HarmoniaAlign
import HarmoniaModel
import Testing

@testable import HarmoniaReport

/// How reports write numbers, units, classes and clause lists for a reader (issue 18, the reviewer's
/// second reading): GB 3101 / JJF 1059 conventions, JJG's way of naming classes, no internal ids.
@Suite("reading conventions")
struct ReadingConventionsTests {
    @Test("a unit written once after a range applies to both ends: the range in brackets")
    func unitAfterRange() {
        #expect(NaturalText.value("5.3 .. 16.0 g/cm³", in: .zh) == "(5.3～16.0) g/cm³")
        #expect(NaturalText.value("5.3 .. 16.0 g/cm³", in: .en) == "(5.3 to 16.0) g/cm³")
        // A unit at both ends, a range of tokens, a bare number: unchanged.
        #expect(NaturalText.value("5 °C .. 55 °C", in: .zh) == "5 ℃～55 ℃")
        #expect(NaturalText.value("T30 .. T50", in: .en) == "T30 to T50")
        #expect(NaturalText.value("1.6 .. 4", in: .en) == "1.6 to 4")
    }

    @Test("a negative number prints with the minus sign U+2212; hyphens in words and between numbers stay")
    func minusSign() {
        #expect(NaturalText.value("-40 °C .. 70 °C", in: .zh) == "\u{2212}40 ℃～70 ℃")
        #expect(NaturalText.value("-15 %", in: .en) == "\u{2212}15 %")
        #expect(NaturalText.value("M1-2", in: .en) == "M1-2")
        #expect(NaturalText.value("5-10", in: .en) == "5-10")
    }

    @Test("numbers of five digits or more in groups of three; four-digit numbers never, so entries read alike")
    func digitGroups() {
        #expect(NaturalText.groupDigits("1000、1600") == "1000、1600")
        #expect(NaturalText.groupDigits("2000 e < m ≤ 10000 e") == "2000 e < m ≤ 10\u{202F}000 e")
        #expect(NaturalText.groupDigits("T16000") == "T16000")
    }

    @Test("classes and bases as JJG writes them; a current in percent of one basis as its multiple")
    func chineseQualifiers() {
        #expect(NaturalText.qualifier(name: "accuracy-class", written: "2", in: .zh) == "2 级")
        #expect(NaturalText.qualifier(name: "class", written: "A", in: .en) == "class A")
        #expect(NaturalText.qualifier(name: "current", written: "Imin-Itr", in: .zh) == "Imin ≤ I < Itr")
        #expect(NaturalText.qualifier(name: "pf", written: "L0.5-C0.8", in: .zh) == "功率因数 0.5L～0.8C")
        let direct = [
            Qualifier(name: "connection", written: "direct", expression: nil),
            Qualifier(name: "basis", written: "Ib", expression: nil),
            Qualifier(name: "current", written: "5 % ≤ I < 10 %", expression: nil),
        ]
        #expect(NaturalText.qualifiers(direct, in: .zh) == "直接接入，0.05Ib ≤ I < 0.1Ib")
        // Two bases: the percentages cannot be said as multiples of one; both stay.
        var two = direct
        two[1].written = "Ib|In"
        #expect(NaturalText.qualifiers(two, in: .zh) == "直接接入，以 Ib、In 为基准，5 % ≤ I < 10 %")
    }

    @Test("a qualifier the concept's name already says is not repeated")
    func stemInConcept() {
        let rated = [Qualifier(name: "condition", written: "rated", expression: nil)]
        #expect(NaturalText.qualifiers(rated, in: .zh, concept: "额定工作相对湿度范围") == "")
        #expect(NaturalText.qualifiers(rated, in: .en, concept: "rated operating relative humidity range") == "")
        #expect(NaturalText.qualifiers(rated, in: .zh, concept: "环境温度范围") == "额定工作条件")
    }

    @Test("consecutive sibling clauses as one span; `、` in Chinese")
    func clauseRuns() {
        #expect(ClauseList.text(["3.1.2", "3.1.3", "3.1.4", "3.1.5"], in: .zh) == "3.1.2～3.1.5")
        #expect(ClauseList.text(["3.1.2", "3.1.3", "3.1.4", "3.1.5"], in: .en) == "3.1.2 to 3.1.5")
        #expect(ClauseList.text(["3.1.2", "3.1.3", "4.1"], in: .zh) == "3.1.2、3.1.3、4.1")
        #expect(ClauseList.text(["5.9", "5.10", "5.11", "6"], in: .en) == "5.9 to 5.11, 6")
        #expect(ClauseList.text(["3.1", "3.1.1", "3.2"], in: .en) == "3.1, 3.1.1, 3.2")
    }

    @Test("report.md lists every pair by clause and printed table, never by internal id; the footer names no file")
    func markdownPairs() throws {
        let result = try comparison(
            FixturePair(family: "water-meters", domestic: "jjg-162-2019", international: "oiml-r49-1-2013"))
        for language in ReportLanguage.allCases {
            let text = MarkdownWriter(options: ReportOptions(language: language)).write(result)
            let html = HTMLWriter(options: ReportOptions(language: language)).write(result)
            #expect(!text.contains("q3-series"))
            #expect(!text.contains("docs/"))
            #expect(!html.contains("docs/comparison.md"))
            #expect(text.contains("Harmonia " + HarmoniaVersion.current))
        }
        let zh = MarkdownWriter(options: ReportOptions(language: .zh)).write(result)
        #expect(zh.contains("JJG 162-2019 章条 · 表号"))
    }

    @Test("bands listed by their lower end")
    func bandOrder() throws {
        let result = try comparison(
            FixturePair(family: "water-meters", domestic: "jjg-162-2019", international: "oiml-r49-1-2013"))
        let zh = MarkdownWriter(options: ReportOptions(language: .zh)).write(result)
        let line = try #require(zh.components(separatedBy: "\n").first { $0.contains("使用期限（Q3") && $0.contains("项") })
        let low = try #require(line.range(of: "DN ≤ 25 mm"))
        let high = try #require(line.range(of: "25 mm \\< DN ≤ 50 mm"))
        #expect(low.lowerBound < high.lowerBound)
    }
}
