import Foundation
import HarmoniaAlign
import HarmoniaXML
import Testing

@testable import HarmoniaReport

@Suite("HTML report")
struct HTMLReportTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")

    func page(_ language: ReportLanguage = .zh, pair: FixturePair = weights) throws -> String {
        HTMLWriter(options: ReportOptions(language: language, memberBody: "CN")).write(try comparison(pair))
    }

    @Test("every page parses as XML and has every section", arguments: FixturePair.all)
    func structure(_ pair: FixturePair) throws {
        let html = try page(pair: pair)
        let document = try parseXML(html, name: "\(pair).html")
        let root = try #require(document.root)
        #expect(root.localName == "html")
        #expect(root.attribute("lang") == "zh-Hans")
        let elements = descendants(root)
        let sections = Set(elements.filter { $0.localName == "section" }.compactMap { $0.attribute("id") })
        #expect(sections.isSuperset(of: ["verdicts", "score", "heatmap", "deviations", "annex-a", "annex-b", "pairs"]))
        // The MOD section only where it applies: MOD declared or found.
        let result = try comparison(pair)
        #expect(sections.contains("unexplained") == (result.degree.declared == .MOD || result.degree.computed == .MOD))
        // Print: a running header and page numbers.
        #expect(html.contains("@bottom-right{content:counter(page) \" / \" counter(pages)"))
        #expect(elements.contains { $0.localName == "svg" })
        #expect(elements.contains { $0.localName == "table" && ($0.attribute("class") ?? "").contains("heat") })
        // One pair-table row per pair.
        let pairTable = try #require(elements.first { $0.localName == "table" && $0.attribute("class") == "pairs" })
        let rows = descendants(pairTable).filter {
            $0.localName == "tr" && ($0.attribute("class") ?? "").hasPrefix("fr ")
        }
        #expect(rows.count == (try comparison(pair)).pairs.count)
        // Each deviating requirement once in the requirement view, each link to it lands on the page.
        let requirementTable = elements.first { $0.localName == "table" && $0.attribute("class") == "deviations" }
        let requirementRows =
            requirementTable.map { table in
                descendants(table).filter { $0.localName == "tr" && ($0.attribute("id") ?? "").hasPrefix("r-") }
            } ?? []
        #expect(requirementRows.count == ReportModel(result, options: ReportOptions()).groups.count)
        let ids = Set(elements.compactMap { $0.attribute("id") })
        for link in elements.compactMap({ $0.attribute("href") }) {
            #expect(ids.contains(String(link.dropFirst())), "\(pair): a link to \(link) that lands nowhere")
        }
    }

    @Test("nothing is fetched: no script, no external src or href, no @import or url()")
    func selfContained() throws {
        for language in ReportLanguage.allCases {
            let html = try page(language)
            let document = try parseXML(html, name: "page.html")
            for element in descendants(try #require(document.root)) {
                for name in ["src", "href", "action", "data", "poster", "srcset"] {
                    if let value = element.attribute(name) {
                        #expect(value.hasPrefix("#"), "\(element.localName) \(name)=\(value)")
                    }
                }
                #expect(element.localName != "script" && element.localName != "link" && element.localName != "iframe")
            }
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(!html.contains("@import") && !html.contains("url("))
        }
    }

    @Test("the font stack names CJK fonts; print CSS is there")
    func fontsAndPrint() throws {
        let html = try page()
        for font in ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"]
        {
            #expect(html.contains(font), "missing \(font)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("thead{display:table-header-group}"))
        #expect(html.contains("@page{size:A4 landscape"))
    }

    @Test("the header names both documents with score and degree; the formula and its terms are shown")
    func header() throws {
        let pairComparison = try comparison(Self.weights)
        let html = try page()
        #expect(html.contains("JJG 99-2006"))
        #expect(html.contains("OIML R 111-1:2004"))
        #expect(html.contains("<span class=\"big\">\(pairComparison.score.text)</span>"))
        #expect(html.contains("<span class=\"big\">\(pairComparison.degree.computed.rawValue)</span>"))
        #expect(html.contains("得分 = 100 × Σ 得分(要求) / 参照文件的要求数"))
        #expect(
            html.contains("100 × \(pairComparison.score.credit.description) / \(pairComparison.score.requirements)"))
        #expect(html.contains("章条编号对照一览表"))
        #expect(html.contains("技术性差异及其原因一览表"))
        let english = try page(.en)
        #expect(english.contains("score = 100 × Σ credit(requirement) / requirements of the reference"))
        #expect(english.contains("<html lang=\"en\">"))
    }

    @Test("every list has a pure-CSS verdict filter: all, deviations (pairs only) and each verdict present")
    func filter() throws {
        let html = try page()
        let counts = try comparison(Self.weights).counts
        let document = try parseXML(html, name: "page.html")
        let radios = descendants(try #require(document.root)).filter {
            $0.localName == "input" && $0.attribute("type") == "radio"
        }
        let present = Verdict.allCases.filter { counts[$0] > 0 }
        #expect(radios.filter { $0.attribute("name") == "pairs-filter" }.count == present.count + 2)
        #expect(
            radios.filter { $0.attribute("name") == "deviations-filter" }.count == present.filter { !$0.isAgreement }
                .count + 1)
        #expect(
            radios.filter { $0.attribute("checked") != nil }.map { $0.attribute("id") } == [
                "unexplained-all", "deviations-all", "annexb-all", "pairs-all",
            ])
        // Annex B's buttons count its rows: "all" is every row, each verdict the rows that hold it.
        let model = ReportModel(try comparison(Self.weights), options: ReportOptions(language: .zh))
        let annexRows = AnnexTables.differences(model)
        let annexAll = try #require(radios.first { $0.attribute("id") == "annexb-all" })
        #expect(annexRows.count > 0)
        #expect(html.contains("<label for=\"annexb-all\">全部 \(annexRows.count)</label>"))
        #expect(annexAll.attribute("checked") == "checked")
        #expect(Set(radios.compactMap { $0.attribute("id") }).count == radios.count, "radio ids are unique on the page")
        for verdict in Verdict.allCases {
            #expect(
                html.contains(".f-\(verdict.rawValue):checked~* .fr:not(.v-\(verdict.rawValue)){display:none}")
            )
        }
        // Every deviating requirement's row carries the verdicts it holds, so the filter can hide the others;
        // a requirement of several entries holds them in a row each, folded when there are many.
        let root = try #require(document.root)
        let deviationTable = try #require(descendants(root).first { $0.attribute("class") == "deviations" })
        let rows = descendants(deviationTable).filter {
            $0.localName == "tr" && ($0.attribute("class") ?? "").hasPrefix("fr ")
        }
        let requirements = rows.filter { ($0.attribute("id") ?? "").hasPrefix("r-") }
        let entries = rows.filter { ($0.attribute("id") ?? "").hasPrefix("p-") }
        #expect(requirements.count == model.groups.count)
        #expect(
            entries.count + model.groups.filter { $0.pairIndices.count == 1 }.count == counts.deviations,
            "every technical deviation is stated once, as a requirement's row or an entry of one")
        #expect(requirements.allSatisfy { ($0.attribute("class") ?? "").contains(" v-") })
        #expect(!html.contains("<script"))
    }

    @Test("internal ids are tooltips, never text under a value; the place is the clause and the printed table number")
    func idsAreTooltips() throws {
        let html = try page()
        #expect(html.contains("title=\"density[20 mg][E1]\""))
        #expect(!html.contains(">density[20 mg][E1]<") && !html.contains("· density[20 mg][E1]"))
        #expect(!html.contains("· mpe["), "a cell id printed beside its clause")
        // R 111 prints its MPE table as Table 1: the place under an MPE value names it.
        #expect(html.contains("<span class=\"where\">5.1 · 表 1</span>"))
    }

    @Test("the verdict chart is one stacked bar keyed by the verdict table, not a second chart of the same counts")
    func chartDoesNotRepeat() throws {
        let html = try page()
        let document = try parseXML(html, name: "page.html")
        let root = try #require(document.root)
        let svg = try #require(descendants(root).first { $0.localName == "svg" })
        let counts = try comparison(Self.weights).counts
        let bars = descendants(svg).filter { $0.localName == "rect" }
        #expect(bars.count == Verdict.allCases.filter { counts[$0] > 0 }.count)
        #expect(bars.allSatisfy { $0.attribute("y") == "0" })
    }

    @Test("a comparison the documents do not declare says so at the top, in the report's language")
    func declarationWarning() throws {
        let fixtures = repositoryRoot.appendingPathComponent("fixtures")
        let undeclared = Comparator().compare(
            try load(fixtures.appendingPathComponent("weights/jjg-99-2022.xml").path),
            try load(fixtures.appendingPathComponent("water-meters/oiml-r49-1-2006.xml").path))
        #expect(undeclared.declarationWarning != nil)
        for (language, label) in [(ReportLanguage.zh, "请核对参照文件："), (.en, "Check the reference:")] {
            let html = HTMLWriter(options: ReportOptions(language: language)).write(undeclared)
            let warning = try #require(
                html.range(of: "<p class=\"declaration-warning\" role=\"alert\"><strong>\(label)</strong>"))
            let masthead = try #require(html.range(of: "<header class=\"masthead\">"))
            #expect(warning.lowerBound < masthead.lowerBound)
            #expect(html.contains("OIML R 111-1:2004"), "names the reference the domestic document declares")
            let markdown = MarkdownWriter(options: ReportOptions(language: language)).write(undeclared)
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[2].hasPrefix("> **\(label)** "), "second paragraph of the Markdown, under the heading")
        }
        let chinese = HTMLWriter(options: ReportOptions(language: .zh)).write(undeclared)
        #expect(chinese.contains("JJG 99-2022 声明对应的是 OIML R 111-1:2004，而不是 OIML R 49-1:2006"))
        let declared = try page()
        #expect(!declared.contains("declaration-warning\""))
        #expect(!MarkdownWriter(options: goldenOptions).write(try comparison(Self.weights)).contains("请核对参照文件"))
    }

    @Test("deviations are shown side by side with their justification or a flag")
    func deviations() throws {
        let result = try comparison(
            FixturePair(family: "water-meters", domestic: "jjg-162-2019", international: "oiml-r49-1-2013"))
        let html = HTMLWriter(options: goldenOptions).write(result)
        let justified = try #require(result.pairs.first { $0.explanation != nil && $0.isTechnicalDeviation })
        #expect(html.contains(justified.explanation!.text.text))
        // JJG 162-2019 declares NEQ: no reason is owed, no row is flagged, and the page says why, once.
        #expect(!html.contains("<span class=\"flag\">未说明原因</span>"))
        #expect(html.components(separatedBy: "不要求逐项说明原因").count == 2)
        // JJG 99-2006 declares MOD: its unexplained rows are flagged.
        let weights = HTMLWriter(options: goldenOptions).write(try comparison(Self.weights))
        #expect(weights.contains("<span class=\"flag\">未说明原因</span>"))
        #expect(!weights.contains("不要求逐项说明原因"))
    }
}
