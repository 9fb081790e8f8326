import Foundation
import HarmoniaXML
import Testing

@Suite struct XMLStreamReaderTests {
    typealias Event = XMLStreamReader.Event

    @Test func yieldsTheEventSequence() throws {
        let text = """
            <?xml version="1.0"?>
            <s:spec xmlns:s="urn:spec" version="1">
              <item id="a" s:kind="x">one &amp; <![CDATA[<two>]]><!-- c -->three</item>
              <empty/>
              <pair></pair>
            </s:spec>
            """
        let reader = try XMLStreamReader(bytes: Array(text.utf8), url: "stream.xml")
        var events: [Event] = []
        while let event = try reader.next() { events.append(event) }
        #expect(events == [
            .startElement(localName: "spec", namespaceURI: "urn:spec", attributes: [XMLAttribute(localName: "version", value: "1")], line: 2, isEmpty: false),
            .text("\n  "),
            .startElement(
                localName: "item", namespaceURI: nil,
                attributes: [
                    XMLAttribute(localName: "id", value: "a"),
                    XMLAttribute(localName: "kind", namespaceURI: "urn:spec", prefix: "s", value: "x"),
                ], line: 3, isEmpty: false),
            .text("one & <two>"),
            .text("three"),
            .endElement(localName: "item", namespaceURI: nil),
            .text("\n  "),
            .startElement(localName: "empty", namespaceURI: nil, attributes: [], line: 4, isEmpty: true),
            .endElement(localName: "empty", namespaceURI: nil),
            .text("\n  "),
            .startElement(localName: "pair", namespaceURI: nil, attributes: [], line: 5, isEmpty: false),
            .endElement(localName: "pair", namespaceURI: nil),
            .text("\n"),
            .endElement(localName: "spec", namespaceURI: "urn:spec"),
        ])
        #expect(try reader.next() == nil)
        #expect(reader.warnings.isEmpty)

        let trimmed = drain(try XMLStreamReader(bytes: Array(text.utf8), url: "s", options: .removeBlankText)).events
        #expect(!trimmed.contains(.text("\n  ")))
        #expect(trimmed.count == events.count - 4)
    }

    @Test func fileAndBytesAgreeAcrossChunks() throws {
        // Larger than several 64 KiB chunks, with a text run that straddles chunk boundaries.
        let long = String(repeating: "0123456789", count: 20_000)
        var text = "<list>\n"
        for index in 0..<2_000 { text += "  <item n=\"\(index)\">value \(index)</item>\n" }
        text += "  <long>\(long)</long>\n</list>\n"
        let directory = try TemporaryDirectory()
        let path = try directory.write("large.xml", text)
        let fromFile = drain(try XMLStreamReader(file: path))
        let fromBytes = drain(try XMLStreamReader(bytes: Array(text.utf8), url: path))
        #expect(fromFile.error == nil)
        #expect(fromFile.events == fromBytes.events)
        let starts = fromFile.events.filter { if case .startElement = $0 { true } else { false } }
        #expect(starts.count == 2_002)
        #expect(fromFile.events.contains(.text(long)))
        #expect(starts.last == .startElement(localName: "long", namespaceURI: nil, attributes: [], line: 2_002, isEmpty: false))
    }

    @Test func reportsEventsBeforeAnErrorThenTheError() throws {
        let text = "<a>\n  <b>x</b>\n  <c>\n</a>"
        let reader = try XMLStreamReader(bytes: Array(text.utf8), url: "broken.xml")
        let (events, error) = drain(reader)
        #expect(events.first == .startElement(localName: "a", namespaceURI: nil, attributes: [], line: 1, isEmpty: false))
        #expect(events.contains(.endElement(localName: "b", namespaceURI: nil)))
        #expect(!events.contains(.endElement(localName: "a", namespaceURI: nil)))
        let failure = try #require(error)
        #expect(failure.file == "broken.xml")
        #expect(failure.line == 4)
        #expect(failure.message == "Opening and ending tag mismatch: c line 3 and a")
        // The reader stays failed.
        let again = try #require(throws: XMLError.self) { try reader.next() }
        #expect(again == failure)
    }

    @Test func enforcesDepthAndDoctypeLimits() throws {
        let deep = "<a>\n<b>\n<c>\n<d/></c></b></a>"
        let (events, error) = drain(try XMLStreamReader(bytes: Array(deep.utf8), url: "deep", limits: XMLLimits(maxDepth: 3)))
        #expect(events.filter { if case .startElement = $0 { true } else { false } }.count == 3)
        #expect(error?.message == "elements are nested deeper than the limit of 3")
        #expect(error?.line == 4)

        let doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>"
        let refused = drain(try XMLStreamReader(bytes: Array(doctype.utf8), url: "d", options: .forbidDoctype))
        #expect(refused.events.isEmpty)
        #expect(refused.error?.line == 2)
        let allowed = drain(try XMLStreamReader(bytes: Array(doctype.utf8), url: "d"))
        #expect(allowed.error == nil)
        #expect(allowed.events.count == 2)  // the entity reference is not expanded
    }
}
