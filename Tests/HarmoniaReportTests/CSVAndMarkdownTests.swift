import Foundation
import HarmoniaAlign
import HarmoniaReport
import Testing

@Suite("CSV and Markdown")
struct CSVAndMarkdownTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")
    /// The 2022 edition keeps justified deviations; the 2006 edition's class spellings now pair as editorial.
    static let weights2022 = FixturePair(family: "weights", domestic: "jjg-99-2022", international: "oiml-r111-1-2004")

    @Test("CSV is UTF-8 with a BOM, CRLF line ends, and every record as wide as its header", arguments: FixturePair.all)
    func csvShape(_ pair: FixturePair) throws {
        let result = try comparison(pair)
        let writer = CSVWriter(options: goldenOptions)
        let tables = [
            writer.pairs(result), writer.correspondence(result), writer.differences(result), writer.comments(result),
        ]
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
        // One row per deviating requirement, in both tables: never more rows than deviations, and some
        // row whenever there is a deviation.
        let requirements = parseCSV(writer.differences(result)).count - 1
        #expect(requirements <= result.counts.deviations)
        #expect((requirements == 0) == (result.counts.deviations == 0))
        // The comment sheet adds a row (typed ed) for each requirement whose only differences are editorial.
        let comments = parseCSV(writer.comments(result)).dropFirst()
        #expect(comments.filter { $0[4] != "ed" }.count <= requirements)
        // …and may join two rows into one (a requirement on another basis, a sampling plan): never none.
        #expect(comments.isEmpty == (requirements == 0))
    }

    @Test("differences.csv flags exactly the unexplained requirements")
    func differencesFlag() throws {
        let result = try comparison(Self.weights)
        let records = parseCSV(CSVWriter(options: goldenOptions).differences(result)).dropFirst()
        let flagged = records.filter { $0[4] == "是" }
        #expect(!flagged.isEmpty && flagged.count <= result.degree.unexplained.count)
        #expect(flagged.allSatisfy { $0[3].isEmpty })
        #expect(records.filter { $0[4] == "否" }.allSatisfy { !$0[3].isEmpty })
        #expect(records.allSatisfy { $0[4] == "是" || $0[4] == "否" })
    }

    @Test(
        "the comment sheet: English headings, one typed row per deviating requirement, proposals only where justified")
    func commentSheet() throws {
        let result = try comparison(Self.weights2022)
        var sheets: [[[String]]] = []
        for language in ReportLanguage.allCases {
            let records = parseCSV(
                CSVWriter(options: ReportOptions(language: language, memberBody: "CN")).comments(result))
            #expect(
                Array(records[0].prefix(8)) == [
                    "MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note",
                    "Type of comment", "Comments", "Proposed change", "Observations of the secretariat",
                ])
            #expect(records.dropFirst().allSatisfy { $0[0] == "CN" && ["ge", "te", "ed"].contains($0[4]) })
            sheets.append(records)
        }
        #expect(sheets[0] == sheets[1], "the sheet is English whatever --lang says")
        let english = sheets[0]
        // Class spellings (M12 for M1-2) now pair as equivalent, an editorial difference: no comment row.
        #expect(!english.contains { $0[5].hasPrefix("Accuracy class") && $0[4] == "te" })
        // Tables are named by their printed number, never by the table's id.
        #expect(!english.contains { $0[3].contains("mpe") })
        // Comments are English: no Chinese outside the justification column.
        #expect(
            english.dropFirst().allSatisfy { !$0[5].unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        #expect(english[0].last == "Justification in JJG 99-2022 (original language)")
        // An observation never sits in "Proposed change".
        #expect(
            english.dropFirst().allSatisfy {
                $0[6].isEmpty || $0[6].hasPrefix("Replace") || $0[6].hasPrefix("Add") || $0[6].hasPrefix("Adopt")
            })
    }

    @Test("correspondence.csv lists every clause of both documents, those without indicators too")
    func correspondence() throws {
        let result = try comparison(Self.weights)
        let records = parseCSV(CSVWriter(options: goldenOptions).correspondence(result)).dropFirst()
        func clauses(_ field: String) -> [String] {
            // Clause lists are separated as the language separates a list (`、` in Chinese).
            field.split(whereSeparator: { $0 == "," || $0 == "、" }).map {
                let clause = $0.trimmingCharacters(in: .whitespaces)
                // `="5.10"`: a clause number kept as text for spreadsheets.
                return clause.hasPrefix("=\"") ? String(clause.dropFirst(2).dropLast()) : clause
            }
        }
        let domestic = Set(records.flatMap { clauses($0[0]) })
        let international = Set(records.flatMap { clauses($0[1]) })
        #expect(domestic.isSuperset(of: result.domestic.clauses.map(\.num)))
        #expect(international.isSuperset(of: result.international.clauses.map(\.num)))
        #expect(result.domestic.clauses.contains { $0.num == "1.2" }, "a clause without indicators in the fixture")
        #expect(records.first?[0] == "=\"1\"")
    }

    @Test("Markdown has the sections, the formula and its terms, and the annex tables")
    func markdown() throws {
        let result = try comparison(Self.weights)
        let text = MarkdownWriter(options: goldenOptions).write(result)
        for heading in [
            "## 比对结论分布", "## 得分计算方法", "## 按章条的比对结论", "## 按要求列出的技术性差异",
            "## 章条编号对照一览表", "## 技术性差异及其原因一览表", "## 全部比对项",
        ] {
            #expect(text.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(text.contains("得分 = 100 × Σ 得分(要求) / 参照文件的要求数"))
        #expect(text.contains("100 × \(result.score.credit.description) / \(result.score.requirements)"))
        // Every table row has as many cells as its header.
        var expected: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let cells = cellCount(String(line))
            if let expected { #expect(cells == expected, "\(line)") } else { expected = cells }
        }
    }

    /// Cells of a pipe-table row, not counting escaped pipes.
    private func cellCount(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
                continue
            }
            if character == "\\" {
                escaped = true
                continue
            }
            if character == "|" { count += 1 }
        }
        return count - 1
    }
}
