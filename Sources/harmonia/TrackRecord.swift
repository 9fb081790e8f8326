import ArgumentParser
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaStore

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
}
