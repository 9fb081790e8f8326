import Foundation
import HarmoniaAlign
import HarmoniaReport
import HarmoniaXML
import Testing

@Suite("DOCX comment sheet")
struct DOCXWriterTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")

    @Test("the package has its parts, well-formed, with a landscape page and a table whose header repeats")
    func package() throws {
        let result = try comparison(Self.weights)
        let bytes = try DOCXWriter(options: goldenOptions).write(result)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let entries = try unzip(bytes)
        for part in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
            "word/_rels/document.xml.rels", "docProps/core.xml",
        ] {
            let data = try #require(entries[part], "missing \(part)")
            _ = try XMLDocument.parse(bytes: Array(data), url: part)
        }
        let xml = try parseXML(String(decoding: entries["word/document.xml"]!, as: UTF8.self), name: "document.xml")
        let all = descendants(try #require(xml.root))
        let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        #expect(all.contains { $0.localName == "tbl" && $0.namespaceURI == wordNamespace })
        #expect(all.filter { $0.localName == "tblHeader" }.count == 1)
        let pageSize = try #require(all.first { $0.localName == "pgSz" })
        #expect(pageSize.attribute("orient", namespaceURI: wordNamespace) == "landscape")
        let width = Int(pageSize.attribute("w", namespaceURI: wordNamespace) ?? "") ?? 0
        let height = Int(pageSize.attribute("h", namespaceURI: wordNamespace) ?? "") ?? 0
        #expect(width > height)
        // The template's header (Date, Document, Project), then the comment table: a heading row plus one
        // row per deviating requirement, as in the CSV.
        let tables = all.filter { $0.localName == "tbl" }
        #expect(tables.count == 2)
        let headerRows = descendants(tables[0]).filter { $0.localName == "tr" }.map {
            descendants($0).filter { $0.localName == "tc" }.first?.textContent ?? ""
        }
        #expect(headerRows == ["Date", "Document", "Project"])
        let rows = descendants(tables[1]).filter { $0.localName == "tr" }
        let csv = parseCSV(CSVWriter(options: goldenOptions).comments(result))
        #expect(rows.count == csv.count)
        let headingCells = rows.first.map { descendants($0).filter { $0.localName == "tc" }.map(\.textContent) }
        #expect(
            headingCells.map { Array($0.prefix(8)) } == [
                "MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note",
                "Type of comment", "Comments", "Proposed change", "Observations of the secretariat",
            ])
        let text = String(decoding: entries["word/document.xml"]!, as: UTF8.self)
        #expect(text.contains("ge = general, te = technical, ed = editorial"))
    }

    @Test("the same input gives the same bytes; --date sets the entries' time stamp and the created date")
    func deterministic() throws {
        let result = try comparison(Self.weights)
        let first = try DOCXWriter(options: goldenOptions).write(result)
        let second = try DOCXWriter(options: goldenOptions).write(result)
        #expect(first == second)
        let dated = try DOCXWriter(options: ReportOptions(language: .zh, memberBody: "CN", date: "2024-05-01")).write(
            result)
        #expect(dated != first)
        let core = String(decoding: try unzip(dated)["docProps/core.xml"]!, as: UTF8.self)
        #expect(core.contains("2024-05-01T00:00:00Z"))
        #expect(!String(decoding: try unzip(first)["docProps/core.xml"]!, as: UTF8.self).contains("created"))
    }

    @Test("LibreOffice converts it to PDF (skipped when LibreOffice is not installed)")
    func libreOffice() throws {
        guard let office = ["libreoffice", "soffice"].lazy.compactMap(Self.onPath).first else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("comments.docx")
        try Data(try DOCXWriter(options: goldenOptions).write(try comparison(Self.weights))).write(to: docx)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path,
            "--convert-to", "pdf", "--outdir", folder.path, docx.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("comments.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 2000)
    }

    static func onPath(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
