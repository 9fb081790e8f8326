import Foundation
import HarmoniaXML
import Testing

/// ``XMLLimits/maxElements``: the tree's memory is bounded by its element count, whatever the file size.
@Suite struct XMLResourceLimitTests {
    /// A root holding `count` empty children, one per line after the first.
    static func flat(_ count: Int) -> String {
        "<a>\n" + String(repeating: "<b/>\n", count: count) + "</a>"
    }

    @Test func elementLimitIsEnforcedByTheDocumentParser() throws {
        // The root counts: 1 + 3 elements.
        _ = try XMLDocument.parse(bytes: Array(Self.flat(3).utf8), url: "ok", limits: XMLLimits(maxElements: 4))
        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(Self.flat(4).utf8), url: "many", limits: XMLLimits(maxElements: 4))
        }
        #expect(error.message == "the document has more elements than the limit of 4")
        #expect(error.file == "many")
        #expect(error.line == 5)
        #expect(!error.isReadFailure)
    }

    @Test func defaultLimitsAllowAnyNumberOfElements() {
        #expect(XMLLimits.default.maxElements == .max)
        #expect(XMLLimits().maxElements == .max)
    }

    /// A million elements in 5 MB: refused at the limit, long before the tree holds them all.
    @Test func aDenseFileStopsAtTheLimitCheaply() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("dense.xml", Self.flat(1_000_000))
        let started = ContinuousClock.now
        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(file: path, limits: XMLLimits(maxElements: 10_000))
        }
        #expect(error.message.contains("10000"))
        #expect(error.line == 10_001)
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}
