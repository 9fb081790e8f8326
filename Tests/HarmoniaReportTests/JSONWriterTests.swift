import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("strings are escaped and keys keep the contract's order")
    func escaping() throws {
        let text = """
            <spec xmlns="urn:harmonia:spec:1" id="A &quot;quoted&quot; \\ id" role="domestic"><meta><title>t</title></meta>
            <section num="1"><indicator id="x" concept="mpe"><value>±1 mg</value><justification>line
            two\ttab</justification></indicator></section></spec>
            """
        let document = try #require(SpecReader().read(bytes: Array(text.utf8), name: "a.xml").document)
        let json = JSONWriter().write(Comparator().compare(document, document))
        #expect(json.contains(#""id": "A \"quoted\" \\ id""#))
        let keys = ["\"format\"", "\"version\"", "\"domestic\"", "\"international\"", "\"summary\"", "\"pairs\""]
        let positions = keys.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }
}
