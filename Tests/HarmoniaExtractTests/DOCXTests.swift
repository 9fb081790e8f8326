import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing

@testable import HarmoniaExtract

/// JJG drafts in Word, built in the test (a DOCX is a zip holding word/document.xml).
@Suite("DOCX drafts")
struct DOCXTests {
    /// A JJF 1002-shaped draft: cover, contents, headings numbered by Word, a typed clause number, an MPE
    /// table with merged cells, requirement sentences.
    static func draftBody() -> String {
        [
            DOCX.p("中华人民共和国国家计量检定规程"), DOCX.p("JJG 99—2022"), DOCX.p("砝 码"), DOCX.p("Weights"),
            DOCX.p("代替 JJG 99—2006"), DOCX.p("2022-05-20 发布"), DOCX.p("2022-11-20 实施"), DOCX.p("国家市场监督管理总局 发布"),
            DOCX.p("目 录"), DOCX.p("1 范围……………………（1）"), DOCX.p("5 计量性能要求 …………（2）"),
            DOCX.p("范围", style: "1", numbering: (0, 7)), DOCX.p("本规程适用于砝码的首次检定、后续检定和使用中检查。"),
            DOCX.p("引用文件", style: "1", numbering: (0, 7)), DOCX.p("术语", style: "1", numbering: (0, 7)),
            DOCX.p("概述", style: "1", numbering: (0, 7)),
            DOCX.p("计量性能要求", style: "1", numbering: (0, 7)),
            DOCX.p("最大允许误差", style: "2", numbering: (1, 7)),
            DOCX.p("砝码的最大允许误差见表1。"),
            DOCX.p("表1　砝码的最大允许误差"),
            "<w:tbl>"
                + DOCX.row([DOCX.cell("标称值", merge: "restart"), DOCX.cell("最大允许误差/mg", span: 3)], header: true)
                // The second heading row is not marked as one, as in many drafts.
                + DOCX.row([DOCX.cell("", merge: "continue"), DOCX.cell("E1"), DOCX.cell("E2"), DOCX.cell("F1")])
                + DOCX.row([DOCX.cell("1 kg"), DOCX.cell("0.5"), DOCX.cell("1.6"), DOCX.cell("5")])
                + DOCX.row([
                    DOCX.cell("500 g"), DOCX.cell("0.25"), DOCX.cell("0.8", merge: "restart"), DOCX.cell("2.5"),
                ])
                + DOCX.row([DOCX.cell("200 g"), DOCX.cell("0.10"), DOCX.cell("", merge: "continue"), DOCX.cell("见注")])
                + DOCX.row([DOCX.cell("1 mg"), DOCX.cell("0.003"), DOCX.cell("0.006"), DOCX.cell("—")])
                + "</w:tbl>",
            DOCX.p("5.2 磁性"), DOCX.p("砝码的磁化率应不大于0.02。"),
            DOCX.p("5.3 天平的要求"), DOCX.p("电子天平的重复性应不超过0.2%，偏载误差不大于0.5 mg。"),
            DOCX.p("5.4 示值误差"), DOCX.p("最大允许误差为±0.5%。"),
            DOCX.p("检定周期", style: "1", numbering: (0, 7)), DOCX.p("砝码的检定周期一般不超过1年。"),
        ].joined()
    }

    func extract(_ body: String, styles: String? = DOCX.headingStyles) throws -> (text: String, extraction: Extraction)
    {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("jjg-99-draft.docx")
        try DOCX.file(body: body, styles: styles, to: url)
        return try extractText(url.path)
    }

    @Test("the cover gives code, titles, date and what it replaces")
    func cover() throws {
        let (text, extraction) = try extract(Self.draftBody())
        try expectGolden(text, "jjg-99-draft.expected.xml")
        let draft = try #require(extraction.draft)
        #expect(draft.id == "JJG 99-2022")
        #expect(draft.role == "domestic")
        #expect(draft.titles.map(\.text) == ["砝码", "Weights"])
        #expect(draft.date == "2022-05-20")
        #expect(draft.supersedes == ["JJG 99-2006"])
        let document = try readBack(text)
        #expect(document.language == "zh")
    }

    @Test("the MPE table reads with merged cells, its unit and ± form")
    func mpeTable() throws {
        let draft = try #require(try extract(Self.draftBody()).extraction.draft)
        let table = draft.indicators.filter { $0.id?.hasPrefix("表1") ?? false }
        #expect(table.allSatisfy { $0.label == "最大允许误差" })
        let values = Dictionary(table.map { ($0.id!, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["表1[1 kg][最大允许误差/mg / E2]"] == "±1.6 mg")
        #expect(values["表1[200 g][最大允许误差/mg / E2]"] == "±0.8 mg")  // vMerge: the cell above continues
        #expect(values["表1[1 mg][最大允许误差/mg / F1]"] == nil)  // "—": no requirement
        #expect(table.count == 10)
        let first = try #require(table.first)
        #expect(first.qualifiers == [Qualifier("nominal", "1 kg"), Qualifier("class", "E1")])
        #expect(draft.sections.first { $0.indicators.contains { $0.id == first.id } }?.num == "5.1")
    }

    @Test("requirement sentences and the verification period")
    func sentences() throws {
        let (_, extraction) = try extract(Self.draftBody())
        let draft = try #require(extraction.draft)
        let byLabel = Dictionary(grouping: draft.indicators.filter { $0.id == nil }, by: \.label).mapValues {
            $0.map(\.value)
        }
        #expect(byLabel["检定周期"] == ["≤ 1年"])
        #expect(byLabel["重复性"] == ["≤ 0.2%"])
        #expect(byLabel["偏载误差"] == ["≤ 0.5 mg"])
        #expect(byLabel["最大允许误差"] == ["±0.5%"])
        #expect(byLabel["磁化率"] == ["≤ 0.02"])
        #expect(draft.sections.first { $0.indicators.contains { $0.label == "检定周期" } }?.num == "6")
        #expect(
            extraction.warnings.contains {
                $0.description.contains("表1 (body table 1), row \"200 g\"") && $0.description.contains("见注")
            })
    }

    @Test("a document without heading styles: typed numbers make the clauses")
    func typedHeadings() throws {
        let body = [
            DOCX.p("JJG 100—2023 测试仪器"), DOCX.p("1 范围"), DOCX.p("本规程适用于测试仪器。"),
            DOCX.p("7 检定周期"), DOCX.p("7.1 仪器的检定周期一般不超过12个月。"),
        ].joined()
        let draft = try #require(try extract(body, styles: nil).extraction.draft)
        #expect(draft.id == "JJG 100-2023")
        #expect(draft.titles.first?.text == "测试仪器")
        let period = try #require(draft.indicators.first { $0.label == "检定周期" })
        #expect(period.value == "≤ 12月")
        #expect(draft.sections.contains { $0.num == "7.1" && $0.indicators.contains(period) })
    }

    @Test("a cover in text boxes; nominal values across the top of an MPE table without marked headings")
    func textBoxesAndTransposedTable() throws {
        let box =
            #"<w:p><w:r><w:drawing><wp:anchor xmlns:wp="urn:wp"><w:txbxContent>"#
            + DOCX.p("JJG 200—2024") + DOCX.p("测 试 砝 码") + #"</w:txbxContent></wp:anchor></w:drawing></w:r></w:p>"#
        let table =
            "<w:tbl>"
            + DOCX.row([DOCX.cell("准确度等级"), DOCX.cell("1 kg"), DOCX.cell("500 g")])
            + DOCX.row([DOCX.cell("E2"), DOCX.cell("1.6"), DOCX.cell("0.8")])
            + DOCX.row([DOCX.cell("F1"), DOCX.cell("5"), DOCX.cell("2.5")])
            + "</w:tbl>"
        let body = [
            box, DOCX.p("1 范围"), DOCX.p("本规程适用于测试砝码。"), DOCX.p("5.1 最大允许误差"),
            DOCX.p("表2 测试砝码的最大允许误差（mg）"), table,
        ].joined()
        let draft = try #require(try extract(body, styles: nil).extraction.draft)
        #expect(draft.id == "JJG 200-2024")
        #expect(draft.titles.first?.text == "测试砝码")
        let cells = draft.indicators.filter { $0.id?.hasPrefix("表2") ?? false }
        #expect(cells.count == 4)
        let f1 = try #require(
            cells.first {
                $0.qualifiers.contains(Qualifier("class", "F1"))
                    && $0.qualifiers.contains(Qualifier("nominal", "500 g"))
            })
        #expect(f1.value == "±2.5 mg")
        #expect(f1.label == "最大允许误差")
    }

    @Test("clauses numbered by a Word list without heading styles (numbering.xml: decimal, %1.%2)")
    func listNumbering() throws {
        let numbering =
            #"<?xml version="1.0"?><w:numbering xmlns:w="\#(DOCX.w)">"#
            + #"<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>"#
            + #"<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>"#
            + #"<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>"#
            + #"<w:num w:numId="9"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="10"><w:abstractNumId w:val="5"/></w:num>"#
            + "</w:numbering>"
        let body = [
            DOCX.p("JJG 300—2025 测试秤"), DOCX.p("范围", numbering: (0, 9)), DOCX.p("本规程适用于测试秤。"),
            DOCX.p("计量性能要求", numbering: (0, 9)), DOCX.p("重复性", numbering: (1, 9)),
            DOCX.p("秤的重复性应不超过0.1%。"), DOCX.p("磁性", numbering: (0, 10)),
            DOCX.p("检定周期", numbering: (0, 9)), DOCX.p("检定周期一般不超过1年。"),
        ].joined()
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("listed.docx")
        try DOCX.file(body: body, extra: [("word/numbering.xml", Data(numbering.utf8))], to: url)
        let draft = try #require(try extractText(url.path).extraction.draft)
        let repeatability = try #require(draft.sections.first { $0.indicators.contains { $0.label == "重复性" } })
        #expect(repeatability.num == "2.1")
        #expect(repeatability.title == "重复性")
        // A bullet list is not a clause: the period is clause 3, as Word shows it.
        #expect(draft.sections.first { $0.indicators.contains { $0.label == "检定周期" } }?.num == "3")
    }
}
