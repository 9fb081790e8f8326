import Testing

@testable import HarmoniaModel

/// The forms JJG and OIML documents print (issue 13), each read into the expression it means.
@Suite("Quantity forms as documents print them")
struct QuantityDocumentFormsTests {
    /// The numeric set of `text`, failing the test when it has none.
    private func set(_ text: String) throws -> NumericSet {
        let form = try canonical(text)
        guard case .numeric(let set) = form else {
            Issue.record("\(text) is not numeric: \(form)")
            throw Unexpected()
        }
        return set
    }

    private struct Unexpected: Error {}

    @Test("centre and tolerance read as the closed interval around the centre")
    func centreAndTolerance() throws {
        for text in ["(20 ± 2) °C", "20 °C ± 2 °C", "(20 ± 2) ℃", "20 ± 2 °C", "(20 °C ± 2 K)"] {
            let s = try set(text)
            #expect(s.kind == .range, "\(text)")
            #expect(s.lower == NumericSet.End(value: r("291.15"), inclusive: true), "\(text)")
            #expect(s.upper == NumericSet.End(value: r("295.15"), inclusive: true), "\(text)")
        }
        #expect(try expression("(20 ± 2) °C").description == "[18, 22] °C")
        // A relative tolerance on a centre with a unit is a fraction of the centre.
        let supply = try set("230 V ± 10 %")
        #expect(supply.lower?.value == 207 && supply.upper?.value == 253)
        #expect(parseError("(20 ± -2) °C") != nil, "a tolerance is unsigned")
        #expect(parseError("20 °C ± 2 kg")?.kind == .dimensionMismatch)
    }

    @Test("brackets that only group a range enclose a closed interval")
    func groupedRange() throws {
        let s = try set("(30 ~ 85) %RH")
        #expect(s.lower == NumericSet.End(value: r("0.3"), inclusive: true))
        #expect(s.upper == NumericSet.End(value: r("0.85"), inclusive: true))
        #expect(try set("(30~85)%RH") == s)
        #expect(try set("(-10 .. 40) °C") == set("[-10, 40] °C"))
        // A comma still makes `(` an open end.
        #expect(try set("(0, 500] e").lower?.inclusive == false)
    }

    @Test("strict bounds keep their open end")
    func strictBounds() throws {
        #expect(try set("< 0.5 %").upper == NumericSet.End(value: r("0.005"), inclusive: false))
        #expect(try set("> 0.5 %").lower == NumericSet.End(value: r("0.005"), inclusive: false))
    }

    @Test("relative values carry their reference base; bare % is of the measured value")
    func relativeBases() throws {
        let fs = try set("±1 % FS").dimension
        #expect(fs.symbolicBase == "FS")
        for text in ["±1 %FS", "±1 % F.S.", "±1 % F.S", "±1 % FSR", "±1 % of full scale", "±1 % 满量程", "±1 % fs"] {
            #expect(try set(text).dimension == fs, "\(text)")
        }
        #expect(try set("±1 % of span").dimension.symbolicBase == "span")
        #expect(try set("±1 % 量程").dimension.symbolicBase == "span")
        for text in ["±1 % of reading", "±1 % rdg", "±1 % 读数", "±1 %"] {
            #expect(try set(text) == set("±1 %"), "\(text)")
        }
        #expect(try set("±5 % Imax").dimension.symbolicBase == "Imax")
        #expect(try set("≤ 4 % of Max").dimension.symbolicBase == "Max")
        #expect(try expression("±1 %FS").description == "±1 %FS", "written form kept")
        #expect(parseError("±0.5 % FSx") != nil, "a base must end a word")
    }

    @Test("formula limits keep their terms; a unit after the bracket applies to unit-less terms")
    func formulas() throws {
        guard case .formula(let terms) = try expression("±(0.5 % + 2 d)") else {
            Issue.record("not a formula")
            return
        }
        #expect(terms.count == 2)
        #expect(terms[0].coefficient.unit.symbol == "%")
        #expect(terms[1].coefficient.unit.symbol == "d")
        guard case .formula(let t) = try expression("±(0.15 + 0.002·|t|) °C") else {
            Issue.record("not a formula")
            return
        }
        #expect(t[0].coefficient.unit.symbol == "°C" && t[1].variable == "|t|" && t[1].coefficient.unit.symbol == "°C")
        guard case .formula(let m) = try expression("±(0.05 % of reading + 0.01 % FS)") else {
            Issue.record("not a formula")
            return
        }
        #expect(m[1].coefficient.unit.dimension.symbolicBase == "FS")
        #expect(try expression("±(0.5 % + 2 d)").description == "±(0.5 % + 2 d)")
        let missing = parseError("±(0.5 % + 2 d")
        #expect(missing?.kind == .noForm)
        #expect(missing?.offset == 13, "points at the end where ')' is missing")
        #expect(parseError("±(0.5 %)") != nil, "one term is not a formula")
    }

    @Test("multiples of another requirement: by factor, however written")
    func multiples() throws {
        #expect(try set("≤ 1/3 MPE") == set("≤ MPE/3"))
        #expect(try set("±2 × MPE") == set("±2 MPE"))
        #expect(try set("≤ 0.5 e").dimension == Dimension(scaleInterval: 1))
        #expect(try set("≤ 1/3 MPE").upper?.value == Rational(1, 3))
        #expect(try expression("MPE/3") == expression("1/3 MPE") || set("MPE/3") == set("1/3 MPE"))
        #expect(try expression("Max") == .token("Max"), "a symbol alone stays a token, as column keys print it")
        #expect(parseError("≤ MPE/0")?.kind == .malformedNumber)
    }

    @Test("named values and coverage statements")
    func namedAndCoverage() throws {
        #expect(try set("U = 0.5 mg") == set("0.5 mg"))
        #expect(try set("e = 1 g") == set("1 g"))
        #expect(try set("Q2/Q1 = 1.6") == set("1.6"), "a ratio named before its value")
        guard case .interval(_?, nil, "Q3/Q1") = try expression("Q3/Q1 ≥ 40") else {
            Issue.record("not a bound on Q3/Q1")
            return
        }
        #expect(try expression("Q2/Q1") == .token("Q2/Q1"), "a ratio alone is a column key")
        guard case .withCoverage(let inner, let coverage) = try expression("U ≤ 0.5 mg (k = 2)") else {
            Issue.record("no coverage read")
            return
        }
        #expect(inner.canonical == (try canonical("≤ 0.5 mg")))
        #expect(coverage.factor?.number == 2)
        guard case .withCoverage(_, let both) = try expression("0.3 mg, k = 2, p = 95 %") else {
            Issue.record("no coverage read")
            return
        }
        #expect(both.factor?.number == 2 && both.probability?.number == 95)
        #expect(try canonical("U ≤ 0.5 mg (k = 3)") == canonical("≤ 0.5 mg"))
        #expect(try expression("0.5 mg (k=2)").description == "0.5 mg (k = 2)")
    }

    @Test("units real documents print")
    func units() throws {
        let pairs: [(String, String)] = [
            ("4 毫米汞柱", "4 mmHg"), ("1 周", "7 d"), ("1 week", "7 d"), ("2 weeks", "14 d"), ("1 y", "1 a"),
            ("1 yr", "1 a"),
            ("1 year", "1 a"), ("20 ℃", "20 °C"), ("1 ‰", "0.1 %"), ("1 ppm", "0.0001 %"), ("1000 ppb", "1 ppm"),
            ("1 kWh", "3.6 MJ"), ("1 千瓦时", "1 kWh"), ("2 乏", "2 var"), ("1 千乏", "1 kvar"), ("50 %RH", "50 %"),
            ("1 兆帕", "1 MPa"), ("1 千牛", "1 kN"), ("1 微安", "1 µA"), ("1 纳米", "1 nm"), ("1 兆欧", "1 MΩ"),
            ("1 毫巴", "1 hPa"), ("1 星期", "1 周"), ("1 千克每立方米", "1 kg/m³"), ("1 in", "25.4 mm"),
        ]
        for (a, b) in pairs {
            #expect(try canonical(a) == canonical(b), "\(a) = \(b)")
        }
        #expect(try canonical("3 Torr") != canonical("3 mmHg"), "they differ by 1.4 × 10⁻⁷")
        for symbol in ["Q1", "Q2", "Q3", "Q4", "Ib", "In", "Imax", "v", "e", "MPE"] {
            #expect(try set("1.6 \(symbol)").dimension.symbolicBase == symbol, "\(symbol)")
        }
        #expect(try set("1.6 Q1") != set("1.6 Q3"))
        #expect(try set("0.05 Ib").dimension != set("0.05 In").dimension)
        #expect(try set("1.4 d").dimension == .time, "d is the day when read; the comparison decides by concept")
        #expect(try set("1 s/d").dimension.isDimensionless, "s/d is seconds per day")
    }

    @Test("anything not understood is refused with its position")
    func refusals() {
        let cases: [(String, Int)] = [("±(0.5 % 2 d)", 8), ("(20 ± 2 °C", 10), ("≤ 1/3 MPEx", 6), ("±5 % Imaxx", 5)]
        for (text, offset) in cases {
            let error = parseError(text)
            #expect(error != nil, "\(text) must be refused")
            #expect(error?.offset == offset, "\(text): \(String(describing: error))")
        }
    }
}
