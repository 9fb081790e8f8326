import ArgumentParser
import HarmoniaReport

@main
struct Harmonia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harmonia",
        abstract: "Measure how closely a domestic metrological specification matches an international one.",
        discussion: """
            Harmonia reads specifications in its XML format (urn:harmonia:spec:1) — and, through `extract` or \
            directly, Metanorma XML, NISO/ISO STS and DOCX drafts — pairs their key technical \
            indicators, gives each pair a verdict, scores the consistency and computes the degree of \
            correspondence (IDT / MOD / NEQ) by ISO/IEC Guide 21-1 and JJF 1868-2020.

            Exit status: 0 done, 1 a gate failed (--fail-under), 64 bad command line, 65 an input is not \
            valid, 66 an input cannot be read, 73 an output cannot be written, 74 the history database failed.

            Examples (from the source folder):
              harmonia compare fixtures/weights/jjg-99-2006.xml \\
                fixtures/weights/oiml-r111-1-2004.xml
              harmonia report fixtures/weights/jjg-99-2006.xml \\
                fixtures/weights/oiml-r111-1-2004.xml --output pack
              harmonia help report
            """,
        version: HarmoniaVersion.current,
        subcommands: [
            Compare.self, Validate.self, Inspect.self, Report.self, Track.self, Extract.self, SurveyCommand.self,
        ]
    )
}
