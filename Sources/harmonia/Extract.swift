import ArgumentParser
import Foundation
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract a specification file from a real document: Metanorma XML, NISO/ISO STS, or a DOCX draft.",
        discussion: """
            The format is recognised by content (root element and namespace, or a zip holding word/document.xml). \
            The output is a specification file that `harmonia validate` accepts, a proposal to review: a comment \
            before every indicator says where it was read (clause, table and cell, or paragraph). What cannot be \
            read is a warning naming its place, never an invented value; --strict makes warnings errors. \
            Extracting an unchanged document again gives the same bytes. See docs/input-formats.md.
            """
    )

    enum Role: String, ExpressibleByArgument, CaseIterable { case domestic, regional, international }

    @Argument(help: ArgumentHelp("The document: Metanorma XML, NISO/ISO STS XML, or DOCX.", valueName: "FILE"))
    var file: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the specification here (atomically) instead of standard output.", valueName: "OUT.xml"))
    var output: String?

    @Option(
        name: .long,
        help: "The document's role, in place of what the document says: domestic, regional or international.")
    var role: Role?

    @Option(
        name: .long,
        help: ArgumentHelp("The document's designation, in place of what the document says.", valueName: "ID"))
    var id: String?

    @Flag(name: .long, help: "Treat every warning as an error: exit 65 and write nothing.")
    var strict = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        if let id, id.allSatisfy(\.isWhitespace) {
            throw ValidationError("--id needs a designation, such as 'JJG 99-2022'")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.catalogue()
        let extraction = Extractor(catalogue: catalogue).extract(
            file: file, overrides: .init(role: role?.rawValue, id: id))
        for warning in extraction.warnings {
            var shown = warning
            if strict { shown.severity = .error }
            Console.error(shown.description)
        }
        guard let draft = extraction.draft, let format = extraction.format, extraction.errors.isEmpty else {
            for error in extraction.errors { Console.error(error.description) }
            throw extraction.unreadable ? Exit.unreadableInput : Exit.invalidInput
        }
        if strict && !extraction.warnings.isEmpty {
            Console.error(
                "\(file): error: \(Counted.noun(extraction.warnings.count, "warning")) with --strict; nothing was written"
            )
            throw Exit.invalidInput
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
        let text = SpecWriter.write(draft, sourceName: name, format: format)
        // What is written must be what `validate` accepts; a failure here is Harmonia's fault, said plainly.
        let check = SpecReader(catalogue: catalogue).read(
            bytes: Array(text.utf8), name: output ?? "\(file) (as extracted)")
        guard check.errors.isEmpty else {
            for error in check.errors { Console.error(error.description) }
            Console.error(
                "\(file): error: the extracted specification does not validate; nothing was written (please report this)"
            )
            throw Exit.invalidInput
        }
        if let output {
            do {
                try AtomicFile.write(text, to: output)
            } catch {
                Console.error(error.description)
                throw Exit.cannotWrite
            }
        } else {
            Console.out(text)
        }
        let count = draft.indicators.count
        Console.error(
            "\(file): extracted \(Counted.noun(count, "indicator")) from \(format.displayName) as \(draft.id) (\(draft.role))"
                + (extraction.warnings.isEmpty
                    ? "" : ", " + Counted.noun(extraction.warnings.count, "warning")))
    }
}
