import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaText

/// Output formats of `compare`.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, html, csv
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare a domestic (or regional) specification with its reference, indicator by indicator.",
        discussion: """
            DOMESTIC is the document under assessment (role domestic or regional); INTERNATIONAL is the reference \
            it is measured against. Indicators pair by ref, then by concept and equal qualifiers, then by best \
            partial match; every pair gets a verdict (identical, equivalent, stricter, looser, different, missing, \
            added). The degree of correspondence (IDT/MOD/NEQ) and a score from 0 to 100 sum it up.

            Exit status: 0 compared, 1 the score is below --fail-under, 64 bad command line, 65 an input is \
            not valid, 66 an input cannot be read, 73 --output cannot be written.

            Example (from the source folder):
              harmonia compare fixtures/weights/jjg-99-2006.xml \\
                fixtures/weights/oiml-r111-1-2004.xml
            """
    )

    @Argument(help: ArgumentHelp("The document under assessment.", valueName: "DOMESTIC"))
    var domestic: String

    @Argument(help: ArgumentHelp("The reference document.", valueName: "INTERNATIONAL"))
    var international: String

    @Option(
        name: .long,
        help:
            "Output format: text, json, markdown, html or csv (the pairs). Default: text on a terminal, json otherwise (or from --output's extension)."
    )
    var format: ComparisonFormat?

    @Option(
        name: .long,
        help: ArgumentHelp("Write the report to FILE (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(
        name: .customLong("fail-under"),
        help: ArgumentHelp("Exit 1 when the score is below SCORE (0–100).", valueName: "SCORE"))
    var failUnder: Double?

    @OptionGroup var toleranceOption: ToleranceOption

    @Flag(
        name: .customLong("no-color"),
        help: "Do not colour the text output (also off with NO_COLOR or when stdout is not a terminal).")
    var noColor = false

    @Flag(
        name: .customLong("all"),
        help:
            "In text output, list every requirement and each of its pairs with both clauses, both values, the converted value, the size of the difference and what explains it."
    )
    var showAll = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under takes a score from 0 to 100, not \(failUnder)")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.catalogue()
        let loader = Loader(reader: SpecReader(catalogue: catalogue))
        let timings = PhaseTimings()
        let (domesticDocument, internationalDocument) = try loader.loadPair(domestic, international)
        timings.mark("read both documents")
        if domesticDocument.role == .international {
            Console.error(
                "\(domestic): warning: the document under assessment has role international; expected domestic or regional"
            )
        }
        if internationalDocument.role == .domestic {
            Console.error(
                "\(international): warning: the reference has role domestic; expected international or regional")
        }

        let comparator = Comparator(
            catalogue: catalogue, options: ComparisonOptions(relativeTolerance: toleranceOption.tolerance))
        let comparison = comparator.compare(domesticDocument, internationalDocument)
        timings.mark("pair and judge")
        if let warning = comparison.declarationWarning { Console.error("warning: \(warning)") }
        for warning in comparison.warnings { Console.error("warning: \(warning)") }

        let chosen =
            format ?? output.flatMap(Self.format(forExtensionOf:)) ?? (Console.stdoutIsTerminal ? .text : .json)
        let rendered: [UInt8]
        switch chosen {
        case .json:
            // Over 100 MB for 100,000 pairs: written out in chunks as it is made, never held whole.
            try writeJSON(comparison)
            timings.mark("render and write json")
            KeptUntilExit.keep(domesticDocument, internationalDocument, comparison)
            try checkGate(comparison)
            return
        case .text:
            let environment = ProcessInfo.processInfo.environment
            let color =
                !noColor && output == nil && Console.stdoutIsTerminal
                && (environment["NO_COLOR"] ?? "").isEmpty
            rendered = Array(TextWriter(color: color, showAgreement: showAll).write(comparison).utf8)
        case .markdown:
            rendered = Array(
                MarkdownWriter(options: ReportOptions(language: .en, catalogue: catalogue)).write(comparison).utf8)
        case .html:
            rendered = Array(
                HTMLWriter(options: ReportOptions(language: .en, catalogue: catalogue)).write(comparison).utf8)
        case .csv:
            rendered = Array(
                CSVWriter(options: ReportOptions(language: .en, catalogue: catalogue)).pairs(comparison).utf8)
        }
        timings.mark("render \(chosen)")
        KeptUntilExit.keep(domesticDocument, internationalDocument, comparison, rendered)
        defer { timings.mark("write") }
        if let output {
            do {
                try AtomicFile.write(rendered, to: output)
            } catch {
                Console.error(error.description)
                throw Exit.cannotWrite
            }
        } else {
            // Text escapes itself (keeping its colours); other formats are escaped only on a terminal.
            Console.out(
                chosen != .text && chosen != .json && Console.stdoutIsTerminal
                    ? Array(TerminalText.escaped(String(decoding: rendered, as: UTF8.self)).utf8) : rendered)
        }
        try checkGate(comparison)
    }

    /// The comparison as JSON, to `--output` (atomically) or standard output, chunk by chunk.
    private func writeJSON(_ comparison: Comparison) throws {
        let writer = JSONWriter()
        guard let output else {
            writer.write(comparison) { Console.out($0) }
            return
        }
        do {
            try AtomicFile.write(to: output) { file in writer.write(comparison) { file.write($0) } }
        } catch {
            Console.error(error.description)
            throw Exit.cannotWrite
        }
    }

    private func checkGate(_ comparison: Comparison) throws {
        if let failUnder, comparison.score.value < failUnder {
            Console.error("score \(comparison.score.text) is below --fail-under \(failUnder)")
            throw Exit.gateFailed
        }
    }

    static func format(forExtensionOf path: String) -> ComparisonFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": .json
        case "txt", "text": .text
        case "md", "markdown": .markdown
        case "html", "htm": .html
        case "csv": .csv
        default: nil
        }
    }
}
