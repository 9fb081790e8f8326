import Foundation
import HarmoniaXML
import Testing

@Suite struct XMLDocumentTests {
    static let sample = """
        <?xml version="1.0" encoding="UTF-8"?>
        <spec xmlns="urn:harmonia:spec" xmlns:d="urn:dsi" id="JJG 1" d:unit="kg">
          <!-- a comment -->
          <indicator code="MPE"
                     d:kind="max">
            <name xml:lang="en">Maximum permissible error</name>
            <value><![CDATA[<0.5>]]> &amp; &#x41;</value>
          </indicator>
          <?target some data?>
          <d:empty/>
        </spec>
        """

    @Test func walksNamesNamespacesAttributesLinesAndText() throws {
        let document = try XMLDocument.parse(bytes: Array(Self.sample.utf8), url: "sample.xml")
        let root = try #require(document.root)
        #expect(root.localName == "spec")
        #expect(root.namespaceURI == "urn:harmonia:spec")
        #expect(root.prefix == nil)
        #expect(root.line == 2)
        #expect(
            root.attributes == [
                XMLAttribute(localName: "id", value: "JJG 1"),
                XMLAttribute(localName: "unit", namespaceURI: "urn:dsi", prefix: "d", value: "kg"),
            ])
        #expect(root.attribute("id") == "JJG 1")
        #expect(root.attribute("unit") == nil)
        #expect(root.attribute("unit", namespaceURI: "urn:dsi") == "kg")
        #expect(root.attribute("xmlns") == nil)
        #expect(root.childElements.map(\.localName) == ["indicator", "empty"])

        let indicator = root.childElements[0]
        // A start tag over two lines reports the line where it ends.
        #expect(indicator.line == 5)
        #expect(indicator.attribute("kind", namespaceURI: "urn:dsi") == "max")
        let name = indicator.childElements[0]
        #expect(name.line == 6)
        #expect(name.namespaceURI == "urn:harmonia:spec")
        #expect(
            name.attributes == [
                XMLAttribute(
                    localName: "lang", namespaceURI: "http://www.w3.org/XML/1998/namespace", prefix: "xml", value: "en")
            ])
        #expect(name.textContent == "Maximum permissible error")
        let value = indicator.childElements[1]
        #expect(value.textContent == "<0.5> & A")
        #expect(value.children == [.text("<0.5>"), .text(" & A")])

        let empty = root.childElements[1]
        #expect(empty.prefix == "d")
        #expect(empty.namespaceURI == "urn:dsi")
        #expect(empty.line == 10)
        #expect(empty.children.isEmpty)

        let kinds = root.children.compactMap { node -> String? in
            switch node {
            case .comment(let text): "comment:" + text
            case .processingInstruction(let text): "pi:" + text
            case .element(let element): "element:" + element.localName
            case .text, .entityReference: nil
            }
        }
        #expect(kinds == ["comment: a comment ", "element:indicator", "pi:target some data", "element:empty"])
        #expect(root.textContent.contains("Maximum permissible error"))
        #expect(!document.hasDoctype)
        #expect(document.warnings.isEmpty)
        #expect(document.url == "sample.xml")
        #expect(root == document.root)
        #expect(root != empty)
    }

    @Test func fileAndBytesGiveTheSameTree() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("sample.xml", Self.sample)
        let fromFile = try XMLDocument.parse(file: path)
        let fromBytes = try XMLDocument.parse(bytes: Array(Self.sample.utf8), url: "memory.xml")
        #expect(fromFile.url == path)
        #expect(fromBytes.url == "memory.xml")
        #expect(try dump(#require(fromFile.root)) == dump(#require(fromBytes.root)))
    }

    @Test func errorsNameTheInputTheirLineAndColumn() throws {
        let text = "<a>\n  <b>\n</a>\n"
        let directory = try TemporaryDirectory()
        let path = try directory.write("broken.xml", text)
        let fromFile = #expect(throws: XMLError.self) { try XMLDocument.parse(file: path) }
        let fromBytes = #expect(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(text.utf8), url: "mem://broken")
        }
        for (thrown, file) in [(fromFile, path), (fromBytes, "mem://broken")] {
            let error = try #require(thrown)
            #expect(error.file == file)
            #expect(error.line == 3)
            #expect(error.column == 5)
            #expect(error.domain == 1)  // XML_FROM_PARSER
            #expect(error.code == 76)  // XML_ERR_TAG_NAME_MISMATCH
            #expect(error.level == .fatal)
            #expect(error.message == "Opening and ending tag mismatch: b line 2 and a")
            #expect(!error.isReadFailure)
            #expect(error.description == "\(file):3:5: error: Opening and ending tag mismatch: b line 2 and a")
        }
    }

    @Test func readFailuresAreMarked() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path("missing.xml")
        let error = try #require(throws: XMLError.self) { try XMLDocument.parse(file: missing) }
        #expect(error.isReadFailure)
        #expect(error.file == missing)
        #expect(error.message == "cannot read file: no such file")
        #expect(error.line == nil)

        let folder = try #require(throws: XMLError.self) { try XMLDocument.parse(file: directory.url.path) }
        #expect(folder.isReadFailure)
        #expect(folder.message == "cannot read file: is a directory")

        let schema = try #require(throws: XMLError.self) { try XMLSchema(file: missing) }
        #expect(schema.isReadFailure)
    }

    @Test func inputLargerThanTheLimitIsRefused() throws {
        let directory = try TemporaryDirectory()
        let text = "<a>" + String(repeating: "x", count: 100) + "</a>"
        let path = try directory.write("big.xml", text)
        let limits = XMLLimits(maxFileBytes: 64)
        let file = try #require(throws: XMLError.self) { try XMLDocument.parse(file: path, limits: limits) }
        #expect(file.message == "file is larger than the limit of 64 bytes")
        #expect(file.file == path)
        #expect(!file.isReadFailure)
        let bytes = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(text.utf8), url: "big", limits: limits)
        }
        #expect(bytes.message == "input is larger than the limit of 64 bytes")
        #expect(XMLLimits.default.maxFileBytes == 268_435_456)
        #expect(XMLLimits.default.maxDepth == 256)
        // At the limit is fine.
        _ = try XMLDocument.parse(file: path, limits: XMLLimits(maxFileBytes: text.utf8.count))
    }

    @Test func depthLimitIsEnforced() throws {
        let deep = "<a>\n" + String(repeating: "<b>", count: 3) + String(repeating: "</b>", count: 3) + "</a>"
        _ = try XMLDocument.parse(bytes: Array(deep.utf8), url: "ok", limits: XMLLimits(maxDepth: 4))
        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(deep.utf8), url: "deep", limits: XMLLimits(maxDepth: 3))
        }
        #expect(error.message == "elements are nested deeper than the limit of 3")
        #expect(error.line == 2)
        #expect(error.file == "deep")
    }

    @Test(
        arguments: [
            (
                "UTF-16LE",
                [0xFF, 0xFE]
                    + Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>héllo €</a>".utf16).flatMap {
                        [UInt8($0 & 0xFF), UInt8($0 >> 8)]
                    }
            ),
            ("UTF-16BE", [0xFE, 0xFF] + Array("<a>héllo €</a>".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array("<a>héllo €</a>".utf8)),
        ] as [(String, [UInt8])])
    func encodingsAreDetected(name: String, bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("encoded.xml", bytes: bytes)
        let document = try XMLDocument.parse(file: path)
        #expect(document.root?.localName == "a", "\(name)")
        #expect(document.root?.textContent == "héllo €", "\(name)")
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let text = "<?xml version=\"1.0\"?>\r\n<a>\r\n  <b>one\r\ntwo</b>\r\n</a>\r\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let document = try XMLDocument.parse(bytes: bytes, url: "crlf.xml")
        let b = try #require(document.root?.childElements.first)
        #expect(document.root?.line == 2)
        #expect(b.line == 3)
        #expect(b.textContent == "one\ntwo")
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() throws {
        let bytes = Array("<a>\nfine\n".utf8) + [0xC3, 0x28, 0xFF] + Array("</a>".utf8)
        let error = try #require(throws: XMLError.self) { try XMLDocument.parse(bytes: bytes, url: "bad.xml") }
        #expect(error.line == 3)
        #expect(error.code == 9)  // XML_ERR_INVALID_CHAR
        #expect(error.message.hasPrefix("Input is not proper UTF-8"))
        #expect(!error.message.contains("\n"))
    }

    @Test func linesPast65535AreExact() throws {
        let text = "<a>" + String(repeating: "\n", count: 70_000) + "<b/>\n<c>x</c></a>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), url: "long.xml")
        let children = try #require(document.root?.childElements)
        #expect(children.map(\.line) == [70_001, 70_002])
    }

    @Test func forbiddenConstructsAreFoundAtTheirExactLines() throws {
        let gap = String(repeating: "\n", count: 70_000)
        let include = "<a xmlns:xi=\"http://www.w3.org/2003/XInclude\"><b/>\(gap)<c><xi:include href=\"x\"/></c></a>"
        let document = try XMLDocument.parse(bytes: Array(include.utf8), url: "i.xml")
        #expect(document.firstForbiddenConstruct() == .xinclude(qualifiedName: "xi:include", line: 70_001))
        #expect(document.elementCount == 4)
        let plain = try XMLDocument.parse(bytes: Array("<a>\n<b/></a>".utf8), url: "p.xml")
        #expect(plain.firstForbiddenConstruct() == nil)
    }

    @Test func forbiddenConstructsAreTheSameNotedWhileParsingOrFoundByWalking() throws {
        // Without a DOCTYPE the answer is the one noted while parsing; with one, the tree is walked.
        let body = """
            <a xmlns:xi="http://www.w3.org/2001/XInclude">
              <b><c/></b>
              <include xmlns="http://www.w3.org/2003/XInclude"/>
              <xi:include href="y"/>
            </a>
            """
        let noted = try XMLDocument.parse(bytes: Array(body.utf8), url: "n.xml").firstForbiddenConstruct()
        let walked = try XMLDocument.parse(bytes: Array(("<!DOCTYPE a>\n" + body).utf8), url: "w.xml")
            .firstForbiddenConstruct()
        #expect(noted == .xinclude(qualifiedName: "include", line: 3))
        #expect(walked == .xinclude(qualifiedName: "include", line: 4))
        let entity = try XMLDocument.parse(
            bytes: Array(
                "<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>\n<b>&e;</b><xi:i xmlns:xi=\"http://www.w3.org/2001/XInclude\"/></a>"
                    .utf8),
            url: "e.xml")
        #expect(entity.firstForbiddenConstruct() == .entityReference(name: "e", parentLocalName: "b", parentLine: 3))
    }

    @Test func warningsAreKeptAndErrorsAboveThemFail() throws {
        let document = try XMLDocument.parse(bytes: Array("<?xml version=\"1.1\"?><a/>".utf8), url: "v.xml")
        let warning = try #require(document.warnings.first)
        #expect(warning.level == .warning)
        #expect(warning.message.contains("1.1"))
        #expect(warning.description.hasPrefix("v.xml:1:"))

        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array("<a>\n<x:b/></a>".utf8), url: "ns.xml")
        }
        #expect(error.level == .error)
        #expect(error.domain == 3)  // XML_FROM_NAMESPACE
        #expect(error.line == 2)
    }

    @Test func removeBlankTextDropsWhitespaceBetweenElements() throws {
        let text = "<a>\n  <b> x </b>\n</a>"
        let kept = try XMLDocument.parse(bytes: Array(text.utf8), url: "t")
        #expect(kept.root?.children.count == 3)
        let removed = try XMLDocument.parse(bytes: Array(text.utf8), url: "t", options: .removeBlankText)
        #expect(removed.root?.children.count == 1)
        #expect(removed.root?.textContent == " x ")
    }

    @Test func descriptionLeavesOutUnknownParts() {
        #expect(XMLError(message: "boom").description == "error: boom")
        #expect(XMLError(file: "f.xml", message: "boom").description == "f.xml: error: boom")
        #expect(XMLError(file: "f.xml", line: 4, level: .warning, message: "hm").description == "f.xml:4: warning: hm")
        #expect(XMLError(line: 4, column: 2, message: "boom").description == "4:2: error: boom")
    }
}

/// A structural dump for comparing trees.
private func dump(_ element: XMLElement) -> String {
    var out = "<\(element.namespaceURI ?? ""):\(element.localName)@\(element.line) \(element.attributes)>"
    for child in element.children {
        switch child {
        case .element(let nested): out += dump(nested)
        case .text(let text): out += "T(\(text))"
        case .comment(let text): out += "C(\(text))"
        case .processingInstruction(let text): out += "P(\(text))"
        case .entityReference(let name): out += "E(\(name))"
        }
    }
    return out + "</>"
}

@Suite("attributes read as bytes")
struct AttributeBytesTests {
    /// Names and values as `forEachAttributeBytes` lends them, made strings.
    static func byteAttributes(_ element: XMLElement) -> [String] {
        var result: [String] = []
        element.forEachAttributeBytes { name, value in
            result.append(String(decoding: name, as: UTF8.self) + "=" + String(decoding: value, as: UTF8.self))
        }
        return result
    }

    @Test("the bytes give what attributes gives: decoded references, empty values, a declared entity dropped")
    func bytesMatchAttributes() throws {
        let text = """
            <!DOCTYPE a [<!ENTITY e "x">]>
            <a xmlns:q="urn:q"><w plain="5 kg" empty="" refs="1 &amp; &#x41;&lt;2" ent="a&e;b" wide="±0,5 °C 等级"/><w q:class="E1" class="E2"/></a>
            """
        let document = try XMLDocument.parse(bytes: Array(text.utf8), url: "bytes.xml")
        let root = try #require(document.root)
        let plain = root.childElements[0]
        #expect(
            Self.byteAttributes(plain) == plain.attributes.map { $0.localName + "=" + $0.value })
        #expect(Self.byteAttributes(plain) == ["plain=5 kg", "empty=", "refs=1 & A<2", "ent=ab", "wide=±0,5 °C 等级"])
        #expect(plain.attributeCount == 5)
        #expect(!plain.hasNamespacedAttribute)
        let prefixed = root.childElements[1]
        #expect(prefixed.hasNamespacedAttribute)
        #expect(prefixed.attributeCount == 2)
        #expect(Self.byteAttributes(prefixed) == ["class=E1", "class=E2"])
        #expect(root.attributeCount == 0 && !root.hasNamespacedAttribute)
    }
}
