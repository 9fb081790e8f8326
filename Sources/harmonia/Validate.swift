import ArgumentParser
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaText

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specification files against the format: schema, ids, tables, expressions and units.",
        discussion: """
            Prints one line per problem to standard error, as `file:line:col: error: message`, and one line per \
            valid file to standard output. When several files are given, each file's refs and omissions are also \
            checked against the other files' ids (a ref that names nothing is a warning).

            With --strict every warning counts as an error (a designation naming an unknown qualifier, an \
            indicator outside the document's scope, an omission or ref that names or matches nothing…): it is \
            printed as an error and the exit status is 65.

            Exit status: 0 all valid, 64 bad command line, 65 any file invalid, 66 any file unreadable.

            Example (from the source folder):
              harmonia validate fixtures/weights/*.xml
            """
    )

    @Argument(help: ArgumentHelp("Specification files to check.", valueName: "FILE"))
    var files: [String]

    @Flag(name: .long, help: "Do not print warnings.")
    var quiet = false

    @Flag(name: .long, help: "Treat every warning as an error (exit 65).")
    var strict = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to validate") }
    }

    func run() throws {
        let catalogue = try catalogueOptions.catalogue()
        let reader = SpecReader(catalogue: catalogue)
        var unreadable = false
        var invalid = false
        var documents: [Document] = []
        for file in files {
            let result = reader.read(file: file)
            for var diagnostic in result.diagnostics where diagnostic.severity == .error || !quiet || strict {
                if strict { diagnostic.severity = .error }
                Console.error(diagnostic.description)
            }
            if result.unreadable { unreadable = true }
            if let document = result.document, result.errors.isEmpty, !strict || result.warnings.isEmpty {
                documents.append(document)
                Console.text(
                    "\(file): valid (\(document.id), \(Counted.noun(document.indicators.count, "indicator")))\n")
            } else {
                invalid = true
            }
        }
        if documents.count > 1 && (!quiet || strict) {
            let warnings = crossReferenceWarnings(documents, vocabulary: catalogue.vocabulary)
            for warning in warnings {
                Console.error(strict ? warning.replacingOccurrences(of: ": warning: ", with: ": error: ") : warning)
            }
            if strict && !warnings.isEmpty { invalid = true }
        }
        if unreadable { throw Exit.unreadableInput }
        if invalid { throw Exit.invalidInput }
    }

    /// Refs and omissions must name an indicator (or table) of one of the other files given.
    private func crossReferenceWarnings(_ documents: [Document], vocabulary catalogueVocabulary: QualifierVocabulary)
        -> [String]
    {
        var warnings: [String] = []
        for (index, document) in documents.enumerated() {
            var others = Set<String>()
            for (otherIndex, other) in documents.enumerated() where otherIndex != index {
                others.formUnion(other.indicators.map(\.id))
                others.formUnion(other.tables.map(\.id))
            }
            for indicator in document.indicators {
                if let ref = indicator.ref, !others.contains(ref) {
                    warnings.append(
                        "\(indicator.source): warning: ref \"\(ref)\" of \"\(indicator.id)\" names nothing in the other files"
                    )
                }
            }
            for table in document.tables {
                if let ref = table.ref, !others.contains(ref) {
                    warnings.append(
                        "\(table.source?.description ?? document.sourceFile): warning: ref \"\(ref)\" of table \"\(table.id)\" names nothing in the other files"
                    )
                }
            }
            for omission in document.omissions where !omission.isScoped && !others.contains(omission.ref) {
                warnings.append(
                    "\(omission.source?.description ?? document.sourceFile): warning: omission of \"\(omission.ref)\" names nothing in the other files"
                )
            }
        }
        for (index, document) in documents.enumerated() where document.omissions.contains(where: \.isScoped) {
            let others = documents.enumerated().filter { $0.offset != index }.map(\.element)
            warnings += ScopeOmissions.unmatched(in: document, against: others, vocabulary: catalogueVocabulary)
        }
        return warnings
    }
}
