import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing

@testable import HarmoniaExtract

/// The real documents in ../shared/samples, when the checkout has them beside it: each test is skipped,
/// saying which file is missing, in a clone without them.
@Suite("shared samples")
struct SampleTests {
    /// Runs the test only where every one of `files` is in ../shared/samples.
    static func needs(_ files: String...) -> ConditionTrait {
        .enabled(
            if: files.allSatisfy { sample($0) != nil },
            "../shared/samples/\(files[0].split(separator: "/")[0]) is not beside this checkout (a fresh clone has none)"
        )
    }

    @Test(
        "OIML R 60-1:2021: Table 1's n_LC limits per class among at least 20 indicators; Table 4 refused as reflowed",
        SampleTests.needs("metanorma/oiml-r60-1-2021.xml"))
    func r60() throws {
        let path = try #require(sample("metanorma/oiml-r60-1-2021.xml"))
        let (text, extraction) = try extractText(path)
        let document = try readBack(text)
        #expect(document.id.hasPrefix("OIML R 60-1"))
        #expect(document.role == .international)
        #expect(document.indicators.count >= 20)
        let table1 = Dictionary(
            extraction.draft!.indicators.compactMap { i in i.id.map { ($0, i.value) } }, uniquingKeysWith: { a, _ in a }
        )
        #expect(table1["Table 1[Lower limit][Class A]"] == "50000")
        #expect(table1["Table 1[Upper limit][Class D]"] == "1000")
        #expect(
            extraction.warnings.contains {
                $0.description.contains("Table 4") && $0.description.contains("shape contradicts")
            })
    }

    @Test(
        "BIPM HeNe: the recommended frequency and wavelength, with their relative standard uncertainty",
        SampleTests.needs("metanorma/bipm-mep-633nm-HeNe-2019.xml"))
    func hene() throws {
        let path = try #require(sample("metanorma/bipm-mep-633nm-HeNe-2019.xml"))
        let (text, extraction) = try extractText(path)
        _ = try readBack(text)
        let values = Dictionary(
            extraction.draft!.indicators.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["frequency"] == "473.6127 THz")
        #expect(values["wavelength"] == "632.9908 nm")
        #expect(extraction.draft!.indicators.allSatisfy { $0.uncertainty == DraftUncertainty(value: "1.5E-6", k: "1") })
    }

    @Test(
        "the STS pair: DIN EN ISO 13849-1 declares IDT to ISO 13849-1 and extracts the same indicators",
        SampleTests.needs("sts-pair/din-en-iso-13849-1-2008-12.xml", "sts-pair/iso-13849-1-2006.xml"))
    func stsPair() throws {
        let din = try #require(sample("sts-pair/din-en-iso-13849-1-2008-12.xml"))
        let iso = try #require(sample("sts-pair/iso-13849-1-2006.xml"))
        let national = try #require(try extractText(din).extraction.draft)
        let international = try #require(try extractText(iso).extraction.draft)
        #expect(national.id.hasPrefix("DIN EN ISO 13849-1"))
        #expect(national.role == "domestic")
        #expect(international.role == "international")
        #expect(national.correspondences == [DraftCorrespondence(ref: international.id, degree: "IDT")])
        #expect(national.indicators.count >= 10)
        #expect(national.indicators.map(\.value) == international.indicators.map(\.value))
    }

    @Test(
        "every Metanorma and STS sample extracts to a specification that validates",
        SampleTests.needs(
            "metanorma/bipm-mep-633nm-I2-2003.xml", "sts/isosts_feature_doc.xml", "sts/isosts_nat-meta.xml",
            "sts/isosts_reg-meta.xml"),
        arguments: [
            "metanorma/bipm-mep-633nm-I2-2003.xml", "sts/isosts_feature_doc.xml", "sts/isosts_nat-meta.xml",
            "sts/isosts_reg-meta.xml",
        ])
    func validates(_ name: String) throws {
        _ = try readBack(try extractText(try #require(sample(name))).text)
    }
}
