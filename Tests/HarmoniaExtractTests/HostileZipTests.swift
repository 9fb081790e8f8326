import Foundation
import HarmoniaIngest
import Testing

@testable import HarmoniaExtract

/// Zips that must be refused before anything is inflated past the limits, each with a clear message.
@Suite("hostile zips")
struct HostileZipTests {
    func refusal(
        _ entries: [(String, Data)], limits: ZipLimits = .docx, compression: ZIPFoundationCompression = .deflate
    ) throws -> String {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("hostile.docx")
        try DOCX.zip(entries, to: url, compression: compression.method)
        let extraction = Extractor(zipLimits: limits).extract(file: url.path)
        #expect(extraction.draft == nil)
        #expect(!extraction.errors.isEmpty)
        return extraction.errors.map(\.description).joined(separator: "\n")
    }

    static let document = Data(
        #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"#
            .utf8)

    @Test("a zip that is not a DOCX")
    func notDOCX() throws {
        #expect(try refusal([("hello.txt", Data("hi".utf8))]).contains("not a DOCX"))
    }

    @Test(
        "path tricks in entry names",
        arguments: ["../evil.xml", "/etc/passwd", "word\\document.xml", "C:/x.xml", "a/../../b"])
    func pathTricks(_ name: String) throws {
        #expect(try refusal([("word/document.xml", Self.document), (name, Data("x".utf8))]).contains("zip entry"))
    }

    @Test("a zip bomb: a member compressed past the ratio limit")
    func bomb() throws {
        let zeros = Data(count: 4 << 20)
        let message = try refusal([("word/document.xml", zeros)])
        #expect(message.contains("compressed") && message.contains("100:1"))
    }

    @Test("a member larger than the member limit, and too many entries")
    func sizes() throws {
        let big = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) })
        var small = ZipLimits.docx
        small.maxMemberBytes = 100_000
        #expect(
            try refusal([("word/document.xml", big)], limits: small, compression: .none).contains(
                "past the limit of 100000"))
        small = .docx
        small.maxEntries = 3
        let many = (0..<5).map { ("part\($0).xml", Data("x".utf8)) }
        #expect(
            try refusal([("word/document.xml", Self.document)] + many, limits: small).contains("more than 3 entries"))
    }

    @Test("a .docx that is not a zip, and bytes that only start like one")
    func notAZip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("text.docx")
        try Data("just some text".utf8).write(to: text)
        #expect(
            Extractor().extract(file: text.path).errors.first?.description.contains("not a document Harmonia can read")
                == true)
        let fake = folder.appendingPathComponent("fake.docx")
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0xFF, count: 64)).write(to: fake)
        #expect(Extractor().extract(file: fake.path).errors.first?.description.contains("not a zip archive") == true)
    }

    @Test("word/document.xml gets the XML guards: a DOCTYPE is refused")
    func doctypeInPart() throws {
        let body = Data(
            #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "y">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"#
                .utf8)
        #expect(try refusal([("word/document.xml", body)]).contains("word/document.xml"))
    }
}

/// ZIPFoundation's compression method, named here so the arguments above read plainly.
enum ZIPFoundationCompression {
    case deflate, none
}
