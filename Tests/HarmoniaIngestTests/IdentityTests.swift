import Foundation
import HarmoniaModel
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

@Suite("Qualifiers numbered by the read that made them")
struct QualifierReadingTests {
    @Test("one read gives qualifiers written alike one number, another read other numbers")
    func numbering() throws {
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
        let b = first.indicators[1].qualifiers
        let classA = try #require(a[0].reading)
        let classB = try #require(b[0].reading)
        #expect(classA == classB)
        #expect(a[1].reading != b[1].reading)
        #expect(a[1].reading?.document == b[1].reading?.document)
        #expect(second.indicators[0].qualifiers[0].reading?.document != classA.document)
        // Equal qualifiers are equal whichever read made them.
        #expect(second.indicators[0].qualifiers[0] == a[0])
    }

    @Test("changing a qualifier forgets its number; equality and hashing ignore it")
    func changeClears() throws {
        let document = try load(
            twoIndicators("a", "b").replacingOccurrences(
                of: "<value>±1 mg</value>", with: "<where class=\"E2\"/><value>±1 mg</value>"))
        var qualifier = try #require(document.indicators.first?.qualifiers.first)
        #expect(qualifier.reading != nil)
        let made = Qualifier(name: "class", written: "E2", expression: qualifier.expression)
        #expect(made == qualifier && made.hashValue == qualifier.hashValue)
        qualifier.written = "E1"
        #expect(qualifier.reading == nil)
    }
}
