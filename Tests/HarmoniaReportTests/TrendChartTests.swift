import Foundation
import HarmoniaModel
import Testing

@testable import HarmoniaReport

/// A recorded comparison made up for the test, in the family `family`.
func trendRecord(
    _ recordID: Int64, _ domestic: String, _ date: String?, _ reference: String, _ referenceDate: String?,
    score: Int, change: Int? = nil, family: String
) -> TrendRecord {
    TrendRecord(
        recordID: recordID, domestic: domestic, reference: reference, date: date, referenceDate: referenceDate,
        recordedAt: "2024-01-01T00:00:00Z", scoreTenths: score, changeTenths: change, degree: .NEQ,
        familyKey: family, familyLabel: family)
}

@Suite("The trend chart")
struct TrendChartTests {
    let entries = [
        trendRecord(
            1, "JJG 99-2006", "2006-09-06", "OIML R 111-1:2004", "2004", score: 743, family: "JJG 99 ↔ OIML R 111-1"),
        trendRecord(
            2, "JJG 99-2022", "2022-12-07", "OIML R 111-1:2004", "2004", score: 742, change: -1,
            family: "JJG 99 ↔ OIML R 111-1"),
        trendRecord(
            3, "JJG 162-2009", "2009-04-08", "OIML R 49-1:2006", "2006", score: 520, family: "JJG 162 ↔ OIML R 49-1"),
        trendRecord(
            4, "JJG 162-2019", "2019-12-31", "OIML R 49-1:2013", "2013", score: 486, change: -34,
            family: "JJG 162 ↔ OIML R 49-1"),
        trendRecord(
            5, "JJG 443-2006", "2006", "OIML R 117-1:2007", "2007", score: 44, family: "JJG 443 ↔ OIML R 117-1"),
        trendRecord(
            6, "JJG 443-2015", "2015", "OIML R 117-1:2007", "2007", score: 19, change: -25,
            family: "JJG 443 ↔ OIML R 117-1"),
        trendRecord(
            7, "JJG(黑) 005-2017", "2017", "JJG(沪) 56-2016 <&>", "2016-11-22", score: 655,
            family: "JJG(黑) 005 ↔ JJG(沪) 56"),
        trendRecord(8, "NO DATE", nil, "REF", nil, score: 100, family: "NO DATE ↔ REF"),
    ]

    @Test("valid SVG: one line per family, every edition marked and labelled")
    func structure() throws {
        let svg = TrendChart(records: entries).svg()
        let inspection = SVGInspection(svg)
        #expect(inspection.error == nil, "\(inspection.error ?? "")")
        #expect(inspection.elements.first?.name == "svg")
        let families = inspection.withClass("family")
        #expect(families.count == 4)
        let lines = inspection.elements.filter { $0.name == "polyline" && $0.attributes["class"] == "trend" }
        // JJG 162 changes reference edition (R 49-1:2006, then :2013): its line is two segments.
        #expect(lines.count == 5)
        let pointCounts = lines.map { $0.attributes["points"]!.split(separator: " ").count }.sorted()
        #expect(pointCounts == [1, 1, 1, 2, 2])
        #expect(inspection.withClass("edition").count == 7)
        #expect(inspection.withClass("edition-mark").count == 7)
        let labels = inspection.withClass("edition-label").map(\.text)
        for edition in [
            "JJG 99-2006", "JJG 99-2022", "JJG 162-2009", "JJG 162-2019", "JJG 443-2006", "JJG 443-2015",
            "JJG(黑) 005-2017",
        ] {
            #expect(labels.contains { $0.contains(edition) }, "no label for \(edition)")
        }
        #expect(labels.contains { $0.contains("JJG 99-2022 · 74.2 (-0.1)") })
        #expect(labels.contains { $0.contains("vs OIML R 49-1:2013") })
        #expect(labels.contains { $0.contains("vs JJG(沪) 56-2016 <&>") })
        let legend = inspection.withClass("legend-label").map(\.text)
        #expect(legend.count == 4)
        #expect(
            legend.contains {
                $0.hasPrefix("JJG 99 ↔ OIML R 111-1 — 2 records; latest 74.2 NEQ (-0.1 since JJG 99-2006)")
            })
        #expect(svg.contains("1 record without a date not shown"))
    }

    @Test("points run left to right in time and higher scores sit higher")
    func geometry() throws {
        let inspection = SVGInspection(TrendChart(records: entries).svg())
        for line in inspection.elements where line.name == "polyline" {
            let points = line.attributes["points"]!.split(separator: " ").map {
                $0.split(separator: ",").map { Double($0)! }
            }
            for (left, right) in zip(points, points.dropFirst()) { #expect(left[0] < right[0]) }
        }
        let family = inspection.withClass("family").first { $0.attributes["data-family"] == "JJG 162 ↔ OIML R 49-1" }
        #expect(family != nil)
    }

    @Test("the same history gives the same bytes, in SVG and in HTML")
    func deterministic() {
        #expect(TrendChart(records: entries).svg() == TrendChart(records: entries.reversed()).svg())
        #expect(TrendChart(records: entries).html() == TrendChart(records: entries).html())
    }

    @Test("HTML embeds the chart and its data")
    func html() {
        let html = TrendChart(records: entries).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg "))
        #expect(!html.contains("<?xml"))
        #expect(html.contains("<td>JJG 162-2019</td>"))
        #expect(html.contains("JJG(沪) 56-2016 &lt;&amp;&gt;"))
    }

    @Test("an empty history still draws a valid chart that says so")
    func empty() {
        let svg = TrendChart(records: []).svg()
        #expect(SVGInspection(svg).error == nil)
        #expect(svg.contains("No comparisons recorded yet."))
    }
}

@Suite("trend chart: languages and reference editions")
struct TrendChartLanguageTests {
    @Test("a new edition of the reference starts a new segment, marked; Chinese words come from the data file")
    func segmentsAndChinese() {
        let entries = [
            trendRecord(1, "JJG 162-2009", "2009-06-01", "OIML R 49-1:2006", "2006", score: 444, family: "JJG 162"),
            trendRecord(2, "JJG 162-2019", "2019-06-01", "OIML R 49-1:2013", "2013", score: 370, family: "JJG 162"),
        ]
        let english = TrendChart(records: entries)
        #expect(TrendChart.segments(english.series[0].points) == [0..<1, 1..<2])
        let svg = english.svg()
        #expect(svg.components(separatedBy: "class=\"trend\"").count - 1 == 2)
        #expect(svg.contains("class=\"reference-change\"") && svg.contains("new reference: OIML R 49-1:2013"))
        let chinese = TrendChart(records: entries, language: .zh).svg()
        #expect(
            chinese.contains("与国际参照文件的一致性") && chinese.contains("国内版本日期") && chinese.contains("参照 OIML R 49-1:2013"))
        #expect(!chinese.contains("date of the domestic edition"))
        // The degree by its standard Chinese term, as the reports write it.
        #expect(chinese.contains("非等效采用（NEQ）") && !english.svg().contains("非等效"))
        #expect(ChartStrings.keys(.zh) == ChartStrings.keys(.en))
        let same = [
            trendRecord(1, "JJG 99-2006", "2006-01-01", "OIML R 111-1:2004", "2004", score: 700, family: "JJG 99"),
            trendRecord(2, "JJG 99-2022", "2022-01-01", "OIML R 111-1:2004", "2004", score: 800, family: "JJG 99"),
        ]
        #expect(TrendChart.segments(TrendChart(records: same).series[0].points) == [0..<2])
    }

    @Test("the chart's number formatting never traps on a non-finite or huge coordinate")
    func chartNumbers() {
        #expect(ChartMath.number(.nan) == "0")
        #expect(ChartMath.number(.infinity) == "100000000")
        #expect(ChartMath.number(-1e300) == "-100000000")
        #expect(ChartMath.number(12.34) == "12.3")
    }

    @Test("SVG text loses control characters")
    func svgText() {
        #expect(ChartMath.escaped("a\u{1}b\u{9B}<c>\u{202E}") == "ab&lt;c&gt;")
    }
    @Test("the labels of a crowded chart do not overlap one another, in English and in Chinese")
    func crowdedLabels() throws {
        var records: [TrendRecord] = []
        for family in 0..<12 {
            for (edition, year) in [2010, 2014, 2019].enumerated() {
                let published = year + family % 3
                records.append(
                    trendRecord(
                        Int64(family * 3 + edition), "JJG \(500 + family)-\(published)", "\(published)-06-01",
                        "OIML R \(100 + family)-1:" + (edition < 2 ? "2006" : "2014"), nil,
                        score: 500 + (family * 37 + edition * 11) % 90, change: edition == 0 ? nil : 1,
                        family: "JJG \(500 + family)"))
            }
        }
        for language in ReportLanguage.allCases {
            let svg = TrendChart(records: records, language: language).svg()
            let inspection = SVGInspection(svg)
            #expect(inspection.error == nil)
            // Each label's box as drawn: its lines' widths, 15 px a line, centred on x or starting there.
            var boxes: [Box] = []
            var current: (x: Double, y: Double, centred: Bool, width: Double, lines: Int)?
            func close() {
                guard let label = current else { return }
                let width = label.width + 2 * ChartLabel.padding
                let left = label.centred ? label.x - width / 2 : label.x - ChartLabel.padding
                // 0.2 px in from each side: coordinates are written to a tenth of a pixel.
                boxes.append(
                    Box(
                        minX: left + 0.2, minY: label.y - 12.8, maxX: left + width - 0.2,
                        maxY: label.y - 13.2 + Double(label.lines) * ChartLabel.lineHeight + 2))
                current = nil
            }
            for element in inspection.elements {
                if element.name == "text" {
                    close()
                    guard ["edition-label", "reference-label"].contains(element.attributes["class"] ?? "") else {
                        continue
                    }
                    current = (
                        Double(element.attributes["x"]!)!, Double(element.attributes["y"]!)!,
                        element.attributes["text-anchor"] == "middle", 0, 0
                    )
                } else if element.name == "tspan", current != nil {
                    let size = element.attributes["font-size"].flatMap(Double.init) ?? 12.5
                    let width = ChartMath.textWidth(
                        element.text, fontSize: size, bold: element.attributes["font-weight"] == "bold")
                    current!.width = max(current!.width, width)
                    current!.lines += 1
                }
            }
            close()
            #expect(boxes.count == 36 + 12)  // every edition, and every change of reference
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(boxes[i].overlap(boxes[j]) == 0, "\(language): labels \(i) and \(j) overlap")
                }
            }
            #expect(svg.contains(language == .zh ? "参照文件换版：OIML R 111-1:2014" : "new reference: OIML R 111-1:2014"))
        }
    }
}
