import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaText
import Testing

@testable import HarmoniaReport

@Suite("JSON written in pieces on all cores")
struct JSONParallelTests {
    @Test("a long list written in pieces is byte for byte the list written one element at a time")
    func piecesJoinExactly() {
        let items = (0..<(JSONBuilder.parallelThreshold * 3 + 7)).map { "item \($0) \"quoted\"\n±" }
        for leading in [false, true] {
            var pieces = JSONBuilder()
            var sequential = JSONBuilder()
            for out in [0, 1] {
                func write(_ output: inout JSONBuilder, parallel: Bool) {
                    output.open("{")
                    if leading { output.field("before") { $0.raw("1") } }
                    output.field("items") { out in
                        out.open("[")
                        if parallel {
                            out.elements(items) { $0.string($1) }
                        } else {
                            for item in items { out.element { $0.string(item) } }
                        }
                        out.close("]")
                    }
                    output.close("}")
                }
                if out == 0 { write(&pieces, parallel: true) } else { write(&sequential, parallel: false) }
            }
            #expect(pieces.finish() == sequential.finish())
        }
    }

    @Test("a comparison of thousands of pairs writes every pair once, in the comparison's order")
    func largeComparison() throws {
        let count = JSONBuilder.parallelThreshold * 2 + 13
        let body = (0..<count).map { index in
            "<indicator id=\"i\(index)\" concept=\"mpe\"><where n=\"\(index)\"/><value>±\(index % 97 + 1) mg</value></indicator>"
        }.joined()
        let text = """
            <spec xmlns="urn:harmonia:spec:1" id="D" role="domestic"><meta><title>t</title></meta>
            <section num="1">\(body)</section></spec>
            """
        let document = try #require(SpecReader().read(bytes: Array(text.utf8), name: "d.xml").document)
        let comparison = Comparator().compare(document, document)
        let bytes = JSONWriter().bytes(comparison)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.count == count)
        let ids = pairs.compactMap { ($0["international"] as? [String: Any])?["id"] as? String }
        #expect(ids == comparison.pairs.map { $0.international!.id })
        // Streamed, the pieces go out as they are made; joined, they are the same bytes.
        var chunks: [[UInt8]] = []
        JSONWriter().write(comparison) { chunks.append($0) }
        #expect(chunks.count > 2)
        #expect(Array(chunks.joined()) == bytes)
    }

    @Test("pairs with qualifier differences come out the same in pieces as one by one, at any depth")
    func piecesWithDifferences() throws {
        let pair = try #require(FixturePair.all.first { $0.domestic == "jjg-443-2006" })
        let comparison = try HarmoniaReportTests.comparison(pair)
        let differing = comparison.pairs.filter { !$0.qualifierDifferences.isEmpty }
        try #require(!differing.isEmpty)
        // Enough pairs to be written in pieces, mixing pairs with and without differences.
        var pairs: [Pair] = []
        while pairs.count <= JSONBuilder.parallelThreshold { pairs += comparison.pairs }
        for depth in 0...3 {
            var pieces = JSONBuilder()
            var single = JSONBuilder()
            for _ in 0..<depth {
                pieces.open("[")
                single.open("[")
            }
            pieces.open("[")
            single.open("[")
            pieces.elements(pairs) { $0.pair($1) }
            for pair in pairs { single.element { $0.pair(pair) } }
            #expect(pieces.finish() == single.finish(), "depth \(depth)")
        }
    }
}
