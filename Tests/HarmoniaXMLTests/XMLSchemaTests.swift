import Foundation
import HarmoniaXML
import Testing

@Suite struct XMLSchemaTests {
    static let xsd = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
          <xs:element name="spec">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="item" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="id" type="xs:ID" use="required"/>
                    <xs:attribute name="value" type="xs:decimal"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static let valid = """
        <spec xmlns="urn:t">
          <item id="a" value="1.5"/>
          <item id="b"/>
        </spec>
        """

    static let invalid = """
        <spec xmlns="urn:t">
          <item id="a" value="1.5"/>
          <item id="b" value="lots"/>
          <other/>
        </spec>
        """

    @Test func validDocumentHasNoErrors() throws {
        let schema = try XMLSchema(bytes: Array(Self.xsd.utf8), url: "t.xsd")
        let document = try XMLDocument.parse(bytes: Array(Self.valid.utf8), url: "valid.xml")
        #expect(schema.validate(document) == [])
        // Validating twice (the schema and the document are reusable) gives the same answer.
        #expect(schema.validate(document) == [])
    }

    @Test func invalidDocumentErrorsCarryFileAndLine() throws {
        let directory = try TemporaryDirectory()
        let xsdPath = try directory.write("t.xsd", Self.xsd)
        let path = try directory.write("invalid.xml", Self.invalid)
        let schema = try XMLSchema(file: xsdPath)
        let errors = schema.validate(try XMLDocument.parse(file: path))
        #expect(errors.count == 2)
        #expect(errors.map(\.line) == [3, 4])
        #expect(errors.allSatisfy { $0.file == path && $0.level == .error })
        #expect(errors[0].message.contains("'value'"))
        #expect(errors[0].message.contains("lots"))
        #expect(errors[1].message.contains("other"))
        #expect(errors[0].description.hasPrefix("\(path):3: error: "))
    }

    @Test func brokenSchemaIsRefusedWithItsLine() throws {
        let broken = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:nonsense"/>
            </xs:schema>
            """
        let error = try #require(throws: XMLError.self) { try XMLSchema(bytes: Array(broken.utf8), url: "broken.xsd") }
        #expect(error.file == "broken.xsd")
        #expect(error.line == 2)
        #expect(error.message.contains("nonsense"))

        let notXML = try #require(throws: XMLError.self) {
            try XMLSchema(bytes: Array("<xs:schema".utf8), url: "cut.xsd")
        }
        #expect(notXML.file == "cut.xsd")
    }

    @Test func validatesConcurrentlyWithOneSchema() async throws {
        let schema = try XMLSchema(bytes: Array(Self.xsd.utf8), url: "t.xsd")
        let shared = try XMLDocument.parse(bytes: Array(Self.invalid.utf8), url: "shared.xml")
        let outcomes = await withTaskGroup(of: (Int, [XMLError]).self) { group in
            for index in 0..<32 {
                group.addTask {
                    // Half validate one shared document, half their own.
                    if index.isMultiple(of: 2) { return (index, schema.validate(shared)) }
                    let text = index.isMultiple(of: 3) ? Self.invalid : Self.valid
                    guard let own = try? XMLDocument.parse(bytes: Array(text.utf8), url: "doc\(index).xml") else {
                        return (index, [XMLError(message: "parse failed")])
                    }
                    return (index, schema.validate(own))
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for (index, errors) in outcomes {
            if index.isMultiple(of: 2) {
                #expect(errors.map(\.line) == [3, 4] && errors.allSatisfy { $0.file == "shared.xml" })
            } else if index.isMultiple(of: 3) {
                #expect(errors.map(\.line) == [3, 4] && errors.allSatisfy { $0.file == "doc\(index).xml" })
            } else {
                #expect(errors.isEmpty)
            }
        }
    }
}
