import ArgumentParser
import HarmoniaStore

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
