import Foundation
import HarmoniaAlign
import HarmoniaModel
internal import ZIPFoundation

/// Writes the comment sheet as a Word document (WordprocessingML in a ZIP): a landscape page with the
/// ISO/IEC/OIML template's table, its header row repeated on every page.
///
/// The package holds only what Word and LibreOffice need (`[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml`, `word/styles.xml`, `word/footer1.xml` (page X of Y), `word/_rels/document.xml.rels`,
/// `docProps/core.xml`). Entries
/// carry a fixed time stamp (1980-01-01, the earliest a ZIP can hold, or `--date`), so the same input
/// gives the same bytes.
public struct DOCXWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The comment sheet as the bytes of a `.docx` package.
    public func write(_ comparison: Comparison) throws(WriteError) -> [UInt8] {
        let sheet = CommentSheet(comparison, options: options)
        let title = sheet.rules.fill("heading", ["iid": sheet.model.iid])
        return try package(
            name: "comments.docx", title: title, document: document(sheet), footer: sheet.rules.fill("footer"))
    }

    /// The two annex tables (章条编号对照一览表, 技术性差异及其原因一览表) as a `.docx` ready to paste
    /// into the document's annex, in the report's language.
    public func annexes(_ comparison: Comparison) throws(WriteError) -> [UInt8] {
        let model = ReportModel(comparison, options: options)
        return try package(
            name: "annexes.docx", title: model.strings["section.annexA"], document: AnnexDOCX.document(model),
            footer: model.strings["docx.footer"])
    }

    private func package(name: String, title: String, document: String, footer: String) throws(WriteError) -> [UInt8] {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypes),
            ("_rels/.rels", DOCXParts.packageRelationships),
            ("docProps/core.xml", DOCXParts.coreProperties(title: title, date: options.date)),
            ("word/_rels/document.xml.rels", DOCXParts.documentRelationships),
            ("word/styles.xml", DOCXParts.styles),
            ("word/document.xml", document),
            ("word/footer1.xml", DOCXParts.footer(footer)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let stamp = timestamp
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError(path: name, message: "the ZIP archive is empty") }
            return Array(data)
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: name, message: "cannot build the ZIP archive: \(error)")
        }
    }

    /// Noon UTC on `--date` when it is a valid `YYYY-MM-DD`, else 1980-01-01.
    private var timestamp: Date {
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        components.year = 1980
        components.month = 1
        components.day = 1
        components.hour = 12
        if let date = options.date, let parsed = ReportDate(date) {
            components.year = parsed.year
            components.month = parsed.month
            components.day = parsed.day
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_576_000)
    }

    /// `word/document.xml`: the template's heading, its Date/Document/Project header, the legend and the table.
    func document(_ sheet: CommentSheet) -> String {
        let rules = sheet.rules
        var body = DOCXParts.paragraph(rules.fill("heading", ["iid": sheet.model.iid]), style: "Title")
        body += DOCXParts.table(
            sheet.header.map { [$0.0, $0.1] }, widths: [2000, 13136], header: false, boldFirstColumn: true)
        body += DOCXParts.paragraph(rules.fill("legend"))
        let rows = sheet.rows
        let withJustification = CommentSheet.needsJustificationColumn(rows)
        let widths = withJustification ? Self.widthsWithJustification : Self.widths
        body += DOCXParts.table(
            [sheet.headings(for: rows)] + rows.map { $0.fields(withJustification: withJustification) },
            widths: widths, header: true)
        return DOCXParts.document(body: body, landscape: true)
    }

    /// Column widths in twentieths of a point; they add up to the landscape text width (15136). Wide
    /// enough that no heading word breaks ("Type of comment" wraps between words only); Comments, which
    /// holds every row's text, is the widest, Proposed change (empty on observation rows) next.
    static let widths = [700, 1000, 1300, 1400, 1300, 5000, 2836, 1600]
    static let widthsWithJustification = [700, 1000, 1300, 1400, 1300, 4200, 1836, 1600, 1800]
}

/// A `YYYY-MM-DD` date, checked for a real calendar day.
public struct ReportDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads `YYYY-MM-DD`; `nil` for any other form or a day the calendar does not have.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }
}
