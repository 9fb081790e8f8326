import Testing

@testable import HarmoniaExtract

/// Formats are recognised from content: the zip signature, or the root element and its namespace.
@Suite("format recognition")
struct FormatTests {
    @Test(
        "roots and namespaces",
        arguments: [
            (#"<?xml version="1.0"?><spec xmlns="urn:harmonia:spec:1" id="x">"#, InputFormat.specification),
            (
                #"<?xml version="1.0"?><!-- c --><metanorma xmlns="https://www.metanorma.org/ns/standoc" type="semantic">"#,
                .metanorma
            ),
            (#"<bipm-standard xmlns="https://www.metanorma.org/ns/bipm">"#, .metanorma),
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE standard PUBLIC \"-//NISO//DTD\" \"x.dtd\" [<!ENTITY a \"b\">]>\n<standard xml:lang=\"en\">",
                .sts
            ),
            ("<adoption xmlns:mml=\"http://www.w3.org/1998/Math/MathML\">", .sts),
            (#"<h:spec xmlns:h="urn:harmonia:spec:1">"#, .specification),
        ])
    func roots(_ text: String, _ format: InputFormat) {
        #expect(FormatSniffer.format(of: Array(text.utf8)) == format)
    }

    @Test(
        "what is none of them",
        arguments: [#"<spec id="x">"#, "<html>", "plain text", "", #"<standard xmlns="urn:other">"#])
    func others(_ text: String) {
        #expect(FormatSniffer.format(of: Array(text.utf8)) == nil)
    }

    @Test("a zip is read as a DOCX, which its reader then checks")
    func zip() {
        #expect(FormatSniffer.format(of: [0x50, 0x4B, 0x03, 0x04, 0, 0]) == .docx)
    }
}
