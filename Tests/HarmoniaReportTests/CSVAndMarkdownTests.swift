import Foundation
import HarmoniaAlign
import HarmoniaReport
import Testing

@Suite("CSV and Markdown")
struct CSVAndMarkdownTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")

    @Test("CSV is UTF-8 with a BOM, CRLF line ends, and every record as wide as its header", arguments: FixturePair.all)
    func csvShape(_ pair: FixturePair) throws {
        let result = try comparison(pair)
        let writer = CSVWriter(options: goldenOptions)
        let tables = [writer.pairs(result), writer.correspondence(result), writer.differences(result), writer.comments(result)]
        for text in tables {
            let bytes = Array(text.utf8)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(text.hasSuffix("\r\n"))
            // Every LF is part of a CRLF unless it sits inside a quoted field.
            let records = parseCSV(text)
            let width = records.first?.count ?? 0
            #expect(width > 0)
            #expect(records.allSatisfy { $0.count == width })
        }
        #expect(parseCSV(writer.pairs(result)).count == result.pairs.count + 1)
        #expect(parseCSV(writer.differences(result)).count == result.counts.deviations + 1)
        #expect(parseCSV(writer.comments(result)).count == result.counts.deviations + 1)
    }

    @Test("differences.csv flags exactly the unexplained deviations")
    func differencesFlag() throws {
        let result = try comparison(Self.weights)
        let records = parseCSV(CSVWriter(options: goldenOptions).differences(result)).dropFirst()
        let flagged = records.filter { $0[4] == "未说明原因" }
        #expect(flagged.count == result.degree.unexplained.count)
        #expect(records.filter { !$0[3].isEmpty }.count == result.counts.deviations - result.degree.unexplained.count)
        #expect(flagged.allSatisfy { $0[3].isEmpty })
    }

    @Test("the comment sheet keeps the template's English headings and writes one te row per deviation")
    func commentSheet() throws {
        let result = try comparison(Self.weights)
        for language in ReportLanguage.allCases {
            let records = parseCSV(CSVWriter(options: ReportOptions(language: language, memberBody: "CN")).comments(result))
            #expect(records[0] == ["MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note", "Type of comment",
                                   "Comments", "Proposed change", "Observations of the secretariat"])
            #expect(records.dropFirst().allSatisfy { $0[0] == "CN" && $0[4] == "te" })
        }
        let english = parseCSV(CSVWriter(options: ReportOptions(language: .en)).comments(result))
        #expect(english.dropFirst().allSatisfy { $0[0].isEmpty })
        #expect(english.contains { $0[5].contains("this clause requires") })
        // A justified deviation carries its justification in the proposed change.
        let justified = try #require(result.pairs.first { $0.verdict.isDeviation && $0.explanation != nil })
        #expect(english.contains { $0[6].contains(justified.explanation!.text.text) })
    }

    @Test("correspondence.csv lists every domestic clause that states an indicator")
    func correspondence() throws {
        let result = try comparison(Self.weights)
        let records = parseCSV(CSVWriter(options: goldenOptions).correspondence(result)).dropFirst()
        let domesticClauses = Set(result.pairs.compactMap { $0.domestic?.clause })
        #expect(Set(records.map { $0[0] }).isSuperset(of: domesticClauses))
        #expect(records.first?[0] == "1.1")
    }

    @Test("Markdown has the sections, the formula and its terms, and the annex tables")
    func markdown() throws {
        let result = try comparison(Self.weights)
        let text = MarkdownWriter(options: goldenOptions).write(result)
        for heading in ["## 比对结论分布", "## 得分计算方法", "## 按章条的比对结论", "## 技术性差异对照",
                        "## 章条编号对照一览表", "## 技术性差异及其原因一览表", "## 全部指标对"] {
            #expect(text.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(text.contains("得分 = 100 × Σ 得分(要求) / 参考文件的要求数"))
        #expect(text.contains("100 × \(result.score.credit.description) / \(result.score.requirements)"))
        // Every table row has as many cells as its header.
        var expected: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let cells = cellCount(String(line))
            if let expected { #expect(cells == expected, "\(line)") } else { expected = cells }
        }
    }

    /// Cells of a pipe-table row, not counting escaped pipes.
    private func cellCount(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" { count += 1 }
        }
        return count - 1
    }
}
