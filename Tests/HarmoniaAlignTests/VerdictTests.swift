import HarmoniaAlign
import HarmoniaModel
import Testing

@Suite("Verdicts by direction and form")
struct VerdictTests {
    @Test("identical folds white space, width, minus and micro signs")
    func identical() throws {
        #expect(try verdict("mpe", "±1.6 mg", "± 1.6 mg") == .identical)
        #expect(try verdict("mpe", "±１.６ mg", "±1.6 mg") == .identical)
        #expect(try verdict("operating-temperature-range", "−10 °C .. 40 °C", "-10 °C .. 40 °C") == .identical)
        #expect(try verdict("resolution", "5 µm", "5 μm") == .identical)
    }

    @Test("equivalent: other units and spellings of the same requirement")
    func equivalent() throws {
        #expect(try verdict("mpe", "±1.6 mg", "±0.0016 g") == .equivalent)
        #expect(try verdict("mpe", "≤ 0.5 %", "&lt;= 0.5 %") == .equivalent)
        #expect(try verdict("operating-temperature-range", "-10 °C ~ 40 °C", "-10 °C .. 40 °C") == .equivalent)
        #expect(try verdict("max-capacity", "1 kg", "1000 g") == .equivalent)
        #expect(try verdict("repeatability", "1", "1.0") == .equivalent)
        #expect(try verdict("permanent-flowrate", "6 m³/h", "100 L/min") == .equivalent)
        #expect(try verdict("verification-interval", "1 a", "12 月") == .equivalent)
        #expect(try verdict("mpe", "±2 K", "±2 °C") == .equivalent)
        #expect(try verdict("measuring-range", "0 ≤ m ≤ 500 e", "[0, 500] e") == .equivalent)
    }

    @Test("lower and higher: the one that admits less is stricter")
    func limits() throws {
        #expect(try verdict("mpe", "±1.6 mg", "±2 mg") == .stricter)
        #expect(try verdict("mpe", "±2 mg", "±1.6 mg") == .looser)
        #expect(try verdict("insulation-test-voltage", "≥ 80", "≥ 40") == .stricter)
        #expect(try verdict("repeatability", "≤ 0.5 %", "≤ 1 %") == .stricter)
        #expect(try verdict("mpe", "+2 % / -1 %", "±1.5 %") == .different)
    }

    @Test("single values: smaller is stricter for lower, larger for higher")
    func singleValues() throws {
        #expect(try verdict("verification-interval", "1 a", "2 a") == .stricter)
        #expect(try verdict("verification-interval", "2 a", "1 a") == .looser)
        #expect(try verdict("flowrate-ratio", "160", "100") == .stricter)
        #expect(try verdict("flowrate-ratio", "80", "100") == .looser)
    }

    @Test("wider and narrower: containment decides")
    func ranges() throws {
        #expect(try verdict("operating-temperature-range", "-20 °C .. 40 °C", "-10 °C .. 40 °C") == .stricter)
        #expect(try verdict("operating-temperature-range", "0 °C .. 40 °C", "-10 °C .. 40 °C") == .looser)
        #expect(try verdict("operating-temperature-range", "-20 °C .. 30 °C", "-10 °C .. 40 °C") == .different)
        #expect(try verdict("density-range", "[7.9, 8.1] g/cm³", "[7.8, 8.2] g/cm³") == .stricter)
        #expect(try verdict("density-range", "[7.7, 8.3] g/cm³", "[7.8, 8.2] g/cm³") == .looser)
    }

    @Test("exact concepts and forms that do not compare are different")
    func different() throws {
        #expect(try verdict("accuracy-class", "E2", "F1") == .different)
        #expect(try verdict("reference-temperature", "20 °C", "23 °C") == .different)
        #expect(try verdict("mpe", "±1.6 mg", "±0.5 %") == .different)
        #expect(try verdict("mpe", "±1.6 mg", "E1|E2") == .different)
        #expect(try verdict("accuracy-class", "E1|E2|F1", "E1|E2") == .different)
    }

    @Test("relative tolerance makes near-equal values equivalent")
    func tolerance() throws {
        let exact = try compareIndicators(
            "<indicator id=\"x\" concept=\"mpe\"><value>±1.6000001 mg</value></indicator>",
            "<indicator id=\"y\" concept=\"mpe\"><value>±1.6 mg</value></indicator>")
        #expect(exact.pairs.first?.verdict == .looser)
        let tolerant = try compareIndicators(
            "<indicator id=\"x\" concept=\"mpe\"><value>±1.6000001 mg</value></indicator>",
            "<indicator id=\"y\" concept=\"mpe\"><value>±1.6 mg</value></indicator>",
            options: ComparisonOptions(relativeTolerance: Rational(decimal: "1e-6")))
        #expect(tolerant.pairs.first?.verdict == .equivalent)
    }
}
