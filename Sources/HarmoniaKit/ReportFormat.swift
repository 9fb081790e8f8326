/// Every format a `Comparison` can be rendered in, one file each.
///
/// The first five are `harmonia compare --format`'s; the rest are the files of the submission pack that
/// `harmonia report` writes (`ReportPack`), which also holds `html` and `markdown`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// The terminal summary, without colour; deviations only.
    case text
    /// The comparison as JSON (`harmonia.comparison`, version 2; see `docs/comparison.md`).
    case json
    /// The Markdown report (`report.md`).
    case markdown
    /// The self-contained HTML report (`report.html`).
    case html
    /// Every pair, one CSV row each (`pairs.csv`).
    case csv
    /// The clause correspondence table, 章条编号对照一览表 (`correspondence.csv`).
    case correspondenceCSV
    /// The table of technical differences and their reasons, 技术性差异及其原因一览表 (`differences.csv`).
    case differencesCSV
    /// The comment sheet in the ISO/IEC/OIML template layout, as CSV (`comments.csv`).
    case commentsCSV
    /// The same comment sheet as a Word document (`comments.docx`).
    case commentsDOCX
    /// Both annex tables as a Word document, ready to paste into the document's annex (`annexes.docx`).
    case annexesDOCX

    /// The file name this format has in a report pack, or its usual extension's name for `text` and `json`.
    public var fileName: String {
        switch self {
        case .text: "report.txt"
        case .json: "comparison.json"
        case .markdown: "report.md"
        case .html: "report.html"
        case .csv: "pairs.csv"
        case .correspondenceCSV: "correspondence.csv"
        case .differencesCSV: "differences.csv"
        case .commentsCSV: "comments.csv"
        case .commentsDOCX: "comments.docx"
        case .annexesDOCX: "annexes.docx"
        }
    }

    /// The comparison in this format. Text formats are UTF-8; CSV files carry a byte-order mark.
    /// - Throws: `WriteError` only for ``commentsDOCX`` and ``annexesDOCX``.
    public func render(_ comparison: Comparison, options: ReportOptions = ReportOptions()) throws(WriteError) -> [UInt8]
    {
        switch self {
        case .text: Array(TextWriter(color: false).write(comparison).utf8)
        case .json: JSONWriter().bytes(comparison)
        case .markdown: Array(MarkdownWriter(options: options).write(comparison).utf8)
        case .html: Array(HTMLWriter(options: options).write(comparison).utf8)
        case .csv: Array(CSVWriter(options: options).pairs(comparison).utf8)
        case .correspondenceCSV: Array(CSVWriter(options: options).correspondence(comparison).utf8)
        case .differencesCSV: Array(CSVWriter(options: options).differences(comparison).utf8)
        case .commentsCSV: Array(CSVWriter(options: options).comments(comparison).utf8)
        case .commentsDOCX: try DOCXWriter(options: options).write(comparison)
        case .annexesDOCX: try DOCXWriter(options: options).annexes(comparison)
        }
    }
}
