import HarmoniaModel
import Testing

@Suite("Designations: the document without its edition year")
struct DesignationTests {
    @Test(
        "the year comes off after -, : or a dash",
        arguments: [
            ("JJG 99-2006", "JJG 99"), ("OIML R 111-1:2004", "OIML R 111-1"), ("OIML R 49-1:2013", "OIML R 49-1"),
            ("JJG(黑) 005-2017", "JJG(黑) 005"), ("GB/T 19001—2016", "GB/T 19001"), ("OIML R 117:1995", "OIML R 117"),
        ])
    func base(designation: String, expected: String) {
        #expect(Designation.base(of: designation) == expected)
    }

    @Test(
        "a designation without a year stays as it is", arguments: ["OIML R 111-1", "JJG 443-98", "ISO 4064", "R 1234"])
    func noYear(designation: String) {
        #expect(Designation.base(of: designation) == designation)
    }

    @Test("years in editions and designations")
    func years() {
        #expect(Designation.year(in: "2013 (E)") == "2013")
        #expect(Designation.year(in: "JJG(黑) 005-2017") == "2017")
        #expect(Designation.year(in: "OIML R 111") == nil)
        #expect(Designation.year(in: "R 12345") == nil)
    }

    @Test(
        "the document without year nor part; two parts stay two documents",
        arguments: [
            ("OIML R 117-1:2007", "OIML R 117"), ("OIML R 117:1995", "OIML R 117"), ("JJG 99-2006", "JJG 99"),
            ("OIML R 111-1", "OIML R 111"), ("ISO 4064", "ISO 4064"), ("GB/T 19001—2016", "GB/T 19001"),
        ])
    func document(designation: String, expected: String) {
        #expect(Designation.document(of: designation) == expected)
    }
}
