import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import Testing

/// What the reports say about a deviation: both values, by how much, the reason.
@Suite("report wording")
struct ReportWordingTests {
    static func pair(_ domestic: String, _ international: String, concept: String = "mpe",
                     justification: String? = nil) throws -> Comparison {
        let reason = justification.map { "<justification lang=\"en\">\($0)</justification>" } ?? ""
        let d = try document("""
        <spec xmlns="urn:harmonia:spec:1" id="JJG 1-2020" role="domestic" lang="zh"><meta><title>t</title></meta>
        <section num="5.1"><indicator id="x" concept="\(concept)"><value>\(domestic)</value>\(reason)</indicator></section></spec>
        """)
        let i = try document("""
        <spec xmlns="urn:harmonia:spec:1" id="OIML R 1:2020" role="international" lang="en"><meta><title>t</title></meta>
        <section num="6.2"><indicator id="x" concept="\(concept)"><value>\(international)</value></indicator></section></spec>
        """)
        return Comparator().compare(d, i)
    }

    static func comment(_ result: Comparison, _ language: ReportLanguage = .en) -> [String] {
        parseCSV(CSVWriter(options: ReportOptions(language: language, memberBody: "CN")).comments(result))[1]
    }

    @Test("a stricter limit: both values and the size of the difference, from the reference's side")
    func stricter() throws {
        let result = try Self.pair("±1.6 mg", "±2 mg", justification: "national practice")
        let row = Self.comment(result)
        #expect(row[2] == "6.2")
        #expect(row[5] == "maximum permissible error: this clause requires ±2 mg; JJG 1-2020 (5.1) requires ±1.6 mg, which is stricter (20 % smaller).")
        #expect(row[6] == "Consider ±1.6 mg, as in JJG 1-2020 (5.1). Reason: national practice")
        let zh = Self.comment(result, .zh)
        #expect(zh[5] == "最大允许误差：本条规定 ±2 mg；JJG 1-2020（5.1）规定 ±1.6 mg，要求更严（数值小 20 %）。")
        #expect(zh[6] == "建议考虑采用 ±1.6 mg（同 JJG 1-2020 5.1）。理由：national practice")
        let differences = parseCSV(CSVWriter(options: ReportOptions(language: .en)).differences(result))[1]
        #expect(differences == ["5.1", "6.2",
                                "maximum permissible error: stricter: JJG 1-2020 ±1.6 mg, OIML R 1:2020 ±2 mg (the domestic value is 20 % smaller)",
                                "national practice", ""])
    }

    @Test("a looser limit with a fractional percentage and no reason is flagged")
    func looser() throws {
        let result = try Self.pair("±0.35 %", "±0.3 %")
        let differences = parseCSV(CSVWriter(options: ReportOptions(language: .en)).differences(result))[1]
        #expect(differences[2].hasSuffix("(the domestic value is 16.7 % larger)"))
        #expect(differences[3].isEmpty)
        #expect(differences[4] == "NO REASON GIVEN")
        #expect(Self.comment(result)[6] == "Consider ±0.35 %, as in JJG 1-2020 (5.1).")
    }

    @Test("no percentage where one number cannot say it: temperatures, intervals, asymmetric limits")
    func noMagnitude() throws {
        for (d, i, concept) in [("20 °C", "23 °C", "reference-temperature"), ("-10 °C .. 40 °C", "-25 °C .. 55 °C", "temperature-range"),
                                ("+2 % / -1 %", "±1.5 %", "mpe")] {
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
