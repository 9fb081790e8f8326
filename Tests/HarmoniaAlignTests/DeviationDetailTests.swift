import HarmoniaAlign
import HarmoniaModel
import Testing

@Suite("Deviation details")
struct DeviationDetailTests {
    @Test("both clauses, both values, the converted value and the size of the difference")
    func mmHg() throws {
        let c = try compareIndicators(
            "<indicator id=\"mpe-d\" concept=\"mpe\"><value>±0.5 kPa</value></indicator>",
            "<indicator id=\"mpe-i\" concept=\"mpe\"><value>±4 mmHg</value></indicator>")
        let detail = try #require(c.pairs.first).deviationDetail
        #expect(detail.domesticID == "mpe-d" && detail.internationalID == "mpe-i")
        #expect(detail.clauses == "domestic § 5.1; reference § 5.1")
        #expect(detail.converted == "±0.533 kPa")
        #expect(detail.size == "6.2 % tighter (0.0333 kPa)")
        #expect(detail.comparison == "±0.5 kPa against ±4 mmHg = ±0.533 kPa: 6.2 % tighter (0.0333 kPa)")
    }

    @Test(
        "the same unit needs no conversion; a lower bound that is larger is tighter; temperature points get no percentage"
    )
    func sizes() {
        func parse(_ text: String) throws -> QuantityExpression { try QuantityExpressionParser.parse(text).expression }
        #expect(ValueConversion.converted(try! parse("±2 mg"), like: try! parse("±1.6 mg")) == nil)
        #expect(
            ValueConversion.size(domestic: try! parse("≥ 80"), international: try! parse("≥ 40"))
                == "100 % tighter (40)")
        #expect(
            ValueConversion.size(domestic: try! parse("20 °C"), international: try! parse("23 °C")) == "3 °C smaller")
        #expect(
            ValueConversion.size(domestic: try! parse("-10 °C .. 40 °C"), international: try! parse("-25 °C .. 55 °C"))
                == nil)
        #expect(
            ValueConversion.converted(try! parse("-25 °C .. 55 °C"), like: try! parse("250 K .. 300 K"))
                == "248 K .. 328 K")
    }

    @Test("significant digits, half up")
    func significant() {
        #expect(ValueConversion.significant(Rational(8, 15)) == "0.533")
        #expect(ValueConversion.significant(Rational(1234)) == "1230")
        #expect(ValueConversion.significant(Rational(1, 2)) == "0.5")
        #expect(ValueConversion.significant(Rational(-9995, 10000)) == "-1")
    }

    @Test("a partial pair lists both qualifier values; a justification names its own indicator")
    func qualifiersAndJustification() throws {
        let c = try compareIndicators(
            "<indicator id=\"d\" concept=\"mpe\"><where stage=\"subsequent\"/><value>±0.5 kPa</value><justification>same as initial</justification></indicator>",
            "<indicator id=\"i\" concept=\"mpe\"><where condition=\"storage\"/><value>±3 mmHg</value></indicator>")
        let detail = try #require(c.pairs.first).deviationDetail
        #expect(detail.qualifierText == "stage: subsequent against —; condition: — against storage")
        #expect(detail.explanation == "justification (domestic d, § 5.1): same as initial")
    }
}

@Suite("Natural order")
struct NaturalOrderTests {
    @Test("quantities by value, designations by scheme, then text with numbers as numbers")
    func order() {
        #expect(
            ["10 g", "1 g", "100 mg", "2 g"].sorted(by: NaturalOrder.areInIncreasingOrder) == [
                "100 mg", "1 g", "2 g", "10 g",
            ])
        #expect(
            ["-10 °C", "-25 °C", "0 °C"].sorted(by: NaturalOrder.areInIncreasingOrder) == ["-25 °C", "-10 °C", "0 °C"])
        #expect(
            ["1000 kg", "200 kg", "100 kg"].sorted(by: NaturalOrder.areInIncreasingOrder) == [
                "100 kg", "200 kg", "1000 kg",
            ])
        #expect(
            ["M3", "M2-3", "E2", "F1", "M12", "E1"].sorted(by: NaturalOrder.areInIncreasingOrder) == [
                "E1", "E2", "F1", "M12", "M2-3", "M3",
            ])
        #expect(["T130", "T30", "T50"].sorted(by: NaturalOrder.areInIncreasingOrder) == ["T30", "T50", "T130"])
        #expect(["b", "10 g", "E2"].sorted(by: NaturalOrder.areInIncreasingOrder) == ["10 g", "E2", "b"])
        #expect(
            ["V ≥ 2 L", "1 L ≤ V < 2 L", "V < 0.1 L"].sorted(by: NaturalOrder.areInIncreasingOrder) == [
                "V < 0.1 L", "1 L ≤ V < 2 L", "V ≥ 2 L",
            ])
        #expect(NaturalOrder.compare("x", "x") == 0)
    }
}
