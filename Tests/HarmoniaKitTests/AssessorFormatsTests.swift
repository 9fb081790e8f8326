import Foundation
import HarmoniaKit
import Testing

/// The library reads what the command line reads: Metanorma and STS documents through the same loader.
@Suite("Assessor reads every format")
struct AssessorFormatsTests {
    func resource(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/HarmoniaExtractTests/Resources").appendingPathComponent(name).path
    }

    @Test("a Metanorma document reads as its extraction")
    func metanorma() throws {
        let document = try Assessor().read(file: resource("metanorma-small.xml"))
        #expect(document.id == "OIML R 999:2024")
        #expect(document.indicators.count == 15)
    }

    @Test("an STS adoption compared with its standard: IDT, every pair identical")
    func stsPair() throws {
        let comparison = try Assessor().compare(
            domesticFile: resource("sts-adoption-small.xml"), referenceFile: resource("sts-standard-small.xml"))
        #expect(comparison.degree.computed == .IDT)
        #expect(comparison.pairs.count == 7)
        #expect(comparison.score.value == 100)
    }
}
