import Foundation
import HarmoniaXML
import Testing

/// Hostile inputs are refused or neutralised, never obeyed: no entity expanded, no file or
/// network resource read, nothing printed.
@Suite struct HostileInputTests {
    /// Content that must never show up anywhere: in the tree, in events or in a message.
    static let secret = "HARMONIA-SECRET-5e1f9c"

    /// A temporary directory holding the secret file, and the file's path.
    static func secretFile() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("secret.txt", secret + "\n")
        return (directory, path)
    }

    /// The content of /etc/hostname when it is distinctive enough to search for.
    static var hostname: String? {
        guard let text = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count >= 6 ? trimmed : nil
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz>&lol9;</lolz>
        """

    /// Parses `text` from a file; it must fail with its first error at `line`, naming the file,
    /// without leaking the secret.
    func expectRefused(_ text: String, options: XMLParseOptions = .safe, line: Int, message: String? = nil)
        throws
    {
        let (directory, _) = try Self.secretFile()
        let path = try directory.write("hostile.xml", text)
        let error = try #require(throws: XMLError.self) { try XMLDocument.parse(file: path, options: options) }
        #expect(error.file == path)
        #expect(error.line == line)
        #expect(error.level != .warning)
        if let message { #expect(error.message == message) }
        #expect(!error.description.contains(Self.secret))
    }

    @Test func billionLaughsIsRefused() throws {
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try expectRefused(Self.billionLaughs, line: 14, message: "Detected an entity reference loop")
        }
        #expect(elapsed < .seconds(5))
        try expectRefused(
            Self.billionLaughs, options: .forbidDoctype, line: 2, message: "a DOCTYPE is not allowed in this document")
    }

    @Test func internalEntitiesAreKeptAsReferences() throws {
        let text = "<!DOCTYPE a [<!ENTITY e \"EXPANDED\">]>\n<a b=\"x&e;y\">1&e;2</a>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), url: "internal.xml")
        let root = try #require(document.root)
        #expect(document.hasDoctype)
        #expect(root.children == [.text("1"), .entityReference("e"), .text("2")])
        #expect(root.textContent == "12")
        #expect(root.attribute("b") == "xy")
        #expect(!everything(in: root).contains("EXPANDED"))
        try expectRefused(text, options: .forbidDoctype, line: 1)
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let (directory, secretPath) = try Self.secretFile()
        var targets = ["file://" + secretPath, secretPath]
        if Self.hostname != nil { targets.append("file:///etc/hostname") }
        for target in targets {
            let text = "<!DOCTYPE a [\n<!ENTITY e SYSTEM \"\(target)\">\n]>\n<a>&e;</a>"
            let path = try directory.write("external.xml", text)
            let document = try XMLDocument.parse(file: path)
            let root = try #require(document.root)
            #expect(root.children == [.entityReference("e")])
            #expect(root.textContent.isEmpty)
            #expect(!everything(in: root).contains(Self.secret))
            if let hostname = Self.hostname { #expect(!everything(in: root).contains(hostname)) }
            // The DOCTYPE is on line 1, the subset spans lines 1-3.
            try expectRefused(text, options: .forbidDoctype, line: 1)
        }
        // In an attribute value an external entity is a well-formedness error.
        try expectRefused(
            "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://\(secretPath)\">]>\n<a b=\"&e;\"/>", line: 2,
            message: "Attribute references external entity 'e'")
    }

    @Test func parameterEntitiesAndExternalSubsetsAreNotLoaded() throws {
        let (directory, secretPath) = try Self.secretFile()
        // A DTD that would add a default attribute and declare an entity, if it were loaded.
        let dtd = try directory.write(
            "evil.dtd", "<!ATTLIST a injected CDATA \"\(Self.secret)\">\n<!ENTITY x \"\(Self.secret)\">")
        let inputs = [
            "<!DOCTYPE a [\n<!ENTITY % p SYSTEM \"file://\(secretPath)\">\n%p;\n]>\n<a/>",
            "<!DOCTYPE a [\n<!ENTITY % p SYSTEM \"file://\(dtd)\">\n%p;\n]>\n<a/>",
            "<!DOCTYPE a SYSTEM \"file://\(dtd)\">\n<a/>",
            "<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<a/>",
            "<!DOCTYPE a PUBLIC \"-//EVIL//DTD//EN\" \"\(dtd)\">\n<a/>",
        ]
        for text in inputs {
            let path = try directory.write("subset.xml", text)
            let document = try XMLDocument.parse(file: path)
            let root = try #require(document.root)
            #expect(document.hasDoctype)
            #expect(root.attributes.isEmpty)
            #expect(!everything(in: root).contains(Self.secret))
            #expect(!document.warnings.map(\.description).joined().contains(Self.secret))
            try expectRefused(text, options: .forbidDoctype, line: 1)
        }
        // An entity the unloaded DTD would have declared stays undeclared: refused.
        try expectRefused("<!DOCTYPE a SYSTEM \"\(dtd)\">\n<a>&x;</a>", line: 2, message: "Entity 'x' not defined")
    }

    @Test func forbiddenDoctypeIsReportedAtItsLine() throws {
        try expectRefused(
            "<?xml version=\"1.0\"?>\n<!-- prologue -->\n<!DOCTYPE a>\n<a/>", options: .forbidDoctype, line: 3,
            message: "a DOCTYPE is not allowed in this document")
        // Without the option the same document parses.
        let document = try XMLDocument.parse(bytes: Array("<!DOCTYPE a>\n<a/>".utf8), url: "d.xml")
        #expect(document.hasDoctype)
    }

    @Test func xincludeIsNeverProcessed() throws {
        let (directory, secretPath) = try Self.secretFile()
        let text = """
            <a xmlns:xi="http://www.w3.org/2001/XInclude">
              <xi:include href="\(secretPath)" parse="text"/>
              <xi:include href="file://\(secretPath)" parse="xml"/>
            </a>
            """
        let path = try directory.write("xinclude.xml", text)
        let document = try XMLDocument.parse(file: path)
        let includes = try #require(document.root?.childElements)
        #expect(includes.map(\.localName) == ["include", "include"])
        #expect(includes.allSatisfy { $0.namespaceURI == "http://www.w3.org/2001/XInclude" })
        #expect(try !#require(document.root).textContent.contains(Self.secret))
    }

    @Test func deepNestingIsRefused() throws {
        let text = "<r>\n" + String(repeating: "<a>", count: 400) + String(repeating: "</a>", count: 400) + "</r>"
        try expectRefused(text, line: 2, message: "elements are nested deeper than the limit of 256")
        // A limit above libxml2's own 256 cannot lift it.
        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(text.utf8), url: "deep", limits: XMLLimits(maxDepth: 10_000))
        }
        #expect(error.message.contains("depth"))
    }

    @Test func oversizedMarkupIsRefused() throws {
        let value = String(repeating: "v", count: 10_000_001)
        let text = "<a b=\"\(value)\"/>"
        let error = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(text.utf8), url: "attr.xml")
        }
        #expect(error.message == "AttValue length too long")
        let name = "<" + String(repeating: "n", count: 50_001) + "/>"
        let long = try #require(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(name.utf8), url: "name.xml")
        }
        #expect(long.message.hasPrefix("Name too long"))
    }

    @Test func truncatedEmptyAndRandomInputsAreRefused() throws {
        try expectRefused("<a>\n<b>text", line: 2, message: "Premature end of data in tag b line 2")
        try expectRefused("", line: 1, message: "Document is empty")
        try expectRefused("<a>\n</a>\n<b/>", line: 3, message: "Extra content at the end of the document")

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let error = try #require(throws: XMLError.self) { try XMLDocument.parse(bytes: bytes, url: "random.bin") }
            #expect(error.file == "random.bin")
            #expect(error.line != nil)
        }
    }

    @Test func nothingIsPrintedToStandardError() throws {
        let (directory, secretPath) = try Self.secretFile()
        let inputs = [
            Self.billionLaughs,
            "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://\(secretPath)\">]>\n<a b=\"&e;\">&e;</a>",
            "<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<a>&x;</a>",
            "<!DOCTYPE a [<!ENTITY % p SYSTEM \"/nonexistent/x\"> %p;]>\n<a/>",
            "<a>\n<b>", "", "<?xml version=\"1.1\"?><a xmlns:x=\"rel\"><x:b/><y:c/></a>",
            String(repeating: "<a>", count: 300),
        ]
        let captured = StandardErrorCapture.capture {
            for (index, text) in inputs.enumerated() {
                guard let path = try? directory.write("quiet\(index).xml", text) else { continue }
                for options in [XMLParseOptions.safe, .forbidDoctype] {
                    _ = try? XMLDocument.parse(file: path, options: options)
                    _ = try? XMLDocument.parse(bytes: Array(text.utf8), url: path, options: options)
                }
            }
            _ = try? XMLSchema(
                bytes: Array("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>".utf8),
                url: "bad.xsd")
            _ = try? XMLSchema(
                bytes: Array(
                    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:import namespace=\"urn:x\" schemaLocation=\"http://127.0.0.1:9/x.xsd\"/></xs:schema>"
                        .utf8), url: "import.xsd")
        }
        for signature in [
            "parser error", "parser warning", "namespace error", "I/O", "Schemas", "validity", Self.secret,
        ] {
            #expect(!captured.contains(signature), "libxml2 printed: \(captured)")
        }
    }
}
