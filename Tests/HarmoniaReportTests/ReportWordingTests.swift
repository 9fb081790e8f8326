import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import Testing

/// What the reports say about a deviation: both values, by how much, the reason.
@Suite("report wording")
struct ReportWordingTests {
    static func pair(
        _ domestic: String, _ international: String, concept: String = "mpe",
        justification: String? = nil
    ) throws -> Comparison {
        let reason = justification.map { "<justification lang=\"en\">\($0)</justification>" } ?? ""
        let d = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="JJG 1-2020" role="domestic" lang="zh"><meta><title>t</title></meta>
            <section num="5.1"><indicator id="x" concept="\(concept)"><value>\(domestic)</value>\(reason)</indicator></section></spec>
            """)
        let i = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="OIML R 1:2020" role="international" lang="en"><meta><title>t</title></meta>
            <section num="6.2"><indicator id="x" concept="\(concept)"><value>\(international)</value></indicator></section></spec>
            """)
        return Comparator().compare(d, i)
    }

    static func comment(_ result: Comparison, _ language: ReportLanguage = .en) -> [String] {
        parseCSV(CSVWriter(options: ReportOptions(language: language, memberBody: "CN")).comments(result))[1]
    }

    @Test("a justified stricter limit: an English comment with both values and the size, and a proposal")
    func stricter() throws {
        let result = try Self.pair("±1.6 mg", "±2 mg", justification: "national practice")
        let row = Self.comment(result)
        // The clause number is kept as text for spreadsheets: the text formula `="6.2"`, nothing invisible.
        #expect(row[2] == "=\"6.2\"")
        // The template's MB/NC and, as the CSV has no header block, the date on every row.
        #expect(row[0] == "CN")
        #expect(row[4] == "te")
        #expect(
            row[5]
                == "Maximum permissible error: this clause requires ±2 mg; JJG 1-2020 (5.1) requires ±1.6 mg, which is stricter (the national value is 20 % smaller). Justification given in JJG 1-2020: national practice"
        )
        #expect(row[6] == "Replace ±2 mg with ±1.6 mg for maximum permissible error.")
        // The sheet is English whatever the report's language.
        #expect(Self.comment(result, .zh) == row)
        let differences = parseCSV(CSVWriter(options: ReportOptions(language: .en)).differences(result))[1]
        #expect(
            differences == [
                "=\"5.1\"", "=\"6.2\"",
                "Maximum permissible error — stricter: JJG 1-2020 ±1.6 mg, OIML R 1:2020 ±2 mg (the domestic value is 20 % smaller)",
                "national practice", "no",
            ])
        let zh = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result))[1]
        #expect(zh[2] == "最大允许误差：JJG 1-2020 为 ±1.6 mg，OIML R 1:2020 为 ±2 mg（更严），本文件数值小 20 %")
    }

    @Test("a looser limit with a fractional percentage and no reason is flagged, and is an observation, not a proposal")
    func looser() throws {
        let result = try Self.pair("±0.35 %", "±0.3 %")
        let differences = parseCSV(CSVWriter(options: ReportOptions(language: .en)).differences(result))[1]
        #expect(differences[2].hasSuffix("(the domestic value is 16.7 % larger)"))
        #expect(differences[3].isEmpty)
        #expect(differences[4] == "yes")
        let row = Self.comment(result)
        #expect(row[5].contains("which is less strict"))
        #expect(row[6] == "")
        let proposals = parseCSV(CSVWriter(options: ReportOptions(comments: .proposals)).comments(result))
        #expect(proposals.count == 1, "only the heading: an unjustified looser limit proposes nothing")
    }

    @Test(
        "a justification a document calls editorial makes an ed row without a proposal; a Chinese one goes in its own column"
    )
    func editorial() throws {
        let d = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="JJG 1-2020" role="domestic" lang="zh"><meta><title>t</title></meta>
            <section num="5.1"><indicator id="x" concept="accuracy-class"><value>M12</value>
            <justification lang="zh">等级符号写作 M12，属编辑性修改。</justification></indicator></section></spec>
            """)
        let i = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="OIML R 1:2020" role="international" lang="en"><meta><title>t</title></meta>
            <section num="6.2"><indicator id="x" concept="accuracy-class"><value>M1-2</value></indicator></section></spec>
            """)
        let records = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).comments(Comparator().compare(d, i)))
        #expect(records[0].last == "Justification in JJG 1-2020 (original language)")
        #expect(records[1][4] == "ed")
        #expect(records[1][6] == "")
        #expect(records[0][8] == "Date")
        #expect(records[1][9] == "等级符号写作 M12，属编辑性修改。")
    }

    @Test("no percentage where one number cannot say it: temperatures, intervals, asymmetric limits")
    func noMagnitude() throws {
        for (d, i, concept) in [
            ("20 °C", "23 °C", "reference-temperature"), ("-10 °C .. 40 °C", "-25 °C .. 55 °C", "temperature-range"),
            ("+2 % / -1 %", "±1.5 %", "mpe"),
        ] {
            let result = try Self.pair(d, i, concept: concept)
            let row = Self.comment(result)
            #expect(!row[5].contains("%)") || d.contains("%"), "\(row[5])")
            #expect(!row[5].contains("smaller") && !row[5].contains("larger"), "\(row[5])")
        }
    }

    @Test("the score's terms show the exact quotient and the cap")
    func scoreTerms() throws {
        let result = try Self.pair("±1.6 mg", "±2 mg")
        let text = MarkdownWriter(options: ReportOptions(language: .en)).write(result)
        #expect(text.contains("requirements of the reference: 1, Σ credit = 0.5; 100 × 0.5 / 1 = 50 → 50.0"))
    }
}
