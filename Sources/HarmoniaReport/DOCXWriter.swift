import Foundation
import HarmoniaAlign
import HarmoniaModel
internal import ZIPFoundation

/// Writes the comment sheet as a Word document (WordprocessingML in a ZIP): a landscape page with the
/// ISO/IEC/OIML template's table, its header row repeated on every page.
///
/// The package holds only what Word and LibreOffice need (`[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml`, `word/styles.xml`, `word/_rels/document.xml.rels`, `docProps/core.xml`). Entries
/// carry a fixed time stamp (1980-01-01, the earliest a ZIP can hold, or `--date`), so the same input
/// gives the same bytes.
public struct DOCXWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The comment sheet as the bytes of a `.docx` package.
    public func write(_ comparison: Comparison) throws(WriteError) -> [UInt8] {
        let model = ReportModel(comparison, options: options)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypes),
            ("_rels/.rels", DOCXParts.packageRelationships),
            ("docProps/core.xml", DOCXParts.coreProperties(title: model.strings.fill("comment.heading", ["iid": model.iid]),
                                                           date: options.date)),
            ("word/_rels/document.xml.rels", DOCXParts.documentRelationships),
            ("word/styles.xml", DOCXParts.styles),
            ("word/document.xml", document(model)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let stamp = timestamp
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError(path: "comments.docx", message: "the ZIP archive is empty") }
            return Array(data)
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: "comments.docx", message: "cannot build the ZIP archive: \(error)")
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

    /// `word/document.xml`: a heading, a line on where the comments come from, and the table.
    func document(_ model: ReportModel) -> String {
        let s = model.strings
        var body = DOCXParts.paragraph(s.fill("comment.heading", ["iid": model.iid]), style: "Title")
        body += DOCXParts.paragraph(s.fill("comment.subheading", [
            "did": model.did, "degree": model.comparison.degree.computed.rawValue, "score": model.comparison.score.text,
        ]))
        if let date = options.date { body += DOCXParts.paragraph(s.fill("comment.date", ["date": date])) }
        body += table(CommentSheet.rows(model))
        // Landscape A4 (the page is wider than high: w > h), margins of 1.5 cm.
        body += """
        <w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>\
        <w:pgMar w:top="851" w:right="851" w:bottom="851" w:left="851" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
        """
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(DOCXParts.wordNamespace)" xmlns:r="\(DOCXParts.relationshipNamespace)"><w:body>\(body)</w:body></w:document>

        """
    }

    /// Column widths in twentieths of a point; they add up to the landscape text width (15136).
    private static let widths = [800, 1000, 1200, 1600, 1000, 3800, 3700, 2036]

    private func table(_ rows: [CommentRow]) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"CommentTable\"/><w:tblW w:w=\"15136\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>" }.joined()
            + "</w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + Self.widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // The heading row repeats on every page (w:tblHeader) and never splits.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            + zip(CommentSheet.headings, Self.widths).map { cell($0.0, width: $0.1, bold: true, shaded: true) }.joined() + "</w:tr>"
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                + zip(row.fields, Self.widths).map { cell($0.0, width: $0.1, bold: false, shaded: false) }.joined() + "</w:tr>"
        }
        return xml + "</w:tbl>" + DOCXParts.paragraph("")
    }

    private func cell(_ text: String, width: Int, bold: Bool, shaded: Bool) -> String {
        var properties = "<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if shaded { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" }
        properties += "</w:tcPr>"
        return "<w:tc>" + properties + DOCXParts.paragraph(text, bold: bold, style: "TableText") + "</w:tc>"
    }
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
              (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }
}
