import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaStore
import HarmoniaSurvey
import HarmoniaText
import Synchronization

/// Output formats of `survey`.
enum SurveyFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html, csv

    var fileName: String {
        switch self {
        case .text: "survey.txt"
        case .json: "survey.json"
        case .html: "survey.html"
        case .csv: "survey-families.csv"
        }
    }
}

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Survey a whole catalogue: families, gaps, regional equivalence and the national picture.",
        discussion: """
            Reads every document under the paths in a format Harmonia reads (folders recursively; other files are \
            passed over), compares each domestic or regional document with every reference its \
            correspondence names (else the nearest edition that supersedes it, else another edition of the same \
            designation), lists the international documents nothing corresponds to, groups regional documents by \
            what they correspond to and compares every two members both ways, finding the equivalence classes \
            (no technical deviation either way). See docs/survey.md.

            --output DIR (an existing folder, or a path ending in /) writes survey.txt, survey.json, survey.html \
            and survey-families.csv there. A file that is not valid or cannot be read is reported, left out \
            and never recorded; the survey goes on, is written, and exits 65 at the end.

            Exit status: 0 surveyed, 64 bad command line, 65 a file was not valid or could not be read (left \
            out; the rest surveyed and written), 73 --output cannot be written, 74 the history database failed \
            (--record).

            Example (from the repository's folder):
              harmonia survey fixtures/weights fixtures/electricity-meters \\
                fixtures/regional --format html --output survey.html
            """)

    @Argument(help: ArgumentHelp("Folders or files holding the catalogue.", valueName: "PATH"))
    var paths: [String]
    @Option(
        name: .long,
        help:
            "Output format: text, json, html or csv (the families). Default: text on a terminal, json otherwise (or from --output's extension)."
    )
    var format: SurveyFormat?
    @Option(
        name: .long,
        help: ArgumentHelp("Write to FILE (atomically), or every format into the folder DIR.", valueName: "FILE|DIR"))
    var output: String?
    @Option(
        name: .long,
        help: "Interface language of text and HTML: zh or en (default en). Documents' text is never translated.")
    var lang: ReportLanguageArgument = .en
    @Flag(name: .long, help: "Record every comparison in the history database (see harmonia track).")
    var record = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var toleranceOption: ToleranceOption
    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one folder or file to survey") }
    }

    func run() throws {
        let started = DispatchTime.now()
        let timings = PhaseTimings()
        let catalogue = try catalogueOptions.catalogue()
        let reader = SpecReader(catalogue: catalogue)
        let progress = SurveyProgress(enabled: Console.stderrIsTerminal)
        // Opened first, so that a database that cannot be used stops the survey before its work.
        let store = record ? try database.open(.createIfMissing) : nil
        var leftOut: [String] = []

        // The same files `track import` of these paths would read (``CatalogueFiles``).
        let found = CatalogueFiles(paths: paths)
        for error in found.errors {
            leftOut.append(error.description)
            Console.error(error.description)
        }
        let specifications = found.documents
        let ignored = found.passedOver

        progress.start("reading", total: specifications.count)
        let results = Parallel.map(specifications) { path in
            defer { progress.step() }
            return loadSpecification(path, reader: reader)
        }
        progress.clear()
        timings.mark("find and read " + Counted.noun(specifications.count, "file"))
        var loaded: [LoadedFile] = []
        for result in results {
            switch result {
            case .success(let file):
                for warning in file.warnings { Console.error(warning) }
                loaded.append(file)
            case .failure(let failure):
                for message in failure.messages { Console.error(message) }
                leftOut.append(
                    (failure.messages.first ?? "error: not valid")
                        + (failure.messages.count > 1 ? " (and \(failure.messages.count - 1) more)" : ""))
            }
        }

        let plan = SurveyPlan(documents: loaded.map { SurveyDocument(path: $0.path, document: $0.document) })
        var byPath: [String: LoadedFile] = [:]
        for file in loaded where byPath[file.path] == nil { byPath[file.path] = file }
        let documents = plan.documents.map { byPath[$0.path]!.document }
        let comparator = Comparator(
            catalogue: catalogue, options: ComparisonOptions(relativeTolerance: toleranceOption.tolerance))
        let tasks = plan.tasks
        progress.start("comparing", total: tasks.count)
        var (survey, comparisons) = SurveyRunner(comparator: comparator).run(plan, documents: documents, keep: record) {
            _, _ in
            progress.step()
        }
        progress.clear()
        timings.mark("plan and make " + Counted.noun(tasks.count, "comparison"))
        survey.leftOut = leftOut

        KeptUntilExit.keep(documents, comparisons)
        try write(survey)
        timings.mark("write")
        // Recorded after the output is written: a database that fails leaves the survey in hand.
        var recorded = 0
        if let store {
            let at = RecordingDate.now()
            progress.start("recording", total: comparisons.count)
            for (task, comparison) in zip(tasks, comparisons) {
                progress.step()
                let domestic = byPath[plan.documents[task.domestic].path]!.provenance
                let reference = byPath[plan.documents[task.reference].path]!.provenance
                do throws(StoreError) {
                    if try store.existingRecord(
                        domesticHash: domestic.contentHash, internationalHash: reference.contentHash) == nil
                    {
                        _ = try store.record(comparison, domestic: domestic, international: reference, at: at)
                        recorded += 1
                    }
                } catch {
                    progress.clear()
                    throw TrackFailure.store(error)
                }
            }
            progress.clear()
        }

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        var line =
            "surveyed " + Counted.noun(loaded.count, "document")
            + (ignored > 0 ? " (\(Counted.noun(ignored, "other file")) passed over)" : "")
            + ": "
            + [
                (survey.families.count, "family", "families"), (survey.gaps.uncovered.count, "gap", "gaps"),
                (survey.regional.count, "regional group", "regional groups"),
                (tasks.count, "comparison", "comparisons"),
            ]
            .map { Counted.noun($0.0, $0.1, plural: $0.2) }.joined(separator: ", ")
        if record { line += ", \(recorded) recorded" }
        if !leftOut.isEmpty {
            line += "; " + Counted.noun(leftOut.count, "file") + " left out (not valid or not readable)"
        }
        Console.error(line + String(format: " — in %.1f s", seconds))
        if !leftOut.isEmpty { throw Exit.invalidInput }
    }

    /// Renders the survey and writes it to standard output, a file or a folder.
    private func write(_ survey: Survey) throws {
        if let output, output.hasSuffix("/") || isDirectory(output) {
            for format in SurveyFormat.allCases {
                let path = URL(fileURLWithPath: output).appendingPathComponent(format.fileName).path
                try writeFile(render(survey, as: format), to: path)
            }
            return
        }
        let chosen =
            format ?? output.flatMap(Self.format(forExtensionOf:))
            ?? (output == nil && Console.stdoutIsTerminal ? .text : .json)
        let rendered = render(survey, as: chosen)
        if let output { try writeFile(rendered, to: output) } else { Console.out(rendered) }
    }

    private func render(_ survey: Survey, as format: SurveyFormat) -> [UInt8] {
        switch format {
        case .text: Array(SurveyTextWriter(language: lang.language).write(survey).utf8)
        case .json: SurveyJSONWriter().bytes(survey)
        case .html: Array(SurveyHTMLWriter(language: lang.language).write(survey).utf8)
        case .csv: Array(SurveyCSVWriter().families(survey).utf8)
        }
    }

    private func writeFile(_ bytes: [UInt8], to path: String) throws {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: path)
        } catch {
            Console.error(error.description)
            throw Exit.cannotWrite
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func format(forExtensionOf path: String) -> SurveyFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": .json
        case "txt", "text": .text
        case "html", "htm": .html
        case "csv": .csv
        default: nil
        }
    }
}

/// Reads one file of a survey, in any format Harmonia reads.
///
/// The one place the survey reads a document: `LoadedFile.read` goes through `DocumentLoader`, which
/// recognises the format by content (specification, Metanorma, STS, DOCX), refuses an oversized file from
/// its size before reading it, and keeps the bytes' hash for `--record`.
func loadSpecification(_ path: String, reader: SpecReader) -> Result<LoadedFile, LoadFailure> {
    LoadedFile.read(path, reader: reader)
}

/// A progress bar on standard error, shared by the threads of a parallel phase; drawn only on a terminal,
/// and only when it moves by a cell, so that a thousand small steps are not a thousand writes.
final class SurveyProgress: Sendable {
    private struct State {
        var label = ""
        var total = 0
        var done = 0
        var drawn = -1
    }

    private let enabled: Bool
    private let state = Mutex(State())
    private static let width = 30

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func start(_ label: String, total: Int) {
        state.withLock { $0 = State(label: label, total: total) }
        step(by: 0)
    }

    func step(by count: Int = 1) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            state.done += count
            guard state.total > 0 else { return nil }
            let filled = min(Self.width, state.done * Self.width / state.total)
            guard filled != state.drawn else { return nil }
            state.drawn = filled
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
            return "\r\u{1B}[2K\(state.label) \(bar) \(state.done)/\(state.total)"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
