import HarmoniaModel
import Testing

@Suite("Declarations towards another edition of the reference")
struct EditionDeclarationTests {
    func declaring(_ refs: [String]) -> Document {
        Document(
            id: "JJG 443-2006", role: .domestic, correspondences: refs.map { Correspondence(ref: $0, degree: .MOD) })
    }

    func reference(_ id: String, supersedes: [String] = []) -> Document {
        Document(id: id, role: .international, supersedes: supersedes)
    }

    @Test(
        "the reference itself, an earlier or later edition, a superseded designation, or nothing",
        arguments: [
            (["OIML R 117-1:2007"], "OIML R 117-1:2007", [String](), DeclaredEdition?.some(.same)),
            (["OIML R 117:1995"], "OIML R 117-1:2007", [], .earlier),
            (["OIML R 117-1:2007"], "OIML R 117:1995", [], .later),
            (["OIML R 49-1:2006"], "OIML R 49-1:2013", [], .earlier),
            (["OIML R 16-1:2002"], "OIML R 148-1:2020", ["OIML R 16-1:2002"], .earlier),
            (["OIML R 16-1:2002"], "OIML R 148-1:2020", [], nil),
            (["OIML R 49-2:2013"], "OIML R 49-1:2013", [], nil),
            (["OIML R 111-1:2004"], "OIML R 49-1:2013", [], nil),
            ([], "OIML R 49-1:2013", [], nil),
        ])
    func edition(refs: [String], id: String, supersedes: [String], expected: DeclaredEdition?) {
        #expect(declaring(refs).declaration(towards: reference(id, supersedes: supersedes))?.edition == expected)
    }

    @Test("the exact declaration wins over one naming an earlier edition")
    func exactFirst() {
        let declared = declaring(["OIML R 117:1995", "OIML R 117-1:2007"]).declaration(
            towards: reference("OIML R 117-1:2007"))
        #expect(declared?.correspondence.ref == "OIML R 117-1:2007" && declared?.edition == .same)
    }
}
