import ArgumentParser
import HarmoniaStore
import HarmoniaText

extension Track {
    struct ForgetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forget",
            abstract: "Remove records (and documents no other record uses) from the history.",
            discussion: """
                RECORD is a record id as history and import print it (3 or #3). All the records go in one \
                transaction, or none when one id names no record (exit 66).

                Example:
                  harmonia track history
                  harmonia track forget 3 4
                """)

        @Argument(help: ArgumentHelp("Record ids to remove (3 or #3).", valueName: "RECORD"))
        var records: [String]
        @OptionGroup var database: DatabaseOptions

        /// `#3` or `3`.
        static func recordID(_ text: String) -> Int64? {
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int64(digits)
        }

        func validate() throws {
            if records.isEmpty { throw ValidationError("give at least one record id to forget (see track history)") }
            if let bad = records.first(where: { Self.recordID($0) == nil }) {
                throw ValidationError("'\(bad)' is not a record id; give the number history prints, such as 3 or #3")
            }
        }

        func run() throws {
            let store = try database.open(.existingOnly)
            do throws(StoreError) {
                let removed = try store.forget(records.compactMap(Self.recordID))
                let names = removed.map { "#\($0)" }.joined(separator: ", ")
                Console.out("forgot \(Counted.noun(removed.count, "record")): \(names)\n")
            } catch {
                throw TrackFailure.store(error)
            }
        }
    }
}
