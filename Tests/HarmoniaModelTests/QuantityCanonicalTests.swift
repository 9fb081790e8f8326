import Testing

@testable import HarmoniaModel

@Suite("Canonical forms")
struct QuantityCanonicalTests {
    @Test(arguments: [
        ("0.3 g", "300 mg"), ("1.6 mg", "0.0016 g"), ("6 m³/h", "100 L/min"), ("6 m3/h", "100 L/min"),
        ("±2 K", "±2 °C"), ("1 a", "12 月"), ("1 kg", "1000 g"), ("1 kg", "1 千克"), ("1.6 mg", "1.6 毫克"),
        ("0.5 %", "5 ‰"), ("0.5 %", "0.005"), ("5 ppm", "0.0005 %"), ("1 L", "1000 mL"), ("1 升", "1 L"),
        ("≤ 0.5 %", "<= 0.5 %"), ("≤ 0.5 %", "⩽ 5 ‰"), ("≥ 40", ">= 40"),
        ("0 ≤ m ≤ 500 e", "[0, 500] e"), ("500 e < m ≤ 2000 e", "(500, 2000] e"),
        ("-10 °C .. 40 °C", "[-10, 40] °C"), ("−10 ~ 40 °C", "[-10, 40] °C"), ("－１０～４０℃", "[-10, 40] °C"),
        ("[-10, 40] °C", "[263.15, 313.15] K"), ("20 °C", "293.15 K"), ("20 摄氏度", "20 °C"),
        ("±１．６ｍｇ", "±1.6 mg"), ("± 1.6 mg", "+/-0.0016 g"), ("+2 % / -1 %", "-1 % / +2 %"),
        ("+0.3 mm/−0.1 mm", "+300 µm / -100 um"), ("2 kg to 5 kg", "[2000, 5000] g"),
        ("200000 e < m", "m > 200000 e"), ("m ≤ 500 e", "(-∞, 500] e"), ("2.5E-3 kg", "2.5 g"), ("1e3 g", "1 kg"),
        ("5 000 kg", "5 t"), ("1 d", "24 h"), ("1 h", "60 min"), ("1 kWh", "3.6 MJ"), ("1 kWh", "1 kW·h"),
        ("E1|E2|F1", "F1|e1|E2|E2"), ("E2", "e2"), ("E2", "Ｅ２"), ("E2", "E2|E2"),
        ("1 \\milli\\gram", "1 mg"), ("1×10⁻⁶ g", "1 µg"), ("2.5 × 10^3 Pa", "2.5 kPa"), ("≤ 5×10⁻³", "≤ 0.5 %"),
        ("760 mmHg", "101325.0144354 Pa"),
    ])
    func equal(_ pair: (String, String)) throws {
        #expect(try canonical(pair.0) == canonical(pair.1), "\(pair.0) == \(pair.1)")
        #expect(try canonical(pair.0).hashValue == canonical(pair.1).hashValue)
    }

    @Test(arguments: [
        ("1.6 mg", "1.7 mg"), ("1 e", "1 g"), ("0.5 e", "0.5"), ("±2 °C", "±2 %"), ("20 °C", "20 K"),
        ("≤ 0.5 %", "< 0.5 %"), ("≤ 0.5 %", "≥ 0.5 %"), ("[0, 500] e", "(0, 500] e"), ("[0, 500] e", "[0, 500) e"),
        ("1.6 mg", "±1.6 mg"), ("±1 mg", "[-1, 1] mg"), ("E1|E2", "E1|E3"), ("E1", "E1|E2"), ("1 kg", "1 kN"),
        ("2", "2 %"), ("1 a", "1 月"), ("III", "II"),
    ])
    func different(_ pair: (String, String)) throws {
        #expect(try canonical(pair.0) != canonical(pair.1), "\(pair.0) != \(pair.1)")
    }

    @Test func temperaturePointsAreAbsoluteAndLimitsAreDifferences() throws {
        guard case .numeric(let point) = try canonical("20 °C") else {
            Issue.record("not numeric")
            return
        }
        #expect(point.kind == .point)
        #expect(point.lower?.value == r("293.15"))
        guard case .numeric(let limit) = try canonical("±2 °C") else {
            Issue.record("not numeric")
            return
        }
        #expect(limit.kind == .limit)
        #expect(limit.lower?.value == Rational(-2) && limit.upper?.value == Rational(2))
        guard case .numeric(let range) = try canonical("[-10, 40] °C") else {
            Issue.record("not numeric")
            return
        }
        #expect(range.kind == .range)
        #expect(range.lower == NumericSet.End(value: r("263.15"), inclusive: true))
        #expect(range.upper == NumericSet.End(value: r("313.15"), inclusive: true))
        #expect(range.dimension == .temperature)
    }

    @Test func kindsAndEnds() throws {
        guard case .numeric(let bound) = try canonical("< 3 s") else {
            Issue.record("not numeric")
            return
        }
        #expect(bound.kind == .range && bound.lower == nil && bound.upper == NumericSet.End(value: 3, inclusive: false))
        guard case .numeric(let asym) = try canonical("+2 % / -1 %") else {
            Issue.record("not numeric")
            return
        }
        #expect(asym.kind == .limit)
        #expect(asym.lower?.value == Rational(-1, 100) && asym.upper?.value == Rational(2, 100))
        guard case .numeric(let bare) = try canonical("100") else {
            Issue.record("not numeric")
            return
        }
        #expect(bare.dimension == .dimensionless)
        #expect(try canonical("E2|E1") == .tokens(["e1", "e2"]))
        #expect(try canonical("E2") == .tokens(["e2"]))
    }

    @Test func opaqueUnitsCompareAsText() throws {
        let a = try canonical("2 \\milli\\metre\\tothe{0.5}")
        guard case .opaque = a else {
            Issue.record("not opaque: \(a)")
            return
        }
        #expect(a == (try canonical("2  \\milli\\metre\\tothe{0.5}")))
        #expect(a != (try canonical("3 \\milli\\metre\\tothe{0.5}")))
        #expect(try canonical("30 °") == canonical("30 °"))
        #expect(try canonical("30 °") != canonical("31 °"))
    }
}
