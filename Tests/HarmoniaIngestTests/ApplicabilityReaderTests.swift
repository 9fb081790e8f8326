import HarmoniaIngest
import HarmoniaModel
import Testing

@Suite("reading scope, declared designations and scope omissions")
struct ApplicabilityReaderTests {
    @Test("scope, designations and a scope omission are read with their lines")
    func reads() throws {
        let document = try load(
            spec(
                """
                <section num="1">
                  <indicator id="a" concept="mpe"><where class="0.5" part="system"/><value>±0.3 %</value></indicator>
                  <omission><where class="I|II"/><justification lang="en">Out of scope.</justification></omission>
                </section>
                """,
                meta: """
                    <correspondence ref="OIML R 46-1:2012" degree="NEQ">
                      <designation domestic="1" international="B" qualifier="class"/>
                      <designation domestic="2" international="A"/>
                    </correspondence>
                    <scope><where class="0.5"/><justification lang="en">Class 0.5 only.</justification></scope>
                    """))
        #expect(document.scope?.qualifiers.map(\.name) == ["class"])
        #expect(document.scope?.justification?.text == "Class 0.5 only.")
        let designations = document.declaredDesignations(towards: "OIML R 46-1:2012")
        #expect(designations.map(\.domestic) == ["1", "2"])
        #expect(designations.first?.qualifier == "class")
        #expect(designations.last?.qualifier == nil)
        #expect(designations.first?.line != nil)
        #expect(document.declaredDesignations(towards: "OIML R 111-1:2004").isEmpty)
        let omission = try #require(document.omissions.first)
        #expect(omission.isScoped && omission.ref.isEmpty)
        #expect(omission.qualifiers.first?.written == "I|II")
    }

    @Test("bad input warns with file and line: an unknown designation qualifier, an indicator outside the scope")
    func warnings() throws {
        let result = read(
            spec(
                """
                <section num="1">
                  <indicator id="a" concept="mpe"><where class="1.0"/><value>±0.3 %</value></indicator>
                </section>
                """,
                meta: """
                    <correspondence ref="X"><designation domestic="1" international="B" qualifier="colour"/></correspondence>
                    <scope><where class="0.5"/></scope>
                    """), name: "w.xml")
        #expect(result.errors.isEmpty)
        let messages = result.warnings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("w.xml:") && $0.contains("\"colour\"") })
        #expect(messages.contains { $0.hasPrefix("w.xml:") && $0.contains("outside the document's scope") })
    }

    @Test("an omission with neither ref nor where is an error")
    func emptyOmission() {
        let result = read(
            spec(
                """
                <section num="1"><omission><justification>nothing</justification></omission></section>
                """))
        #expect(result.errors.contains { $0.message.contains("omission names nothing") })
    }
}
