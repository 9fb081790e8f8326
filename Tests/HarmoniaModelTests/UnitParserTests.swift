import Testing

@testable import HarmoniaModel

@Suite("UnitParser")
struct UnitParserTests {
    private func unit(_ text: String) throws -> Unit {
        try UnitParser.parse(text).unit
    }

    @Test(arguments: [
        ("mg", "1/1000000", "mg"), ("g", "1/1000", "g"), ("kg", "1", "kg"), ("t", "1000", "t"),
        ("µg", "1/1000000000", "µg"), ("ug", "1/1000000000", "µg"), ("μg", "1/1000000000", "µg"),
        ("m", "1", "m"), ("mm", "1/1000", "mm"), ("km", "1000", "km"), ("dam", "10", "dam"),
        ("s", "1", "s"), ("ms", "1/1000", "ms"), ("min", "60", "min"), ("h", "3600", "h"),
        ("d", "86400", "d"), ("a", "31557600", "a"), ("月", "2629800", "月"),
        ("L", "1/1000", "L"), ("l", "1/1000", "L"), ("mL", "1/1000000", "mL"), ("ml", "1/1000000", "mL"),
        ("Pa", "1", "Pa"), ("kPa", "1000", "kPa"), ("MPa", "1000000", "MPa"), ("hPa", "100", "hPa"),
        ("cd", "1", "cd"), ("kWh", "3600000", "kWh"), ("Wh", "3600", "Wh"), ("mmHg", "133.322387415", "mmHg"),
        ("%", "1/100", "%"), ("‰", "1/1000", "‰"), ("ppm", "1/1000000", "ppm"),
        ("Ω", "1", "Ω"), ("ohm", "1", "Ω"), ("kΩ", "1000", "kΩ"), ("ha", "10000", "ha"),
    ])
    func atoms(_ text: String, _ factor: String, _ symbol: String) throws {
        let parsed = try unit(text)
        #expect(parsed.factor == Catalogue.exact(factor))
        #expect(parsed.symbol == symbol)
        #expect(!parsed.isOpaque)
    }

    @Test func compoundUnits() throws {
        let m3h = try unit("m³/h")
        #expect(m3h.symbol == "m³/h")
        #expect(m3h.dimension == Dimension(metre: 3, second: -1))
        #expect(m3h.factor == Rational(1, 3600))
        #expect(try unit("m3/h") == m3h)
        #expect(try unit("m^3/h") == m3h)
        #expect(try unit("\\metre\\tothe{3}\\per\\hour") == m3h)
        let lmin = try unit("L/min")
        #expect(lmin.factor == Rational(1, 60000))
        #expect(Rational(6) * m3h.factor == Rational(100) * lmin.factor)
        #expect(try unit("kW·h").factor == Rational(3_600_000))
        #expect(try unit("kW*h").symbol == "kW·h")
        #expect(try unit("N.m").dimension == Dimension(metre: 2, kilogram: 1, second: -2))
        #expect(try unit("N m").dimension == Dimension(metre: 2, kilogram: 1, second: -2))
        let accel = try unit("m/s/s")
        #expect(accel.symbol == "m/s²")
        #expect(accel.dimension == Dimension(metre: 1, second: -2))
        #expect(try unit("m·s^-2") == accel)
        #expect(try unit("m·s⁻²") == accel)
        #expect(try unit("m·s^(-2)").dimension == accel.dimension)
        #expect(try unit("W/(m·K)").symbol == "W/(m·K)")
        #expect(try unit("s⁻¹").symbol == "s⁻¹")
        #expect(try unit("1/min").factor == Rational(1, 60))
        #expect(try unit("m2").symbol == "m²")
        #expect(try unit("mm²").factor == Rational(1, 1_000_000))
        #expect(try unit("m/m").symbol == "")
        #expect(try unit("") == Unit.one)
    }

    @Test func temperatures() throws {
        let celsius = try unit("°C")
        #expect(celsius.offset == Rational(decimal: "273.15")!)
        #expect(celsius.factor == .one)
        #expect(celsius.dimension == .temperature)
        #expect(try unit("℃") == celsius)
        #expect(try unit("K").offset == .zero)
        #expect(try unit("°C/h").offset == .zero, "a rate of temperature is a difference")
        #expect(try unit("mK").factor == Rational(1, 1000))
    }

    @Test func chineseNames() throws {
        #expect(try unit("毫克") == unit("mg"))
        #expect(try unit("克") == unit("g"))
        #expect(try unit("千克") == unit("kg"))
        #expect(try unit("升") == unit("L"))
        #expect(try unit("毫升") == unit("mL"))
        #expect(try unit("摄氏度") == unit("°C"))
        #expect(try unit("年") == unit("a"))
        #expect(try unit("月").factor * Rational(12) == unit("a").factor)
        #expect(try unit("千瓦时").factor == Rational(3_600_000))
        #expect(try unit("立方米/小时") == unit("m³/h"))
    }

    @Test func scaleIntervalHasItsOwnDimension() throws {
        let e = try unit("e")
        #expect(e == Unit.scaleInterval)
        #expect(e.dimension == .scale)
        #expect(e.dimension != (try unit("g")).dimension)
        #expect(e.dimension.scaleInterval == 1)
    }

    @Test func ambiguousSymbolsPreferWholeSymbols() throws {
        #expect(try unit("min").dimension == .time)
        #expect(try unit("Pa").dimension == Dimension(metre: -1, kilogram: 1, second: -2))
        #expect(try unit("cd").dimension == .luminousIntensity)
        #expect(try unit("d").factor == Rational(86400))
        #expect(try unit("T").dimension == Dimension(kilogram: 1, second: -2, ampere: -1))
        #expect(throws: QuantityError.self, "bare 'da' is a prefix, not a unit") { try UnitParser.parse("da") }
        #expect(try unit("ha").dimension == Dimension(metre: 2), "'ha' is the hectare, not hecto-year")
    }

    @Test func unknownUnitsThrowWithOffset() {
        do {
            _ = try UnitParser.parse("kg/mgg")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unknownUnit)
            #expect(error.message == "unknown unit 'mgg'")
            #expect(error.offset == 3)
            #expect(error.text == "kg/mgg")
        }
        #expect(throws: QuantityError.self) { try UnitParser.parse("Ma") }
        #expect(throws: QuantityError.self) { try UnitParser.parse("m/") }
        #expect(throws: QuantityError.self) { try UnitParser.parse("(m") }
    }

    @Test func opaqueUnitsCompareBySymbol() throws {
        let angle = try unit("°")
        #expect(angle.isOpaque)
        #expect(try unit("r/min").isOpaque, "a revolution is 2π rad")
        let root = try unit("\\milli\\metre\\tothe{0.5}")
        #expect(root.isOpaque)
        #expect(root.symbol == "mm^0.5")
        #expect(!root.isCommensurable(with: try unit("mm")))
        #expect(root.isCommensurable(with: try unit("\\milli\\metre\\tothe{0.5}")))
    }
}

/// Reaches the catalogue's factor reader from the tests.
enum Catalogue {
    static func exact(_ text: String) -> Rational { UnitCatalogue.exact(text) }
}
