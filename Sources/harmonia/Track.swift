import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaStore
import HarmoniaText
import HarmoniaXML

struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record comparisons over editions and dates, and show convergence over time.",
        discussion: """
            The history is a SQLite database: --db PATH, else $HARMONIA_DB, else \
            $XDG_DATA_HOME/harmonia/history.sqlite (default ~/.local/share/harmonia/history.sqlite). \
            Recording the same two files again changes nothing (files are known by the SHA-256 of their bytes).

            A family is one domestic document through its editions against one international document through \
            its editions: editions share a designation without the year (JJG 99-2006, JJG 99-2022) or are linked \
            by supersedes. History shows each record's change in score since the family's previous record.

            Exit status: 0 done, 64 bad command line, 65 an input or the database is not valid (a database file \
            that is not a Harmonia history is left untouched), 66 an input or the database cannot be read, 73 a \
            chart file cannot be written, 74 the database failed inside SQLite (nothing half-recorded).

            Examples (from the source folder):
              harmonia track import fixtures/weights fixtures/water-meters
              harmonia track history
              harmonia track chart --output history.html
              harmonia track forget 3
            """,
        subcommands: [
            RecordCommand.self, HistoryCommand.self, DiffCommand.self, ChartCommand.self, ImportCommand.self,
            ForgetCommand.self,
        ]
    )
}

/// The `--db` option, and opening the history with the contract's exit statuses.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The history database (default: $HARMONIA_DB, else $XDG_DATA_HOME/harmonia/history.sqlite).",
            valueName: "PATH"))
    var db: String?

    func open(_ mode: HistoryStore.OpenMode) throws -> HistoryStore {
        do {
            return try HistoryStore(path: DatabaseLocation.resolve(option: db).path, mode: mode)
        } catch {
            throw TrackFailure.store(error)
        }
    }
}

/// Prints a store error and picks its exit status.
enum TrackFailure {
    static func store(_ error: StoreError) -> ExitCode {
        Console.error(error.description)
        switch error.kind {
        case .notAHistory, .newerSchema: return Exit.invalidInput
        case .missing, .cannotOpen, .noSuchRecord: return Exit.unreadableInput
        case .database: return Exit.databaseFailed
        }
    }
}

/// A specification file read once: its bytes give the content hash, and the same bytes are parsed.
struct LoadedFile {
    var path: String
    var document: Document
    var provenance: DocumentProvenance
    var warnings: [String]

    /// Reads and parses `path`; on failure returns the error messages and whether the file was unreadable.
    static func read(_ path: String, reader: SpecReader) -> Result<LoadedFile, LoadFailure> {
        readBytes(path, reader: reader).flatMap { parse($0, path: path, reader: reader) }
    }

    /// The file's bytes, refused from its size before a byte is read (``BoundedFile``).
    static func readBytes(_ path: String, reader: SpecReader) -> Result<[UInt8], LoadFailure> {
        do {
            return .success(try BoundedFile.read(path, limit: reader.limits.maxFileBytes))
        } catch {
            return .failure(LoadFailure(unreadable: error.isReadFailure, messages: [error.description]))
        }
    }

    /// Parses bytes already read from `path`.
    static func parse(_ bytes: [UInt8], path: String, reader: SpecReader) -> Result<LoadedFile, LoadFailure> {
        // Any format: a Metanorma, STS or DOCX document is extracted from the same bytes that are hashed.
        let result = DocumentLoader(reader: reader).read(bytes: bytes, name: path)
        guard let document = result.document, result.errors.isEmpty else {
            return .failure(LoadFailure(unreadable: result.unreadable, messages: result.errors.map(\.description)))
        }
        return .success(
            LoadedFile(
                path: path, document: document, provenance: DocumentProvenance(bytes: bytes, document: document),
                warnings: result.warnings.map(\.description)))
    }

    /// Reads a file for a command that needs it: prints warnings, and on failure the errors, then exits 65/66.
    static func load(_ path: String, reader: SpecReader) throws -> LoadedFile {
        switch read(path, reader: reader) {
        case .success(let file):
            for warning in file.warnings { Console.error(warning) }
            return file
        case .failure(let failure):
            for message in failure.messages { Console.error(message) }
            throw failure.unreadable ? Exit.unreadableInput : Exit.invalidInput
        }
    }
}

struct LoadFailure: Error {
    var unreadable: Bool
    var messages: [String]
}

/// Compares and records one pair of loaded files, unless the same two files are recorded already.
func recordPair(
    _ domestic: LoadedFile, _ international: LoadedFile, comparator: HarmoniaAlign.Comparator, store: HistoryStore,
    at recordedAt: String
) throws(StoreError) -> (outcome: RecordOutcome, score: String, degree: String) {
    if let existing = try store.existingRecord(
        domesticHash: domestic.provenance.contentHash,
        internationalHash: international.provenance.contentHash)
    {
        return (.alreadyRecorded(existing), "", "")
    }
    let comparison = comparator.compare(domestic.document, international.document)
    if let warning = comparison.declarationWarning { Console.error("warning: \(warning)") }
    let outcome = try store.record(
        comparison, domestic: domestic.provenance, international: international.provenance, at: recordedAt)
    return (outcome, comparison.score.text, comparison.degree.computed.rawValue)
}

/// Parses `--at`.
func recordingDate(_ at: String?) -> String {
    at.flatMap(RecordingDate.parse) ?? RecordingDate.now()
}

func validateRecordingDate(_ at: String?) throws {
    if let at, RecordingDate.parse(at) == nil {
        throw ValidationError("--at takes a date such as 2024-05-01 or 2024-05-01T09:30:00Z, not '\(at)'")
    }
}

extension HistoryFormat: ExpressibleByArgument {}
extension DiffFormat: ExpressibleByArgument {}
extension ChartLanguage: ExpressibleByArgument {}

extension Track {
    struct RecordCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Compare two documents and record the comparison, its documents and every pair.",
            discussion: "Recording the same two files again (same bytes) writes nothing and names the earlier record.")

        @Argument(help: ArgumentHelp("The document under assessment.", valueName: "DOMESTIC"))
        var domestic: String
        @Argument(help: ArgumentHelp("The reference document.", valueName: "INTERNATIONAL"))
        var international: String
        @OptionGroup var database: DatabaseOptions
        @Option(
            name: .long,
            help: ArgumentHelp("When the comparison is recorded (default: now), e.g. 2024-05-01.", valueName: "DATE"))
        var at: String?
        @OptionGroup var catalogueOptions: CatalogueOptions

        func validate() throws { try validateRecordingDate(at) }

        func run() throws {
            let catalogue = try catalogueOptions.catalogue()
            let reader = SpecReader(catalogue: catalogue)
            let domesticFile = try LoadedFile.load(domestic, reader: reader)
            let internationalFile = try LoadedFile.load(international, reader: reader)
            let store = try database.open(.createIfMissing)
            let pairName = "\(domesticFile.document.id) ↔ \(internationalFile.document.id)"
            do throws(StoreError) {
                let result = try recordPair(
                    domesticFile, internationalFile, comparator: Comparator(catalogue: catalogue),
                    store: store, at: recordingDate(at))
                switch result.outcome {
                case .recorded(let id):
                    Console.text("recorded #\(id): \(pairName), score \(result.score), \(result.degree)\n")
                case .alreadyRecorded(let id):
                    Console.text("already recorded as #\(id): \(pairName) (the same two files); nothing written\n")
                }
            } catch {
                throw TrackFailure.store(error)
            }
        }
    }

    struct HistoryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List recorded comparisons by the domestic document's date, with each family's change in score.")

        @Option(
            name: .long,
            help: ArgumentHelp("Only domestic documents whose designation starts with PREFIX.", valueName: "PREFIX"))
        var domestic: String?
        @Option(
            name: .long,
            help: ArgumentHelp(
                "Only international documents whose designation starts with PREFIX.", valueName: "PREFIX"))
        var international: String?
        @Option(name: .long, help: "Output format: text, json or csv.")
        var format: HistoryFormat = .text
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(.readOnly)
            do throws(StoreError) {
                let entries = HarmoniaStore.History.entries(try store.comparisons())
                let shown = HarmoniaStore.History.filtered(
                    entries, domesticPrefix: domestic, internationalPrefix: international)
                Console.out(format.render(shown))
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
                document, else of that international one). Pairs are matched by international indicator id, else \
                by domestic indicator id.
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

    struct ChartCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chart",
            abstract: "Draw the score over time, one line per family, editions marked and labelled (SVG or HTML).")

        @Option(
            name: [.customLong("output"), .customLong("out")],
            help: ArgumentHelp(
                "The chart file: .svg or .html (written atomically); --out is the same option.", valueName: "FILE"))
        var out: String
        @Option(
            name: .long,
            help: ArgumentHelp("Only domestic documents whose designation starts with PREFIX.", valueName: "PREFIX"))
        var domestic: String?
        @Option(
            name: .long,
            help: ArgumentHelp(
                "Only international documents whose designation starts with PREFIX.", valueName: "PREFIX"))
        var international: String?
        @Option(name: .long, help: "The chart's language: en or zh.")
        var lang: ChartLanguage = .en
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
                entries = HarmoniaStore.History.filtered(
                    HarmoniaStore.History.entries(try store.comparisons()),
                    domesticPrefix: domestic, internationalPrefix: international)
            } catch {
                throw TrackFailure.store(error)
            }
            let chart = TrendChart(entries: entries, language: lang)
            let isSVG = URL(fileURLWithPath: out).pathExtension.lowercased() == "svg"
            do {
                try AtomicFile.write(isSVG ? chart.svg() : chart.html(), to: out)
            } catch {
                Console.error(error.description)
                throw Exit.cannotWrite
            }
            let points = chart.series.reduce(0) { $0 + $1.points.count }
            Console.text(
                "wrote \(out): \(chart.series.count) famil\(chart.series.count == 1 ? "y" : "ies"), \(points) point\(points == 1 ? "" : "s")\n"
            )
        }
    }
}

extension Track {
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Record every pair in the folders: each domestic or regional file with the file its correspondence names.",
            discussion: """
                Reads every .xml file in the folders (and their subfolders); XML that never names the format's namespace \
                (report parts, office files) is passed over. A document whose correspondence names an \
                edition that is not there is compared with the nearest edition that supersedes it, with a note. \
                Each comparison is recorded in its own transaction: an import stopped half-way keeps what it \
                recorded, and running it again records the rest. Exit status 65 (or 66) when some file was not \
                valid (or not readable); everything else is still recorded.
                """)

        @Argument(help: ArgumentHelp("Folders (or files) to import.", valueName: "DIR"))
        var folders: [String]
        @OptionGroup var database: DatabaseOptions
        @Option(name: .long, help: ArgumentHelp("When the comparisons are recorded (default: now).", valueName: "DATE"))
        var at: String?
        @OptionGroup var catalogueOptions: CatalogueOptions

        func validate() throws {
            if folders.isEmpty { throw ValidationError("give at least one folder to import") }
            try validateRecordingDate(at)
        }

        func run() throws {
            let catalogue = try catalogueOptions.catalogue()
            let paths: [String]
            var unreadableFolders: [ImportPlan.FolderError] = []
            do {
                paths = try ImportPlan.xmlFiles(in: folders, unreadable: &unreadableFolders)
            } catch {
                Console.error(error.description)
                throw Exit.unreadableInput
            }
            let store = try database.open(.createIfMissing)
            let reader = SpecReader(catalogue: catalogue)
            let progress = ProgressBar(enabled: Console.stderrIsTerminal)

            var files: [String: LoadedFile] = [:]
            var invalid = 0
            var unreadable = unreadableFolders.count
            var ignored = 0
            for folder in unreadableFolders { Console.error(folder.description) }
            for (index, path) in paths.enumerated() {
                progress.show(index, of: paths.count, "reading \(URL(fileURLWithPath: path).lastPathComponent)")
                // Read once, refused from its size first; a file left out for any reason is reported.
                let read = LoadedFile.readBytes(path, reader: reader).flatMap {
                    bytes -> Result<LoadedFile?, LoadFailure> in
                    guard ImportPlan.mentions(SpecReader.namespace, in: bytes) else { return .success(nil) }
                    return LoadedFile.parse(bytes, path: path, reader: reader).map { $0 }
                }
                switch read {
                case .success(nil):
                    ignored += 1
                case .success(let file?): files[path] = file
                case .failure(let failure):
                    if failure.unreadable { unreadable += 1 } else { invalid += 1 }
                    progress.clear()
                    let more = failure.messages.count > 1 ? " (and \(failure.messages.count - 1) more)" : ""
                    Console.error((failure.messages.first ?? "\(path): error: not valid") + more + "; skipped")
                }
            }
            let plan = ImportPlan(files: files.values.map { ImportPlan.File(path: $0.path, document: $0.document) })
            progress.clear()
            for note in plan.notes { Console.error("note: \(note)") }

            let comparator = Comparator(catalogue: catalogue)
            let recordedAt = recordingDate(at)
            var table: [[String]] = []
            var recorded = 0
            var already = 0
            for (index, task) in plan.tasks.enumerated() {
                let domestic = files[task.domestic.path]!
                let international = files[task.international.path]!
                let name = "\(domestic.document.id) ↔ \(international.document.id)"
                progress.show(index, of: plan.tasks.count, name)
                if let note = task.note {
                    progress.clear()
                    Console.error("note: \(note)")
                }
                do throws(StoreError) {
                    let result = try recordPair(
                        domestic, international, comparator: comparator, store: store, at: recordedAt)
                    switch result.outcome {
                    case .recorded(let id):
                        recorded += 1
                        table.append(["#\(id)", "recorded", name, result.score, result.degree])
                    case .alreadyRecorded(let id):
                        already += 1
                        table.append(["#\(id)", "already recorded", name, "", ""])
                    }
                } catch {
                    progress.clear()
                    throw TrackFailure.store(error)
                }
            }
            progress.clear()
            let idWidth = table.map { $0[0].count }.max() ?? 0
            let width = table.map { $0[1].count }.max() ?? 0
            for row in table {
                let id = String(repeating: " ", count: idWidth - row[0].count) + row[0]
                let padded = row[1] + String(repeating: " ", count: width - row[1].count)
                Console.text("\(id)  \(padded)  \(row[2])" + (row[3].isEmpty ? "" : "  \(row[3]) \(row[4])") + "\n")
            }
            let specifications = paths.count - ignored
            var summary =
                "\(specifications) specification file\(specifications == 1 ? "" : "s")"
                + (ignored > 0 ? " (\(ignored) other XML file\(ignored == 1 ? "" : "s") ignored)" : "")
                + ", \(plan.tasks.count) comparison\(plan.tasks.count == 1 ? "" : "s"): "
                + "\(recorded) recorded, \(already) already recorded"
            if invalid + unreadable > 0 {
                summary +=
                    "; \(invalid + unreadable) file\(invalid + unreadable == 1 ? "" : "s") skipped (not valid or not readable)"
            }
            // Every note printed above: the plan's, and one per comparison made with another edition.
            let notes = plan.notes.count + plan.tasks.filter { $0.note != nil }.count
            if notes > 0 { summary += "; \(notes) note\(notes == 1 ? "" : "s") (see above)" }
            Console.out(summary + " — in \(store.path)\n")
            if unreadable > 0 { throw Exit.unreadableInput }
            if invalid > 0 { throw Exit.invalidInput }
        }
    }
}

/// A one-line progress bar on standard error, drawn only on a terminal.
struct ProgressBar {
    var enabled: Bool

    func show(_ done: Int, of total: Int, _ label: String) {
        guard enabled, total > 0 else { return }
        let width = 24
        let filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let clipped = TerminalText.escaped(label.count > 48 ? String(label.prefix(47)) + "…" : label)
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(bar) \(done + 1)/\(total) \(clipped)".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
