import Foundation
import HarmoniaXML
import Testing

/// Only white space may follow the document element, in memory and in a file.
@Suite("content after the document element")
struct TrailingContentTests {
    static let document = "<?xml version=\"1.0\"?>\n<h:root xmlns:h=\"urn:x\"><h:a>1</h:a></h:root >"

    @Test(
        "refused: NUL bytes and junk, text, a second element, a NUL after a comment",
        arguments: [
            Array("\0\0\0junk".utf8), Array("junk".utf8), Array("\n<root/>".utf8), Array("<!-- c -->\0<x/>".utf8), [0],
            Array("\0<!-- c -->".utf8),
        ])
    func refused(_ tail: [UInt8]) throws {
        let bytes = Array(Self.document.utf8) + tail
        let error = #expect(throws: XMLError.self) { try XMLDocument.parse(bytes: bytes, url: "t.xml") }
        #expect(error?.description.contains("t.xml") == true)
        // Through a file too, where libxml2 stops reading at the NUL.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trailing-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        #expect(throws: XMLError.self) { try XMLDocument.parse(file: url.path) }
    }

    @Test("accepted: nothing, white space, comments and processing instructions (XML's Misc); an empty root")
    func accepted() throws {
        for tail in ["", "\n", " \r\n\t\n", "\n<!-- copy 1 -->\n", "<?pi x?>"] {
            _ = try XMLDocument.parse(bytes: Array((Self.document + tail).utf8), url: "t.xml")
        }
        _ = try XMLDocument.parse(bytes: Array("<root a=\"1\"/>\n".utf8), url: "t.xml")
        _ = try XMLDocument.parse(bytes: Array("<root></root>".utf8), url: "t.xml")
    }
}
