import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import Testing

/// Lists of values, large differences and justifications that refer up, as a metrologist writes them.
@Suite("natural wording")
struct NaturalWordingTests {
    @Test("lists: `1 and 2`, `A, B and C` in English; `1、2` in Chinese")
    func lists() {
        let en = ReportStrings(.en)
        let zh = ReportStrings(.zh)
        #expect(en.list([]) == "")
        #expect(en.list(["1"]) == "1")
        #expect(en.list(["1", "2"]) == "1 and 2")
        #expect(en.list(["A", "B", "C"]) == "A, B and C")
        #expect(zh.list(["1", "2"]) == "1、2")
        #expect(zh.list(["A", "B", "C"]) == "A、B、C")
    }

    @Test("a qualifier with several values: the plural name and a natural list; tokens without a name")
    func qualifierSets() {
        #expect(NaturalText.qualifier(name: "class", written: "1|2", in: .en) == "classes 1 and 2")
        #expect(NaturalText.qualifier(name: "class", written: "I | II | III", in: .en) == "classes I, II and III")
        // Chinese writes a class after its value, as JJG does (`2 级`, `1、2 级`).
        #expect(NaturalText.qualifier(name: "class", written: "1|2", in: .zh) == "1、2 级")
        #expect(NaturalText.qualifier(name: "class", written: "E1", in: .zh) == "E1 级")
        #expect(NaturalText.qualifier(name: "basis", written: "Ib", in: .zh) == "以 Ib 为基准")
        #expect(NaturalText.qualifier(name: "basis", written: "Ib|In", in: .en) == "relative to Ib and In")
        #expect(NaturalText.qualifier(name: "class", written: "1", in: .en) == "class 1")
        #expect(
            NaturalText.qualifier(name: "stage", written: "initial|subsequent", in: .en)
                == "initial verification and subsequent verification")
        #expect(NaturalText.qualifier(name: "stage", written: "initial|subsequent", in: .zh) == "首次检定、后续检定")
        // A name without an English plural in the labels is used as it is.
        #expect(NaturalText.qualifier(name: "Q3", written: "1.6|2.5", in: .en) == "Q3 1.6 and 2.5")
    }

    static func differences(_ d: String, _ i: String, _ language: ReportLanguage) throws -> String {
        let result = try ReportWordingTests.pair(d, i)
        return parseCSV(CSVWriter(options: ReportOptions(language: language)).differences(result))[1][2]
    }

    @Test("from twice the reference value on, a multiple; below, and for smaller values, a percentage")
    func multiples() throws {
        #expect(try Self.differences("≥ 24 h", "≥ 2 h", .zh).hasSuffix("本文件数值为参照文件的 12 倍"))
        #expect(
            try Self.differences("≥ 24 h", "≥ 2 h", .en).hasSuffix(
                "(the domestic value is 12 times the reference value)"))
        #expect(try Self.differences("0.5 kPa", "0.2 kPa", .zh).hasSuffix("本文件数值为参照文件的 2.5 倍"))
        #expect(
            try Self.differences("±1.0 s/d", "±0.5 s/d", .en).hasSuffix(
                "(the domestic value is twice the reference value)"))
        #expect(try Self.differences("±1.0 s/d", "±0.5 s/d", .zh).hasSuffix("本文件数值为参照文件的 2 倍"))
        // A rounded multiple says so.
        #expect(
            try Self.differences("≤ 1 mm", "≤ 0.3 mm", .en).hasSuffix(
                "(the domestic value is about 3.3 times the reference value)"))
        #expect(try Self.differences("≤ 1 mm", "≤ 0.3 mm", .zh).hasSuffix("本文件数值约为参照文件的 3.3 倍"))
        #expect(
            try Self.differences("≤ 100 mm", "≤ 7 mm", .en).hasSuffix(
                "(the domestic value is about 14 times the reference value)"))
        // Below twice, and every smaller value, keep the percentage.
        #expect(try Self.differences("±0.5 kPa", "±0.4 kPa", .zh).hasSuffix("本文件数值大 25 %"))
        #expect(try Self.differences("5", "3", .en).hasSuffix("(the domestic value is 66.7 % larger)"))
        #expect(try Self.differences("±0.1 %", "±1 %", .en).hasSuffix("(the domestic value is 90 % smaller)"))
    }

    static let referring = (
        domestic: """
        <spec xmlns="urn:harmonia:spec:1" id="JJG 1-2020" role="domestic" lang="zh"><meta><title>t</title></meta>
        <section num="5">
        <omission ref="b"><justification lang="zh">属型式评价内容。</justification></omission>
        <omission ref="a"><justification lang="zh">同上。</justification></omission>
        <omission ref="c"><justification lang="zh">同上，检定时不测量。</justification></omission>
        <omission ref="d"><justification lang="en">Ditto; not measured in service.</justification></omission>
        <omission ref="e"><justification lang="zh">同上述原因。</justification></omission>
        </section></spec>
        """,
        international: """
        <spec xmlns="urn:harmonia:spec:1" id="OIML R 1:2020" role="international" lang="en"><meta><title>t</title></meta>
        <section num="6.1"><indicator id="a" concept="mpe"><value>±1 %</value></indicator></section>
        <section num="6.2"><indicator id="b" concept="repeatability"><value>≤ 1 %</value></indicator></section>
        <section num="6.3"><indicator id="c" concept="measuring-range"><value>0 kPa .. 40 kPa</value></indicator></section>
        <section num="6.4"><indicator id="d" concept="scale-interval"><value>0.2 kPa</value></indicator></section>
        <section num="6.5"><indicator id="e" concept="hysteresis"><value>≤ 0.5 kPa</value></indicator></section>
        </spec>
        """
    )

    @Test(
        "a justification that refers up (同上, ditto) reads as the one before it in the document, whatever the rows' order"
    )
    func referringJustifications() throws {
        let result = Comparator().compare(
            try document(Self.referring.domestic), try document(Self.referring.international))
        let rows = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        let reasons = rows.map { $0[3] }
        // Rows follow the reference (a before b): a's 同上 is b's text, which comes before it in the document.
        #expect(
            reasons == [
                "属型式评价内容。", "属型式评价内容。", "属型式评价内容。检定时不测量。",
                "属型式评价内容。检定时不测量。Not measured in service.", "同上述原因。",
            ])
        // The comparison itself keeps the document's words.
        let written = result.pairs.compactMap { $0.explanation?.text.text }
        #expect(written.contains("同上。"))
    }

    @Test("report.md names each requirement against MOD once, as the HTML page does, without its entries")
    func conciseModList() throws {
        let result = try comparison(
            FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004"))
        let en = MarkdownWriter(options: ReportOptions(language: .en)).write(result)
        #expect(en.contains("\n- **10.1** Density limits (42 entries): missing — no justified omission names it\n"))
        #expect(
            en.contains("\n- **7.5** Verification interval: added — the domestic indicator carries no justification\n"))
        let zh = MarkdownWriter(options: ReportOptions(language: .zh)).write(result)
        #expect(zh.contains("\n- **10.1** 密度范围（42 项）：未采用 — 未声明不采用及其理由\n"))
        // The entries are in the deviation table, not repeated in the list.
        let list = try #require(zh.components(separatedBy: "## 妨碍修改采用").last?.components(separatedBy: "\n## ").first)
        #expect(!list.contains("标称值 20 mg"))
    }
}
