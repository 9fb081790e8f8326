import ArgumentParser
import Foundation
import HarmoniaReport
import HarmoniaStore
import HarmoniaText

extension Track {
    struct ChartCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chart",
            abstract: "Draw the score over time, one line per family, editions marked and labelled (SVG or HTML).")

        @Option(
            name: [.customLong("output"), .customLong("out")],
            help: ArgumentHelp(
                "The chart file: .svg or .html (written atomically); --out is the same option.", valueName: "FILE"))
        var out: String
        @OptionGroup var filter: DesignationFilter
        @Option(name: .long, help: "The chart's language: en or zh.")
        var lang: ReportLanguageArgument = .en
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard ["svg", "html", "htm"].contains(URL(fileURLWithPath: out).pathExtension.lowercased()) else {
                throw ValidationError("--output must name a .svg or .html file, not '\(out)'")
            }
        }

        func run() throws {
            let store = try database.open(.readOnly)
            let entries: [HistoryEntry]
            do throws(StoreError) {
                entries = filter.entries(try store.comparisons())
            } catch {
                throw TrackFailure.store(error)
            }
            let chart = TrendChart(records: entries.map(TrendRecord.init), language: lang.language)
            let isSVG = URL(fileURLWithPath: out).pathExtension.lowercased() == "svg"
            do {
                try AtomicFile.write(isSVG ? chart.svg() : chart.html(), to: out)
            } catch {
                Console.error(error.description)
                throw Exit.cannotWrite
            }
            let points = chart.series.reduce(0) { $0 + $1.points.count }
            Console.text(
                "wrote \(out): \(Counted.noun(chart.series.count, "family", plural: "families")), \(Counted.noun(points, "point"))\n"
            )
        }
    }
}

extension TrendRecord {
    /// What the chart reads of a history entry: the store's values as plain ones.
    init(_ entry: HistoryEntry) {
        let comparison = entry.comparison
        self.init(
            recordID: comparison.recordID, domestic: comparison.domestic.id, reference: comparison.international.id,
            date: entry.date, referenceDate: comparison.international.effectiveDate,
            recordedAt: comparison.recordedAt, scoreTenths: comparison.scoreTenths, changeTenths: entry.changeTenths,
            degree: comparison.degree, familyKey: entry.family.key, familyLabel: entry.family.label)
    }
}
