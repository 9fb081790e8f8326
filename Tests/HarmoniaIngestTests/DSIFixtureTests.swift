import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML
import Testing

/// D-SI reading on the project's own files in fixtures/dsi, so it is tested in every clone.
@Suite("D-SI fixtures")
struct DSIFixtureTests {
    static func values(in file: String) throws -> (values: [DSIValue], errors: [DSIError]) {
        let root = try #require(try XMLDocument.parse(file: fixture("dsi/measurements/" + file)).root)
        return DSIReader.readAll(in: root)
    }

    @Test("D-SI 2.x: real, constant, hybrid and a list, each with what it states")
    func dsi2() throws {
        let (values, errors) = try Self.values(in: "weight-calibration-dsi-2.xml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(values.map(\.kind) == [.real, .constant, .hybrid, .real, .realListXMLList])
        #expect(values.allSatisfy { $0.warnings.isEmpty })

        let mass = values[0]
        #expect(mass.label == "conventional mass of the 1 kg E2 weight")
        #expect(mass.values == [Rational(decimal: "1.00000012")])
        #expect(mass.units == [try UnitParser.parse("kg").unit])
        #expect(mass.uncertainty?.kind == .expanded)
        #expect(mass.uncertainty?.valueTexts == ["0.00000016"])
        #expect(mass.uncertainty?.coverageFactor == "2")
        #expect(mass.uncertainty?.coverageProbability == "0.95")

        #expect(values[1].units.first?.dimension == Dimension(metre: -3, kilogram: 1))
        #expect(values[1].values == [Rational(8000)])

        let temperature = values[2]
        #expect(temperature.members.count == 2)
        #expect(temperature.valueTexts == ["20.3", "293.45"])
        #expect(temperature.unitTexts == ["\\degreecelsius", "\\kelvin"])

        #expect(values[3].units == [try UnitParser.parse("hPa").unit])
        #expect(values[3].uncertainty?.kind == .standard)
        #expect(values[3].uncertainty?.valueTexts == ["0.3"])

        let list = values[4]
        #expect(list.valueTexts == ["0.11", "0.13", "NaN", "0.12"])
        #expect(list.values == [Rational(decimal: "0.11"), Rational(decimal: "0.13"), nil, Rational(decimal: "0.12")])
        #expect(list.units.count == 1)
        #expect(list.label == "cycle1 cycle2 cycle3 cycle4")
        #expect(list.uncertainty?.valueTexts.count == 4)
        #expect(list.uncertainty?.coverageFactor == "2")
    }

    @Test("D-SI 1.x: expandedUnc, realList with listUnit, a file's own element, tolerated spellings")
    func dsi1() throws {
        let (values, errors) = try Self.values(in: "balance-check-dsi-1.xml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(values.count == 7)
        #expect(values[0].uncertainty?.kind == .expanded)
        #expect(values[0].uncertainty?.valueTexts == ["0.0003"])
        #expect(values[0].uncertainty?.coverageProbability == "0.95")
        // The list's members take its unit unless they carry their own.
        #expect(values[1...3].map(\.unitTexts) == [["\\milli\\gram"], ["\\milli\\gram"], ["\\micro\\gram"]])
        #expect(values[2].values == [Rational(decimal: "-0.1")])
        // <loadPoint> holds si:value and si:unit directly; '\kilo\gram' is read as kg, with a warning.
        #expect(values[4].values == [Rational(5)])
        #expect(values[4].units == [try UnitParser.parse("kg").unit])
        #expect(!values[4].warnings.isEmpty)
        // A space inside a unit of a list: two units for two values.
        #expect(values[5].unitTexts.count == 2)
        #expect(values[5].units.last?.dimension == Dimension(metre: 2))
        // 'knot' is a name, not D-SI: read, with a warning.
        #expect(values[6].warnings.count == 1)
        #expect(values[0...3].allSatisfy { $0.warnings.isEmpty })
    }

    @Test("a specification file with D-SI values reads them as the quantities its text twin writes")
    func specificationWithDSIValues() throws {
        let result = SpecReader().read(file: fixture("dsi/conventional-mass-dsi.xml"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.contains("si:hybrid") == true)
        let dsi = try #require(result.document)
        let text = try SpecReader().load(file: fixture("weights/oiml-r111-1-2004.xml"))
        for id in ["ref-air-density", "ref-density", "ref-temperature", "coverage-factor"] {
            let fromDSI = try #require(dsi.indicators.first { $0.id == id }, "\(id)")
            let fromText = try #require(text.indicators.first { $0.id == id }, "\(id)")
            #expect(
                fromDSI.value.expression.canonical == fromText.value.expression.canonical,
                "\(id): \(fromDSI.value.written) against \(fromText.value.written)")
        }
    }
}
