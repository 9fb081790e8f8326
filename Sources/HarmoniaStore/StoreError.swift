/// Something went wrong with the history database; the message says what and where.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure, so the command line can pick its exit status.
    public enum Kind: String, Hashable, Sendable {
        /// The file is not a SQLite database, or is one that Harmonia did not write (the file is left untouched).
        case notAHistory
        /// The database was written by a newer Harmonia, with migrations this one does not know.
        case newerSchema
        /// The database file does not exist (reading commands never create one).
        case missing
        /// The file or its folder cannot be opened or created.
        case cannotOpen
        /// No record matches what the user named.
        case noSuchRecord
        /// SQLite failed while reading or writing.
        case database
    }

    public var kind: Kind
    /// The database file.
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: error: message`, like every other Harmonia diagnostic.
    public var description: String { "\(path): error: \(message)" }
}
