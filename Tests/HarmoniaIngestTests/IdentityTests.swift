import Foundation
import HarmoniaModel
import Synchronization
import Testing

@testable import HarmoniaIngest

/// The schema's `xs:unique` constraints are checked by the reader, not by libxml2 (README: "Choices").
@Suite("Ids and row keys unique as the schema says")
struct IdentityTests {
    @Test("written ids equal as xs:token values (white space collapsed) are duplicates")
    func tokenEqualIDs() {
        let result = read(twoIndicators("a  b", "a b"))
        #expect(result.document == nil)
        #expect(result.errors.contains { $0.message.contains("duplicate id \"a b\"") && $0.location.line == 6 })
        #expect(read(twoIndicators("a b", "a-b")).errors.isEmpty)
    }

    @Test("an indicator and a table may not share an id")
    func sharedSpace() {
        let text = spec(
            """
            <section num="1">
              <indicator id="t" concept="mpe"><value>±1 mg</value></indicator>
              <table id="t" concept="mpe" rows="r" cols="c" unit="mg" form="±"><head>x</head><row key="a">1</row></table>
            </section>
            """)
        #expect(read(text).errors.contains { $0.message.contains("duplicate id \"t\"") })
    }

    @Test("row keys equal as xs:token values are the same key twice")
    func tokenEqualRowKeys() {
        let text = spec(
            """
            <section num="1"><table id="t" concept="mpe" rows="r" cols="c" unit="mg" form="±"><head>x</head>
              <row key="1  kg">1</row><row key="1 kg">2</row></table></section>
            """)
        let result = read(text)
        #expect(result.document == nil)
        #expect(result.errors.contains { $0.message.contains("row key") && $0.message.contains("twice") })
    }

    @Test("the schema the reader uses is the shipped one without its two identity constraints")
    func runtimeSchema() throws {
        let url = try #require(SpecSchema.url)
        let shipped = try String(contentsOf: url, encoding: .utf8)
        #expect(shipped.components(separatedBy: "<xs:unique ").count - 1 == 2)
        let runtime = SpecSchema.withoutIdentityConstraints(shipped)
        #expect(!runtime.contains("xs:unique") && !runtime.contains("xs:selector") && !runtime.contains("xs:field"))
        #expect(runtime.count < shipped.count)
        #expect(SpecSchema.withoutIdentityConstraints("a<xs:unique name=\"u\"><x/></xs:unique>b") == "ab")
    }

    @Test("white space collapses as xs:token does")
    func collapsing() {
        #expect(DocumentBuilder.collapsingWhiteSpace("  a \t\n b  ") == "a b")
        #expect(DocumentBuilder.collapsingWhiteSpace("ab") == "ab")
        #expect(DocumentBuilder.collapsingWhiteSpace("a\u{3000}b") == "a\u{3000}b")
    }
}

@Suite("What a read remembers stays with the read")
struct ReadingMemoTests {
    @Test("the reader's parse memo answers as a fresh parse does, each read on its own thread with its own memo")
    func parseMemo() throws {
        let texts =
            (0..<400).map { "±\($0 % 37).\($0 % 7) mg" } + ["E2", "≤ 0.5 %", "-10 °C .. 40 °C", "500 e < m ≤ 2000 e"]
        let expected = try texts.map { try QuantityExpressionParser.parse($0).expression }
        // Eight reads at once, each asking every text several times: no memo is shared, none answers wrong.
        let answers = Mutex([[QuantityExpression?]](repeating: [], count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { read in
            let memo = ReadingMemo()
            let got = (0..<(texts.count * 3)).map { index in
                try? memo.parse(texts[(index * (read + 1)) % texts.count]).expression
            }
            answers.withLock { $0[read] = got }
        }
        answers.withLock { answers in
            for (read, got) in answers.enumerated() {
                #expect(got == (0..<(texts.count * 3)).map { expected[($0 * (read + 1)) % texts.count] })
            }
        }
    }

    @Test("qualifiers read from a document are plain values, equal to the same qualifiers made by hand")
    func plainQualifiers() throws {
        let text = spec(
            """
            <section num="1">
              <indicator id="a" concept="mpe"><where class="E2" nominal="1 kg"/><value>±1 mg</value></indicator>
              <indicator id="b" concept="mpe"><where class="E2" nominal="2 kg"/><value>±2 mg</value></indicator>
            </section>
            """)
        let first = try load(text)
        let second = try load(text)
        let a = first.indicators[0].qualifiers
        #expect(a[0] == first.indicators[1].qualifiers[0])
        #expect(a[1] != first.indicators[1].qualifiers[1])
        #expect(second.indicators[0].qualifiers == a)
        let made = Qualifier(name: "class", written: "E2", expression: a[0].expression)
        #expect(made == a[0] && made.hashValue == a[0].hashValue)
    }

    @Test("a where read from its bytes gives what the path for prefixed attributes gives, remembered or not")
    func qualifiersByBytesAndByStrings() throws {
        // The first `where` has no prefixed attribute (read by bytes, looked up in the memo the second
        // time); the third has one, so it is read attribute by attribute with the names checked.
        let text = spec(
            """
            <section num="1">
              <indicator id="a" concept="mpe"><where class=" E2 " nominal="1 kg" zone="a &amp; b"/><value>±1 mg</value></indicator>
              <indicator id="b" concept="mpe"><where class=" E2 " nominal="1 kg" zone="a &amp; b"/><value>±1 mg</value></indicator>
              <indicator id="c" concept="mpe"><where xmlns:h="urn:h" class=" E2 " h:nominal="1 kg" zone="a &amp; b"/><value>±1 mg</value></indicator>
            </section>
            """)
        let document = try load(text)
        let read = document.indicators.map(\.qualifiers)
        #expect(read[0].map(\.name) == ["class", "nominal", "zone"])
        #expect(read[0].map(\.written) == ["E2", "1 kg", "a & b"])
        #expect(read[0][1].expression != nil)
        #expect(read[1] == read[0])
        #expect(read[2] == read[0])
    }

    @Test("one qualifier named twice through a prefix is an error on the where's line")
    func qualifierTwiceThroughPrefix() throws {
        let result = read(
            spec(
                """
                <section num="1">
                  <indicator id="a" concept="mpe"><where xmlns:h="urn:h" class="E1" h:class="E2"/><value>±1 mg</value></indicator>
                </section>
                """))
        let messages = result.diagnostics.map(\.description)
        #expect(
            messages.contains { $0.contains("mem.xml:5") && $0.contains("qualifier \"class\" is given twice") },
            "\(messages)")
        #expect(result.document == nil)
    }
}
