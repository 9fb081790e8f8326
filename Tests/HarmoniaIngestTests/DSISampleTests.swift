import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML
import Testing

/// The real D-SI files in ../shared/samples/dsi go through the D-SI reader without error. They are not
/// the project's to copy, so these tests run only where that folder is beside the checkout (as in CI);
/// `DSIFixtureTests` covers the same reading on the project's own files in every clone.
@Suite(
    "D-SI samples (../shared)",
    .enabled(
        if: sharedDSISamplesPresent,
        "../shared/samples/dsi is not beside this checkout (fixtures/dsi covers D-SI reading)"))
struct DSISampleTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var file: String
        var counts: [DSIValue.Kind: Int]
        var expectsWarnings: Bool
        var testDescription: String { file }
    }

    static let samples: [Sample] = [
        Sample(
            file: "ptb-dsi_PLATINUM-examples-2023-03-31.xml", counts: [.real: 7, .realListXMLList: 6, .constant: 1],
            expectsWarnings: false),
        Sample(
            file: "ptb-dsi_UM-GOLD-examples-2020-03-20.xml", counts: [.hybrid: 18, .real: 11, .constant: 2],
            expectsWarnings: true),
        Sample(file: "bipm-ccri-ii-kc_Ac-225_database_FAIR.xml", counts: [.real: 15], expectsWarnings: true),
    ]

    @Test("every si:real, si:constant, si:hybrid and si:realListXMLList reads", arguments: samples)
    func readsEverything(_ sample: Sample) throws {
        let path = samplesDirectory.appendingPathComponent("dsi").appendingPathComponent(sample.file).path
        try #require(FileManager.default.fileExists(atPath: path), "sample missing: \(path)")
        let document = try XMLDocument.parse(file: path)
        let root = try #require(document.root)
        let (values, errors) = DSIReader.readAll(in: root)
        #expect(errors.isEmpty, "\(errors)")
        var counts: [DSIValue.Kind: Int] = [:]
        for value in values { counts[value.kind, default: 0] += 1 }
        #expect(counts == sample.counts)
        for value in values {
            #expect(value.valueTexts.count == value.values.count)
            if value.kind == .hybrid {
                #expect(value.members.count >= 2 || !value.warnings.isEmpty)
            } else {
                #expect(!value.units.isEmpty)
            }
        }
        #expect(values.contains { !$0.warnings.isEmpty } == sample.expectsWarnings)
    }

    @Test("lists keep NaN entries as nil, and one unit serves many values")
    func lists() throws {
        let path = samplesDirectory.appendingPathComponent("dsi/ptb-dsi_PLATINUM-examples-2023-03-31.xml").path
        let root = try #require(try XMLDocument.parse(file: path).root)
        let lists = DSIReader.readAll(in: root).values.filter { $0.kind == .realListXMLList }
        let withNaN = try #require(lists.first { $0.valueTexts.contains("NaN") })
        #expect(withNaN.values.contains { $0 == nil })
        #expect(withNaN.units.count == 1)
    }

    @Test("1.x expandedUnc and 2.x expandedMU uncertainties are both read")
    func uncertainties() throws {
        let bipm = samplesDirectory.appendingPathComponent("dsi/bipm-ccri-ii-kc_Ac-225_database_FAIR.xml").path
        let values = DSIReader.readAll(in: try #require(try XMLDocument.parse(file: bipm).root)).values
        #expect(values.contains { $0.uncertainty?.kind == .expanded && $0.uncertainty?.coverageFactor != nil })
        let platinum = samplesDirectory.appendingPathComponent("dsi/ptb-dsi_PLATINUM-examples-2023-03-31.xml").path
        let more = DSIReader.readAll(in: try #require(try XMLDocument.parse(file: platinum).root)).values
        #expect(more.contains { $0.uncertainty != nil })
    }
}
