import Foundation
import HarmoniaAlign
import Testing

@testable import HarmoniaReport

/// What a committee secretary found in the packs (issue 18): rows that print equal limits as a
/// difference, a requirement on another basis split in two, a comment sheet between regional documents,
/// our assessment in the Project header, untranslated justifications, annex placeholders, page numbers.
@Suite("a pack a committee secretary can send")
struct SecretaryPackTests {
    static let elec = FixturePair(
        family: "electricity-meters", domestic: "jjg-596-2012", international: "oiml-r46-1-2012")
    static let regional = FixturePair(family: "regional", domestic: "jjg-hei-005-2017", international: "jjg-hu-56-2016")
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")
    static let english = ReportOptions(language: .en, memberBody: "CN")

    @Test("no row prints a value 'instead of' the same value; equal limits are counted")
    func equalLimits() throws {
        let result = try comparison(Self.elec)
        let sheet = parseCSV(CSVWriter(options: Self.english).comments(result)).dropFirst()
        let annex = parseCSV(CSVWriter(options: Self.english).differences(result)).dropFirst()
        let sameInstead = try Regex(#"(±[0-9.]+ %) instead of \1(;|\.|$)"#)
        #expect(sheet.allSatisfy { $0[5].firstMatch(of: sameInstead) == nil })
        let sameBeside = try Regex(#": (±[0-9.]+ %) \(OIML R 46-1:2012: \1\)"#)
        #expect(annex.allSatisfy { $0[2].firstMatch(of: sameBeside) == nil })
        let mixed = try #require(
            sheet.first { $0[5].contains("the limits are equal where the conditions correspond (6 entries)") })
        #expect(mixed[5].contains("±2.0 % instead of ±2.5 %"))
        let equal = try #require(sheet.first { $0[5].hasPrefix("Maximum permissible error (power factor 1)") })
        #expect(equal[5].contains("states the same values in all 12 entries, under other conditions"))
    }

    @Test("starting current on another basis is one observation, typed te, with no proposal")
    func startingCurrent() throws {
        let result = try comparison(Self.elec)
        let sheet = parseCSV(CSVWriter(options: Self.english).comments(result)).dropFirst()
        let rows = sheet.filter { $0[5].hasPrefix("Starting current") }
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row[4] == "te")
        #expect(row[6].isEmpty)
        #expect(row[5].contains("states this requirement on another basis"))
        #expect(
            row[5].contains("This clause (relative to Itr)") && row[5].contains("JJG 596-2012 (relative to Ib and In)"))
        // Pairing and verdicts are untouched: the pairs are still missing and added.
        #expect(result.pairs.contains { $0.concept == "starting-current" && $0.verdict == .missing })
        #expect(result.pairs.contains { $0.concept == "starting-current" && $0.verdict == .added })
    }

    @Test("between two regional documents the pack has no comment sheet; the sampling plan is one row")
    func regional() throws {
        let result = try comparison(Self.regional)
        #expect(!ReportPack.hasCommentSheet(result))
        let names = try ReportPack(options: Self.english).files(result).map(\.name)
        #expect(!names.contains("comments.csv") && !names.contains("comments.docx"))
        #expect(names.contains("annexes.docx"))
        let annex = parseCSV(CSVWriter(options: ReportOptions(language: .zh)).differences(result)).dropFirst()
        let sampling = annex.filter { $0[0] == "=\"6.2\"" }
        #expect(sampling.count == 1)
        #expect(sampling.first?[2].hasPrefix("抽样方案（批量 3201～10") == true)
        #expect(
            sampling.first?[2].contains("：JJG(黑) 005-2017 为 n = 200、Ac = 5，JJG(沪) 56-2016 为 n = 125、Ac = 3") == true)
        #expect(sampling.first?[3].hasPrefix("抽样结果用于决定") == true)
        #expect(CommentRules.shipped.nationalConcepts.contains("verification-interval-extension"))
    }

    @Test("the Project header is --project, blank by default; the legend is the template's own")
    func header() throws {
        let result = try comparison(Self.weights)
        let blank = CommentSheet(result, options: Self.english)
        #expect(blank.header.first { $0.0 == "Project" }?.1 == "")
        var options = Self.english
        options.project = "TC 9/SC 3, revision of R 111-1"
        #expect(CommentSheet(result, options: options).header.first { $0.0 == "Project" }?.1 == options.project)
        #expect(blank.rules.fill("legend") == "Type of comment: ge = general, te = technical, ed = editorial")
    }

    @Test("a Chinese justification is marked for translation, never 'see the last column'")
    func translation() throws {
        let sheet = parseCSV(CSVWriter(options: Self.english).comments(try comparison(Self.elec))).dropFirst()
        #expect(!sheet.contains { $0[5].contains("see the last column") })
        let marked = sheet.filter { $0[5].contains("[Justification in Chinese; translation to be supplied]") }
        #expect(!marked.isEmpty)
        #expect(marked.allSatisfy { !($0.last ?? "").isEmpty })
    }

    @Test("annex B: placeholder, yes/no column, headings, no tool paragraph; a table left out whole is one row")
    func annex() throws {
        let result = try comparison(Self.weights)
        let zh = ReportOptions(language: .zh)
        let csv = parseCSV(CSVWriter(options: zh).differences(result))
        #expect(csv[0][0] == "本规程章条编号" && csv[0][1] == "对应的 OIML R 111-1:2004 章条编号")
        #expect(csv.dropFirst().allSatisfy { $0[4] == "是" || $0[4] == "否" })
        let density = csv.dropFirst().filter { $0[2].contains("密度") }
        #expect(density.count == 1)
        #expect(density.first?[2] == "未采用 OIML R 111-1:2004 10.1 的密度范围表（42 个值）")
        let document = String(
            decoding: try #require(try unzip(DOCXWriter(options: zh).annexes(result))["word/document.xml"]),
            as: UTF8.self)
        #expect(document.contains("【待补充】"))
        #expect(!document.contains("未说明原因"))
        #expect(!document.contains("“—”表示无对应章条"))
    }

    @Test("both DOCX files number their pages with PAGE and NUMPAGES fields")
    func footer() throws {
        let result = try comparison(Self.weights)
        for (bytes, words) in [
            (try DOCXWriter(options: Self.english).write(result), "Page "),
            (try DOCXWriter(options: ReportOptions(language: .zh)).annexes(result), "第 "),
        ] {
            let parts = try unzip(bytes)
            let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
            #expect(footer.contains(" PAGE ") && footer.contains(" NUMPAGES ") && footer.contains(words))
            let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
            #expect(document.contains("<w:footerReference w:type=\"default\" r:id=\"rId2\"/>"))
        }
    }

    @Test("numbers stay with their units, signs and digit groups; other spaces are left alone")
    func noBreakSpaces() {
        #expect(NoBreakSpaces.apply("±1.0 %") == "±1.0\u{00A0}%")
        #expect(NoBreakSpaces.apply("≥ 24 h") == "≥\u{00A0}24\u{00A0}h")
        #expect(NoBreakSpaces.apply("20 °C to 10 000 kg") == "20\u{00A0}°C to 10\u{00A0}000\u{00A0}kg")
        #expect(NoBreakSpaces.apply("class A: ≤ 0.5; direct") == "class A: ≤\u{00A0}0.5; direct")
        #expect(NoBreakSpaces.apply("JJG 596-2012 requires") == "JJG 596-2012 requires")
    }

    @Test("unexplained deviations are counted by requirement and by value")
    func counts() throws {
        let result = try comparison(Self.weights)
        let model = ReportModel(result, options: ReportOptions(language: .zh))
        let count = try #require(model.unexplainedCount["count"])
        #expect(count.hasSuffix("个值）") && count.contains(" 项要求（"))
        let english = ReportModel(result, options: Self.english)
        let note = try #require(english.declarationNote)
        #expect(note.contains("have neither a justification nor a declared omission"))
        #expect(note.contains(" requirements ("))
    }
}
