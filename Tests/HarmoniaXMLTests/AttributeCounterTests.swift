import Testing

@testable import HarmoniaXML

@Suite("attributes counted before libxml2 parses")
struct AttributeCounterTests {
    /// The line of the first start tag with more than `limit` attributes, the text fed `piece` bytes at a time.
    private func firstOver(_ limit: Int, in text: String, piece: Int = .max) -> Int? {
        var counter = AttributeCounter(limit: limit)
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            if let offset = bytes[start..<end].withUnsafeBytes({ counter.scan($0) }) {
                return bytes.withUnsafeBytes { AttributeCounter.line(at: offset, in: $0) }
            }
            start = end
        }
        return nil
    }

    static let document = """
        <?xml version="1.0"?>
        <!-- a=1 b=2 c=3 <x d=4> -->
        <root a="1" b='x=y>z' c="&quot;=">
          <?pi e=1 f=2 g=3?>
          <![CDATA[ <x h=1 i=2 j=3> ]]>
          text with = signs = here
          <child k="1" l="2"/>
          <three m="1" n="2" o="3"/></root>
        """

    @Test("only attributes of start tags count: not values, comments, CDATA, instructions or text")
    func countsOnlyAttributes() {
        #expect(firstOver(3, in: Self.document) == nil)
        #expect(firstOver(2, in: Self.document) == 3)
        let withoutRoot = Self.document.replacingOccurrences(of: "c=\"&quot;=\"", with: "")
        #expect(firstOver(2, in: withoutRoot) == 8)
    }

    @Test("fed in pieces of any size, the count is the same")
    func pieces() {
        for piece in 1...12 {
            #expect(firstOver(2, in: Self.document, piece: piece) == 3, "pieces of \(piece)")
            #expect(firstOver(3, in: Self.document, piece: piece) == nil, "pieces of \(piece)")
        }
    }

    @Test("a document past the limit is refused with the line, from a file and from memory")
    func refused() throws {
        let text = "<r>\n<e " + (0..<50).map { "a\($0)=\"\"" }.joined(separator: " ") + "/></r>"
        var limits = XMLLimits.default
        limits.maxAttributes = 49
        #expect(throws: XMLError.self) { try XMLDocument.parse(bytes: Array(text.utf8), url: "m.xml", limits: limits) }
        do {
            _ = try XMLDocument.parse(bytes: Array(text.utf8), url: "m.xml", limits: limits)
        } catch {
            #expect(error.line == 2 && error.message.contains("more attributes than the limit of 49"))
        }
        let directory = try TemporaryDirectory()
        let file = try directory.write("many.xml", text)
        do {
            _ = try XMLDocument.parse(file: file, limits: limits)
            Issue.record("a file past the limit was parsed")
        } catch {
            #expect(error.line == 2 && error.message.contains("more attributes than the limit of 49"), "\(error)")
        }
        limits.maxAttributes = 50
        #expect(try XMLDocument.parse(bytes: Array(text.utf8), url: "m.xml", limits: limits).root != nil)
        #expect(try XMLDocument.parse(file: file, limits: limits).root != nil)
    }
}
