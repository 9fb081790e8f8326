import ArgumentParser
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Show what Harmonia understood of a specification: every indicator, its concept, qualifiers and value.",
        discussion: """
            JSON output holds, for every indicator: id, clause, concept (and how it was resolved), qualifiers and \
            value, each as written and normalised.

            Example (from the source folder):
              harmonia inspect fixtures/weights/jjg-99-2006.xml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The specification file.", valueName: "FILE"))
    var file: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = try catalogueOptions.catalogue()
        let document = try Loader(reader: SpecReader(catalogue: catalogue)).load(file)
        switch format {
        case .json: Console.out(InspectionWriter(catalogue: catalogue).json(document))
        case .text: Console.out(InspectionWriter(catalogue: catalogue).text(document))
        }
    }
}
