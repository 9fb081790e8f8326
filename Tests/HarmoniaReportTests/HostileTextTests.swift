import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import HarmoniaXML
import Testing

/// A document's text must never become markup, a formula or a broken row in any report.
@Suite("hostile text in reports")
struct HostileTextTests {
    /// Text that tries HTML, Markdown, CSV, spreadsheet and template injection at once (XML-escaped here).
    static let payload =
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; | **bold** [link](https://evil.example) \"q\", {did} ]]&gt; &amp;amp;"

    static func documents() throws -> (HarmoniaModel.Document, HarmoniaModel.Document) {
        let domestic = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="JJG &lt;b&gt;1&lt;/b&gt;-2020" role="domestic" lang="zh">
            <meta><title lang="zh">\(payload)</title><issuer>=HYPERLINK("https://evil.example","x")</issuer></meta>
            <section num="5.1" title="t">
              <indicator id="a&lt;i&gt;" concept="mpe"><value>±1.6 mg</value>
                <justification lang="zh">\(payload)
            second line</justification></indicator>
              <indicator id="=cmd|' /C calc'!A0" concept="verification-interval"><value>≤ 1 a</value></indicator>
            </section></spec>
            """, name: "d.xml")
        let international = try document(
            """
            <spec xmlns="urn:harmonia:spec:1" id="OIML R &lt;x&gt;" role="international" lang="en">
            <meta><title lang="en">\(payload)</title></meta>
            <section num="&lt;1&gt;"><indicator id="a&lt;i&gt;" concept="mpe"><value>±2 mg</value></indicator>
              <indicator id="-missing" concept="density"><value>8000 kg/m³</value></indicator></section></spec>
            """, name: "i.xml")
        return (domestic, international)
    }

    static func result() throws -> Comparison {
        let (d, i) = try documents()
        return Comparator().compare(d, i)
    }

    @Test("HTML: no element, attribute or URL comes from a document", arguments: ReportLanguage.allCases)
    func html(_ language: ReportLanguage) throws {
        let html = HTMLWriter(options: ReportOptions(language: language)).write(try Self.result())
        let document = try parseXML(html, name: "hostile.html")
        let elements = descendants(try #require(document.root))
        #expect(!elements.contains { ["script", "img", "b", "i", "x"].contains($0.localName) })
        #expect(elements.filter { $0.localName == "a" }.allSatisfy { ($0.attribute("href") ?? "").hasPrefix("#") })
        #expect(!elements.contains { $0.attributes.contains { $0.localName.hasPrefix("on") } })
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("JJG &lt;b&gt;1&lt;/b&gt;-2020"))
        // The template blank in the text stays as written; it is not filled.
        #expect(html.contains("{did}"))
    }

    @Test("Markdown: pipes, emphasis, links and HTML are escaped; line breaks do not break a row")
    func markdown() throws {
        let text = MarkdownWriter(options: ReportOptions(language: .en)).write(try Self.result())
        #expect(!text.contains("<script>"))
        #expect(text.contains("\\<script\\>"))
        #expect(text.contains("\\| \\*\\*bold\\*\\* \\[link\\]"))
        #expect(!text.contains("[link](https"))
        for line in text.split(separator: "\n") where line.contains("second line") {
            #expect(line.hasPrefix("|") || line.hasPrefix("-"), "a justification's line break split a row: \(line)")
        }
    }

    @Test("CSV: quotes doubled, fields quoted, formulas neutralised; the text reads back unchanged")
    func csv() throws {
        let result = try Self.result()
        let writer = CSVWriter(options: ReportOptions(language: .en))
        let pairs = parseCSV(writer.pairs(result))
        #expect(pairs.allSatisfy { $0.count == pairs[0].count })
        let justification = try #require(pairs.first { $0[2] == "a<i>" })
        #expect(justification[12].contains("\"q\", {did}"))
        #expect(justification[12].contains("\n"))
        #expect(pairs.contains { $0[2] == "'=cmd|' /C calc'!A0" })
        #expect(pairs.contains { $0[6] == "'-missing" })
        // The only cells that start with `=` are clause numbers kept as text: `="5.10"`, digits and full stops.
        let formulas = pairs.joined().filter { $0.hasPrefix("=") || $0.hasPrefix("@") }
        #expect(
            formulas.allSatisfy { cell in
                cell.hasPrefix("=\"") && cell.hasSuffix("\"") && cell.count > 3
                    && cell.dropFirst(2).dropLast().allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) }
            }, "\(formulas)")
        for table in [writer.correspondence(result), writer.differences(result), writer.comments(result)] {
            let records = parseCSV(table)
            #expect(records.allSatisfy { $0.count == records[0].count })
        }
    }

    @Test("DOCX: the document part stays well-formed and holds the text as text")
    func docx() throws {
        let bytes = try DOCXWriter(options: ReportOptions(language: .en, memberBody: "<CN>")).write(try Self.result())
        let part = try #require(try unzip(bytes)["word/document.xml"])
        let xml = try parseXML(String(decoding: part, as: UTF8.self), name: "document.xml")
        let text = descendants(try #require(xml.root)).filter { $0.localName == "t" }.map(\.textContent).joined()
        #expect(text.contains("<script>alert(1)</script>"))
        #expect(text.contains("<CN>"))
        #expect(!descendants(try #require(xml.root)).contains { $0.localName == "script" })
    }

    @Test("characters XML cannot hold are dropped, not written")
    func controlCharacters() throws {
        var result = try Self.result()
        result.warnings = ["bell \u{07} and null \u{00} here"]
        let html = HTMLWriter().write(result)
        _ = try parseXML(html, name: "control.html")
        #expect(html.contains("bell  and null  here"))
    }
}
