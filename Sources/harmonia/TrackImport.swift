import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaReport
import HarmoniaStore
import HarmoniaSurvey
import HarmoniaText

extension Track {
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Record every pair in the folders: each domestic or regional file with the file its correspondence names.",
            discussion: """
                Reads every file in the folders (and their subfolders) in a format Harmonia reads, recognised by \
                content (specification, Metanorma, STS, DOCX) — the same files `harmonia survey` reads; anything \
                else (report parts, notes) is passed over. A document whose correspondence names an \
                edition that is not there is compared with the nearest edition that supersedes it, with a note. \
                Each comparison is recorded in its own transaction: an import stopped half-way keeps what it \
                recorded, and running it again records the rest. Exit status 65 (or 66) when some file was not \
                valid (or not readable): it is listed with the reason, nothing of it is recorded, and everything \
                else is still recorded.
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
            // The same files a survey of these folders would read (``CatalogueFiles``).
            let found = CatalogueFiles(paths: folders)
            for error in found.errors { Console.error(error.description) }
            if found.documents.isEmpty, !found.errors.isEmpty { throw Exit.unreadableInput }
            let paths = found.documents
            let store = try database.open(.createIfMissing)
            let reader = SpecReader(catalogue: catalogue)
            let progress = ProgressBar(enabled: Console.stderrIsTerminal)

            var files: [String: LoadedFile] = [:]
            var invalid = 0
            var unreadable = found.errors.count
            for (index, path) in paths.enumerated() {
                progress.show(index, of: paths.count, "reading \(URL(fileURLWithPath: path).lastPathComponent)")
                // Read once, refused from its size first; a file left out for any reason is reported, and
                // nothing of it is recorded.
                switch LoadedFile.read(path, reader: reader) {
                case .success(let file): files[path] = file
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
            let ignored = found.passedOver
            var summary =
                Counted.noun(paths.count, "document file")
                + (ignored > 0 ? " (\(Counted.noun(ignored, "other file")) passed over)" : "")
                + ", \(Counted.noun(plan.tasks.count, "comparison")): "
                + "\(recorded) recorded, \(already) already recorded"
            if invalid + unreadable > 0 {
                summary +=
                    "; \(Counted.noun(invalid + unreadable, "file")) skipped (not valid or not readable)"
            }
            // Every note printed above: the plan's, and one per comparison made with another edition.
            let notes = plan.notes.count + plan.tasks.filter { $0.note != nil }.count
            if notes > 0 { summary += "; \(Counted.noun(notes, "note")) (see above)" }
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
