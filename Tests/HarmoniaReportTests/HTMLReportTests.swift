import Foundation
import HarmoniaAlign
import HarmoniaReport
import HarmoniaXML
import Testing

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
        let rows = descendants(pairTable).filter { $0.localName == "tr" && ($0.attribute("class") ?? "").hasPrefix("v-") }
        #expect(rows.count == (try comparison(pair)).pairs.count)
    }

    @Test("nothing is fetched: no script, no external src or href, no @import or url()")
    func selfContained() throws {
        for language in ReportLanguage.allCases {
            let html = try page(language)
            let document = try parseXML(html, name: "page.html")
            for element in descendants(try #require(document.root)) {
                for name in ["src", "href", "action", "data", "poster", "srcset"] {
                    if let value = element.attribute(name) { #expect(value.hasPrefix("#"), "\(element.localName) \(name)=\(value)") }
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
        for font in ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"] {
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
        #expect(html.contains("得分 = 100 × Σ 得分(要求) / 参考文件的要求数"))
        #expect(html.contains("100 × \(pairComparison.score.credit.description) / \(pairComparison.score.requirements)"))
        #expect(html.contains("章条编号对照一览表"))
        #expect(html.contains("技术性差异及其原因一览表"))
        let english = try page(.en)
        #expect(english.contains("score = 100 × Σ credit(requirement) / requirements of the reference"))
        #expect(english.contains("<html lang=\"en\">"))
    }

    @Test("the verdict filter is pure CSS: one radio per verdict plus all and deviations, a rule per verdict")
    func filter() throws {
        let html = try page()
        let document = try parseXML(html, name: "page.html")
        let radios = descendants(try #require(document.root)).filter { $0.localName == "input" && $0.attribute("type") == "radio" }
        #expect(radios.count == Verdict.allCases.count + 2)
        #expect(radios.filter { $0.attribute("checked") != nil }.map { $0.attribute("id") } == ["show-all"])
        for verdict in Verdict.allCases {
            #expect(html.contains("#show-\(verdict.rawValue):checked~table tbody tr:not(.v-\(verdict.rawValue)){display:none}"))
        }
        #expect(!html.contains("<script"))
    }

    @Test("deviations are shown side by side with their justification or a flag")
    func deviations() throws {
        let result = try comparison(FixturePair(family: "water-meters", domestic: "jjg-162-2019", international: "oiml-r49-1-2013"))
        let html = HTMLWriter(options: goldenOptions).write(result)
        let justified = try #require(result.pairs.first { $0.explanation != nil && $0.isTechnicalDeviation })
        #expect(html.contains(justified.explanation!.text.text))
        #expect(html.contains("<span class=\"flag\">未说明原因</span>"))
    }
}
