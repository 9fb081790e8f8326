import ArgumentParser
import HarmoniaStore

extension HistoryFormat: ExpressibleByArgument {}
extension DiffFormat: ExpressibleByArgument {}

/// `--domestic PREFIX` and `--international PREFIX`: the history entries `track history` and `chart` show.
struct DesignationFilter: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Only domestic documents whose designation starts with PREFIX.", valueName: "PREFIX"))
    var domestic: String?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only international documents whose designation starts with PREFIX.", valueName: "PREFIX"))
    var international: String?

    /// The history of the recorded comparisons, then the entries whose designations start with the prefixes
    /// (changes in score still measured from each family's previous record).
    func entries(_ comparisons: [RecordedComparison]) -> [HistoryEntry] {
        HarmoniaStore.History.filtered(
            HarmoniaStore.History.entries(comparisons), domesticPrefix: domestic, internationalPrefix: international)
    }
}

extension Track {
    struct HistoryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List recorded comparisons by the domestic document's date, with each family's change in score.")

        @OptionGroup var filter: DesignationFilter
        @Option(name: .long, help: "Output format: text, json or csv.")
        var format: HistoryFormat = .text
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(.readOnly)
            do throws(StoreError) {
                Console.out(format.render(filter.entries(try store.comparisons())))
            } catch {
                throw TrackFailure.store(error)
            }
        }
    }

    struct DiffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract:
                "Show what changed between two recorded comparisons: deviations closed and opened, verdicts changed, indicators added or dropped.",
            discussion: """
                A and B are record ids (3 or #3) or document designations (the latest record of that domestic \
                document, else of that international one). A pair of A and a pair of B are the same requirement \
                when they share concept and qualifiers (so renamed ids across editions, or reference editions, \
                still meet), else the international indicator id, else the domestic one. A deviation closed is \
                one of A that B no longer has: now in agreement, or gone with its requirement (listed under \
                dropped); opened is the converse. See docs/tracking.md.
                """)

        @Argument(help: ArgumentHelp("The earlier record.", valueName: "A"))
        var from: String
        @Argument(help: ArgumentHelp("The later record.", valueName: "B"))
        var to: String
        @Option(name: .long, help: "Output format: text or json.")
        var format: DiffFormat = .text
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(.readOnly)
            do throws(StoreError) {
                let comparisons = try store.comparisons()
                func find(_ reference: String) throws(StoreError) -> RecordedComparison {
                    let found = HarmoniaStore.History.resolve(reference, in: comparisons)
                    if let note = found.note { Console.error("note: \(note)") }
                    guard let record = found.record else {
                        throw StoreError(
                            .noSuchRecord, path: store.path,
                            message: "no record is \(reference) (a record id, or a recorded document's designation)")
                    }
                    return record
                }
                let a = try find(from)
                let b = try find(to)
                let diff = ComparisonDiff(
                    from: a, fromPairs: try store.pairs(of: a.recordID), to: b, toPairs: try store.pairs(of: b.recordID)
                )
                Console.out(format.render(diff))
            } catch {
                throw TrackFailure.store(error)
            }
        }
    }
}
