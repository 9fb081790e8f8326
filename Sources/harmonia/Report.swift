import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaText

/// Interface languages of `report`.
enum ReportLanguageArgument: String, ExpressibleByArgument, CaseIterable {
    case zh, en

    var language: ReportLanguage { self == .zh ? .zh : .en }
}

/// `--comments`.
enum CommentSelectionArgument: String, ExpressibleByArgument, CaseIterable {
    case all, proposals

    var selection: CommentSelection { self == .all ? .all : .proposals }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the submission pack: HTML and Markdown reports, annex tables, pairs and a comment sheet.",
        discussion: """
            Compares DOMESTIC with INTERNATIONAL as `compare` does and writes into DIR: report.html (one \
            self-contained page), report.md, correspondence.csv (章条编号对照一览表), differences.csv \
            (技术性差异及其原因一览表), annexes.docx (both annex tables, ready to paste), pairs.csv, and the \
            comment sheet in the ISO/IEC/OIML template layout as comments.csv and comments.docx (only when \
            INTERNATIONAL is an international document; between two regional specifications no comment sheet \
            is written). CSV files are RFC 4180, UTF-8 with a byte-order mark.

            Interface text follows --lang (default: the domestic document's language, zh or en); the documents' \
            own text stays as written; the comment sheet is always in English, one row per deviating \
            requirement. The same input gives byte-identical files; no date appears unless --date is given.

            Files are written atomically; on an input error (exit 65 or 66) nothing is written; when DIR \
            cannot be written the exit status is 73.

            On success one line on standard error gives the score, the degree and where the pack was written.

            Example (from the source folder):
              harmonia report fixtures/weights/jjg-99-2006.xml \\
                fixtures/weights/oiml-r111-1-2004.xml --output pack --member-body CN
            """
    )

    @Argument(help: ArgumentHelp("The document under assessment.", valueName: "DOMESTIC"))
    var domestic: String

    @Argument(help: ArgumentHelp("The reference document.", valueName: "INTERNATIONAL"))
    var international: String

    @Option(
        name: [.customLong("output"), .customLong("out")],
        help: ArgumentHelp(
            "The folder to write the pack into (created when missing); --out is the same option.", valueName: "DIR"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Comment sheet rows: all (every deviating requirement; observations leave Proposed change empty) or proposals (only the member body's proposals).",
            valueName: "WHICH"))
    var comments: CommentSelectionArgument = .all

    @Option(name: .long, help: "Interface language: zh or en. Default: the domestic document's language.")
    var lang: ReportLanguageArgument?

    @Option(
        name: .customLong("member-body"),
        help: ArgumentHelp(
            "The member body (national committee) for the comment sheet's MB/NC column, on every row, e.g. CN. Default: empty.",
            valueName: "CODE"))
    var memberBody: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The OIML/ISO project the comments are on, for the comment sheet's Project header, e.g. \"TC 8/SC 5, revision of R 49-1\". Default: empty.",
            valueName: "TEXT"))
    var project: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The date of the reports and of the comment sheet (its header, and a Date column on every row of comments.csv), as YYYY-MM-DD. Default: none, so the same input gives the same bytes.",
            valueName: "DATE"))
    var date: String?

    @OptionGroup var toleranceOption: ToleranceOption

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        if out.isEmpty { throw ValidationError("--output takes a folder, not an empty string") }
        if let date, ReportDate(date) == nil {
            throw ValidationError("--date takes a calendar date as YYYY-MM-DD, not '\(date)'")
        }
        if let memberBody {
            guard !memberBody.isEmpty, memberBody.count <= 64,
                !memberBody.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            else {
                throw ValidationError(
                    "--member-body takes a short code such as CN (at most 64 characters, no control characters)")
            }
        }
        if let project,
            project.count > 200 || project.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        {
            throw ValidationError("--project takes one line of text (at most 200 characters, no control characters)")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.catalogue()
        let loader = Loader(reader: SpecReader(catalogue: catalogue))
        // Both inputs are read, and any error reported, before anything is written.
        let (domesticDocument, internationalDocument) = try loader.loadPair(domestic, international)
        let comparator = Comparator(
            catalogue: catalogue, options: ComparisonOptions(relativeTolerance: toleranceOption.tolerance))
        let comparison = comparator.compare(domesticDocument, internationalDocument)
        if let warning = comparison.declarationWarning { Console.error("warning: \(warning)") }
        for warning in comparison.warnings { Console.error("warning: \(warning)") }

        let language = lang?.language ?? ReportLanguage(tag: domesticDocument.language)
        let options = ReportOptions(
            language: language, memberBody: memberBody, date: date, project: project, catalogue: catalogue,
            comments: comments.selection)
        let written: [String]
        do {
            written = try ReportPack(options: options).write(comparison, to: out)
        } catch {
            Console.error(error.description)
            throw Exit.cannotWrite
        }
        Console.error(Self.summary(comparison, files: written.count, folder: out))
    }

    /// The one line printed on success: score, degree (and the declared one), and where the pack went.
    static func summary(_ comparison: Comparison, files: Int, folder: String) -> String {
        let degree = comparison.degree
        let declared = degree.declared.map { " (declared \($0.rawValue))" } ?? ""
        let sheet =
            ReportPack.hasCommentSheet(comparison)
            ? ""
            : " (no comment sheet: the reference \(comparison.international.id) is not an international document)"
        return "score \(comparison.score.text), degree \(degree.computed.rawValue)\(declared); "
            + Counted.noun(files, "file") + " written to \(folder)\(sheet)"
    }
}
