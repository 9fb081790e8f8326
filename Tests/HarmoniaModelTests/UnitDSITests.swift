import Testing

@testable import HarmoniaModel

@Suite("UnitParser.parseDSI")
struct UnitDSITests {
    /// Every distinct `si:unit`, `dsi:unit`, `si:unitXMLList` (and `si:unitPhase`) text in
    /// the real D-SI samples (`../shared/samples/dsi/*.xml`, kept outside the repository), with whether a
    /// tolerant reader must warn about it. The texts are written out here, so no file is read.
    static let sampleUnits: [(text: String, warns: Bool)] = [
        ("\\ampere", false), ("\\barel of oil", true), ("\\coulomb", false), ("\\day", false),
        ("\\gram", false), ("\\gram\\centi\\metre\\tothe{-3}", false), ("\\hertz", false), ("\\hour", false),
        ("\\joule", false), ("\\joule\\joule", false), ("\\joule\\kelvin\\tothe{-1}", false),
        ("\\kilo\\becquerel", false), ("\\kilogram", false), ("\\kilowatt hour", true),
        ("\\kilowatt hour\\kilowatt hour", true), ("\\knot", false), ("\\metre", false),
        ("\\metre\\second\\tothe{-1}", false), ("\\metre\\tothe{2}\\kilogram\\second\\tothe{-2}", false),
        ("\\metre\\tothe{2}\\kilogram\\second\\tothe{-2}\\metre\\tothe{2}\\kilogram\\second\\tothe{-2}", false),
        ("\\metre\\tothe{3}", false), ("\\milli\\kelvin", false), ("\\minute", false),
        ("\\mole\\deci\\metre\\tothe{-3}", false), ("\\pascal", false), ("\\torr", true),
        ("imperial gallon", true), ("kBq", true), ("kilowatt hour", true), ("knot", true),
        ("milimetre of mercury, conventional", true), ("ounce", true),
        ("\\metre\\metre", false), ("\\one", false), ("\\arcminute", false), ("\\radian", false),
    ]

    @Test(arguments: sampleUnits)
    func sampleUnitParses(_ sample: (text: String, warns: Bool)) throws {
        let parsed = try UnitParser.parseDSI(sample.text)
        #expect(parsed.warnings.isEmpty != sample.warns, "\(sample.text): \(parsed.warnings)")
    }

    @Test func sampleUnitsHaveTheRightMeaning() throws {
        func dsi(_ text: String) throws -> Unit { try UnitParser.parseDSI(text).unit }
        #expect(try dsi("\\gram\\centi\\metre\\tothe{-3}").factor == Rational(1000))
        #expect(try dsi("\\gram\\centi\\metre\\tothe{-3}").dimension == Dimension(metre: -3, kilogram: 1))
        #expect(try dsi("\\kilo\\becquerel") == UnitParser.parse("kBq").unit)
        #expect(try dsi("kBq") == dsi("\\kilo\\becquerel"))
        #expect(try dsi("\\mole\\deci\\metre\\tothe{-3}").factor == Rational(1000))
        #expect(try dsi("\\joule\\joule").symbol == "J²")
        #expect(try dsi("\\kilowatt hour").factor == Rational(3_600_000))
        #expect(try dsi("\\kilowatt hour\\kilowatt hour").factor == Rational(3_600_000).power(2))
        #expect(try dsi("imperial gallon").factor == Rational(decimal: "0.00454609")!)
        #expect(try dsi("ounce").factor == Rational(decimal: "0.028349523125")!)
        #expect(try dsi("\\knot").factor == Rational(1852, 3600))
        #expect(try dsi("\\torr").factor == Rational(101325, 760))
        #expect(try dsi("milimetre of mercury, conventional").factor == Rational(decimal: "133.322387415")!)
        #expect(try dsi("\\barel of oil").factor == Rational(decimal: "0.158987294928")!)
        #expect(try dsi("\\metre\\second\\tothe{-1}").symbol == "m/s")
        #expect(try dsi("\\one") == Unit.one)
        #expect(try dsi("\\arcminute").isOpaque)
        #expect(try dsi("\\milli\\kelvin").factor == Rational(1, 1000))
    }

    @Test func canonicalStringsGiveNoWarning() throws {
        for text in ["\\milli\\gram", "\\metre\\tothe{3}\\per\\hour", "\\degreecelsius", "\\kilogram", "\\percent"] {
            #expect(try UnitParser.parseDSI(text).warnings.isEmpty, "\(text)")
        }
        #expect(try UnitParser.parseDSI("\\degreecelsius").unit == UnitParser.parse("°C").unit)
        #expect(try UnitParser.parseDSI("\\milli\\gram").unit == UnitParser.parse("mg").unit)
    }

    @Test func toleratedSpellingsWarn() throws {
        let camel = try UnitParser.parseDSI("\\degreeCelsius")
        #expect(try camel.unit == UnitParser.parse("°C").unit)
        #expect(camel.warnings.count == 1)
        #expect(camel.warnings[0].contains("lowercase"))

        let kiloGram = try UnitParser.parseDSI("\\kilo\\gram")
        #expect(kiloGram.unit.factor == .one)
        #expect(kiloGram.unit.dimension == .mass)
        #expect(kiloGram.warnings.contains { $0.contains("\\kilogram") })

        let spaced = try UnitParser.parseDSI(" \\metre \\second\\tothe{-1} ")
        #expect(spaced.unit.symbol == "m/s")
        #expect(spaced.warnings.contains { $0.contains("white space") })
    }

    @Test func dsiGrammarErrors() {
        for text in [
            "", "\\per", "\\milli", "\\milli\\kilogram", "\\milli\\degreecelsius", "\\metre\\per\\second\\per\\second",
            "\\percent\\tothe{2}", "\\tothe{2}", "\\furlong", "\\metre\\tothe{x}",
        ] {
            #expect(throws: QuantityError.self, "\(text)") { try UnitParser.parseDSI(text) }
        }
        do {
            _ = try UnitParser.parseDSI("\\metre\\furlong")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unknownUnit)
            #expect(error.offset == 6)
        }
    }

    @Test func dsiInsideExpressions() throws {
        #expect(try canonical("1.6 \\milli\\gram") == canonical("1.6 mg"))
        #expect(try canonical("6 \\metre\\tothe{3}\\per\\hour") == canonical("100 L/min"))
        let tolerated = try QuantityExpressionParser.parse("2 \\degreeCelsius")
        #expect(!tolerated.warnings.isEmpty)
        #expect(try QuantityExpressionParser.parse("2 °C").warnings.isEmpty)
    }
}
