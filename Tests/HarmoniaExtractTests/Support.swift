import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing
import ZIPFoundation

@testable import HarmoniaExtract

/// The repository's root, found from this file's path so tests run from any directory.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared/samples` beside the checkout; tests that need it skip, saying so, when it is absent.
let samplesDirectory: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

func sample(_ path: String) -> String? {
    let url = samplesDirectory.appendingPathComponent(path)
    return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
}

/// A document written for these tests, in `Tests/HarmoniaExtractTests/Resources`.
func resource(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/HarmoniaExtractTests/Resources").appendingPathComponent(name).path
}

/// Extracts and writes the specification, failing the test when the extraction has errors.
func extractText(
    _ path: String, overrides: Extractor.Overrides = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> (text: String, extraction: Extraction) {
    let extraction = Extractor().extract(file: path, overrides: overrides)
    guard let draft = extraction.draft, let format = extraction.format, extraction.errors.isEmpty else {
        Issue.record("not extracted: \(extraction.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return (
        SpecWriter.write(draft, sourceName: URL(fileURLWithPath: path).lastPathComponent, format: format), extraction
    )
}

/// The extracted text read back as `validate` reads it.
func readBack(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let result = SpecReader().read(bytes: Array(text.utf8), name: "extracted.xml")
    guard let document = result.document, result.errors.isEmpty else {
        Issue.record(
            "extraction does not validate: \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return document
}

/// Compares `text` with the golden file `Resources/NAME`; `HARMONIA_UPDATE_GOLDEN=1` rewrites it.
func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let path = resource(name)
    if ProcessInfo.processInfo.environment["HARMONIA_UPDATE_GOLDEN"] == "1" {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
        text == golden, "differs from \(name); review and rerun with HARMONIA_UPDATE_GOLDEN=1",
        sourceLocation: sourceLocation)
}

/// A DOCX built in memory: `[Content_Types].xml`, `word/document.xml` and, when given, `word/styles.xml`.
enum DOCX {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func file(body: String, styles: String? = nil, extra: [(String, Data)] = [], to url: URL) throws {
        var entries: [(String, Data)] = [
            (
                "[Content_Types].xml",
                Data(
                    #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
                        .utf8)
            ),
            (
                "word/document.xml",
                Data(
                    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="\#(w)"><w:body>\#(body)</w:body></w:document>"#
                        .utf8)
            ),
        ]
        if let styles {
            entries.append(
                (
                    "word/styles.xml",
                    Data(#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\#(w)">\#(styles)</w:styles>"#.utf8)
                ))
        }
        try zip(entries + extra, to: url)
    }

    static func zip(_ entries: [(String, Data)], to url: URL, compression: CompressionMethod = .deflate) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static func p(_ text: String, style: String? = nil, numbering: (level: Int, id: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if let numbering {
            properties +=
                #"<w:numPr><w:ilvl w:val="\#(numbering.level)"/><w:numId w:val="\#(numbering.id)"/></w:numPr>"#
        }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }

    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var properties = ""
        if span > 1 { properties += #"<w:gridSpan w:val="\#(span)"/>"# }
        if let merge { properties += merge == "restart" ? #"<w:vMerge w:val="restart"/>"# : "<w:vMerge/>" }
        return "<w:tc>" + (properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")
            + "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    static func row(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cells.joined() + "</w:tr>"
    }

    static let headingStyles =
        #"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>"#
}

extension ZIPFoundationCompression {
    var method: CompressionMethod { self == .deflate ? .deflate : .none }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-extract-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
