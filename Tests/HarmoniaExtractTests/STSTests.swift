import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing

@testable import HarmoniaExtract

/// A small standard and its national adoption in NISO STS, written for these tests.
@Suite("NISO STS")
struct STSTests {
    @Test("the adoption is domestic, declares IDT from the endorsement notice, and adopts the inner standard")
    func adoption() throws {
        let (text, extraction) = try extractText(resource("sts-adoption-small.xml"))
        try expectGolden(text, "sts-adoption-small.expected.xml")
        let draft = try #require(extraction.draft)
        #expect(draft.id == "DIN EN ISO 9999-1:2021-02")
        #expect(draft.role == "domestic")
        #expect(draft.correspondences == [DraftCorrespondence(ref: "ISO 9999-1:2020", degree: "IDT")])
        #expect(draft.supersedes == ["DIN EN ISO 9999-1:2015-01"])
        // The national foreword is front matter, not a requirement of the adopted text.
        #expect(!draft.indicators.contains { $0.value.contains("99") })
        _ = try readBack(text)
    }

    @Test("the standard alone is international; both give the same indicators")
    func sameIndicators() throws {
        let standard = try #require(try extractText(resource("sts-standard-small.xml")).extraction.draft)
        let adoption = try #require(try extractText(resource("sts-adoption-small.xml")).extraction.draft)
        #expect(standard.role == "international")
        #expect(standard.id == "ISO 9999-1:2020")
        #expect(standard.indicators.map(\.value) == adoption.indicators.map(\.value))
        #expect(standard.indicators.map(\.qualifiers) == adoption.indicators.map(\.qualifiers))
        #expect(standard.indicators.count == 7)
    }

    @Test("spans, percent headers, MathML powers of ten, and a title suffix degree")
    func details() throws {
        let draft = try #require(try extractText(resource("sts-standard-small.xml")).extraction.draft)
        let values = Dictionary(
            draft.indicators.compactMap { i in i.id.map { ($0, i.value) } }, uniquingKeysWith: { a, _ in a })
        #expect(values["Table 1[2][MPE (%) / Lower zone]"] == "±5 %")
        #expect(values["Table 2[a][PFH (1/h)]"] == "[1E-5, 1E-4) h^-1")
        #expect(draft.indicators.contains { $0.label == "pressure loss" && $0.value == "≤ 0.063 MPa" })
        let modified = """
            <adoption><adoption-front><std-meta><title-wrap xml:lang="en"><main>Flow meters (ISO 9999-1:2020, MOD)</main></title-wrap>
            <std-ident><originator>BSI</originator></std-ident><std-ref type="dated">BS ISO 9999-1:2021</std-ref></std-meta></adoption-front>
            <standard><front><std-meta><std-ref type="dated">ISO 9999-1:2020</std-ref></std-meta></front><body/></standard></adoption>
            """
        let extraction = Extractor().extract(bytes: Array(modified.utf8), name: "mod.xml")
        #expect(extraction.draft?.correspondences == [DraftCorrespondence(ref: "ISO 9999-1:2020", degree: "MOD")])
    }
}
