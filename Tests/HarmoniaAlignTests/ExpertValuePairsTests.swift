import HarmoniaAlign
import HarmoniaModel
import Testing

/// One requirement as a JJG/JJF and as an OIML/IEC document prints it, with the verdict a metrologist gives.
struct ExpertPair: Sendable, CustomTestStringConvertible {
    var concept: String
    var domestic: String
    var international: String
    var expected: Verdict
    /// Qualifiers both sides state (`e="0.1 g"`, `nominal="1 kg"`).
    var qualifiers: String = ""
    /// Why an expert gives this verdict.
    var why: String

    var testDescription: String { "\(concept): \(domestic) / \(international) → \(expected.rawValue)" }
}

private func pair(
    _ concept: String, _ domestic: String, _ international: String, _ expected: Verdict,
    where qualifiers: String = "", _ why: String
) -> ExpertPair {
    ExpertPair(
        concept: concept, domestic: domestic, international: international, expected: expected,
        qualifiers: qualifiers, why: why)
}

/// Pairs written the way JJG/JJF and OIML documents word their requirements (pressure, temperature, mass,
/// volume and flow, electrical energy, time), none of them issue 13's own examples; each asserts the verdict
/// an expert reviewer gives and why.
@Suite("Expert value pairs")
struct ExpertValuePairsTests {
    static let pressurePairs: [ExpertPair] = [
        pair("mpe", "±0.25 % FS", "±0.25 % of full scale", .equivalent, "the same full-scale base, spelt two ways"),
        pair(
            "mpe", "±1.6 % FS", "±1.6 %", .looser,
            "a reading never exceeds full scale: 1.6 % FS admits at least 1.6 % of any reading"),
        pair("mpe", "±0.5 % of reading", "±1 % FS", .stricter, "0.5 % of a reading is below 1 % FS at every reading"),
        pair(
            "mpe", "±1.6 % FS", "±1.6 %", .looser, where: "FS=\"40 kPa\"",
            "a stated full scale changes nothing against the reading"),
        pair("mpe", "±1.6 % FS", "±0.64 kPa", .equivalent, where: "FS=\"40 kPa\"", "1.6 % of 40 kPa"),
        pair(
            "mpe", "±0.5 % FS", "±1 % of reading", .different,
            "near zero the FS limit admits more, at full scale less: the reading decides"),
        pair(
            "label:air leakage", "≤ 0.6 kPa/min", "≤ 4.5 mmHg/min", .equivalent,
            "4.5 mmHg/min = 0.59995 kPa/min, conventionally rounded"),
        pair(
            "label:air leakage", "&lt; 0.5 kPa/min", "≤ 4 mmHg/min", .equivalent,
            "rounding of the conversion and a boundary point: both editorial"),
        pair("mpe", "±0.8 kPa", "±6 mmHg", .equivalent, "6 mmHg = 0.7999 kPa: R 16 style dual units"),
        pair("mpe", "±1 kPa", "±6 mmHg", .looser, "6 mmHg = 0.8 kPa, which does not round to 1 kPa"),
        pair("maximum-working-pressure", "1.6 MPa", "16 bar", .equivalent, "decimal units, exactly equal"),
        pair("mpe", "±0.1 MPa", "±15 psi", .equivalent, "15 psi = 0.103 MPa, rounded to the one digit written"),
        pair("pressure-loss", "≤ 0.063 MPa", "≤ 0.63 bar", .equivalent, "0.63 bar = 0.063 MPa exactly"),
        pair(
            "mpe", "±(0.05 % of reading + 0.01 % FS)", "±0.06 % FS", .stricter,
            "the formula reaches 0.06 % FS only at full scale and admits less below it"),
        pair(
            "mpe", "±0.1 % FS", "±(0.05 % of reading + 0.05 % FS)", .looser,
            "0.1 % FS is at least the formula at every reading"),
    ]

    static let temperaturePairs: [ExpertPair] = [
        pair(
            "label:temperature rise", "≤ 25 K", "≤ 25 °C", .equivalent, "a rise is a temperature difference: 1 °C = 1 K"
        ),
        pair("label:temperature uniformity", "≤ 0.5 °C", "≤ 0.5 K", .equivalent, "uniformity is a difference"),
        pair("stability", "≤ 0.01 °C", "≤ 10 mK", .equivalent, "a difference in decimal units"),
        pair(
            "storage-temperature-range", "-25 °C .. 55 °C", "248.15 K .. 328.15 K", .equivalent,
            "absolute temperatures, exactly equal"),
        pair(
            "operating-temperature-range", "-10 °C .. 40 °C", "-25 °C .. 55 °C", .looser,
            "a narrower rated operating range asks less of the instrument"),
        pair("maximum-admissible-temperature", "50 °C", "30 °C", .stricter, "a higher MAT is a harder requirement"),
        pair("mpe", "±(0.3 + 0.005·|t|) °C", "±(0.15 + 0.002·|t|) °C", .looser, "class B against class A (IEC 60751)"),
        pair(
            "mpe", "±(0.15 + 0.002·|t|) °C", "±(0.3 + 0.001·|t|) °C", .different,
            "smaller constant, larger slope: the temperature decides"),
        pair("mpe", "0.5 °C", "±0.5 K", .equivalent, "a JJG table prints the MPE's magnitude; an MPE is a difference"),
        pair("label:temperature fluctuation", "±0.1 °C", "±0.2 K", .stricter, "a fluctuation is a difference"),
        pair("storage-temperature-range", "≤ 55 °C", "≤ 328 K", .equivalent, "328.15 K printed as 328 K"),
        pair("reference-temperature", "20 °C", "293 K", .equivalent, "OIML prints 293 K (20 °C)"),
        pair("reference-temperature", "20 °C", "296 K", .different, "23 °C is another reference temperature"),
    ]

    static let massPairs: [ExpertPair] = [
        pair("mpe", "±1.5 e", "±1 e", .looser, "R 76 MPE in e"),
        pair("mpe", "±0.5 e", "±0.5 d", .different, "e and d are different intervals; their values would decide"),
        pair("mpe", "±1 e", "±0.1 g", .equivalent, where: "e=\"0.1 g\"", "e stated as 0.1 g"),
        pair("mpe", "±0.0005 %", "±5 mg", .equivalent, where: "nominal=\"1 kg\"", "0.0005 % of 1 kg is 5 mg"),
        pair("mpe", "±1.6 mg", "±0.0002 %", .stricter, where: "nominal=\"1 kg\"", "0.0002 % of 1 kg is 2 mg"),
        pair("repeatability", "≤ 0.5 MPE", "≤ MPE/3", .looser, "a half of the MPE against a third"),
        pair("repeatability", "≤ 1/3 MPE", "≤ 0.33 MPE", .equivalent, "a third, printed to two digits"),
        pair("repeatability", "≤ 1/3 MPE", "≤ 0.3 MPE", .looser, "0.3 is not a third: 30 % against 33 %"),
        pair("discrimination", "0.7 d", "1.4 d", .stricter, "a smaller extra load must change the indication"),
        pair("verification-scale-interval", "0.1 g", "100 mg", .equivalent, "decimal multiples, equal"),
        pair(
            "expanded-uncertainty", "U = 0.6 mg (k = 2)", "U = 0.9 mg (k = 3)", .equivalent,
            "both 0.3 mg as standard uncertainty"),
        pair(
            "expanded-uncertainty", "U ≤ 0.8 mg (k = 2)", "U ≤ 0.8 mg, p = 95 %", .equivalent,
            "k = 2 is the conventional factor for about 95 % (JJF 1059.1, OIML R 111)"),
        pair(
            "expanded-uncertainty", "U ≤ 0.3 mg, p = 99 %", "U ≤ 0.3 mg (k = 2.58)", .equivalent,
            "99 % of a normal distribution is k = 2.58"),
        pair("expanded-uncertainty", "U ≤ 0.5 mg (k = 2)", "U ≤ 0.3 mg (k = 2)", .looser, "same k, larger U"),
    ]

    static let volumeAndFlowPairs: [ExpertPair] = [
        pair("mpe", "±5 %", "±2 %", .looser, "lower-zone MPE against upper-zone MPE"),
        pair("flowrate-ratio", "100", "160", .looser, "a larger Q3/Q1 is the harder requirement"),
        pair("permanent-flowrate", "2.5 m³/h", "2500 L/h", .equivalent, "decimal units, equal"),
        pair("transitional-flowrate-ratio", "1.6", "Q2/Q1 = 1.6", .equivalent, "the ratio named before its value"),
        pair("flowrate-ratio", "Q3/Q1 = 80", "160", .looser, "R80 against R160"),
        pair("water-temperature-range", "0.1 °C .. 30 °C", "0.1 °C .. 50 °C", .looser, "T30 against T50"),
        pair("mpe", "±5 ppm", "±0.0005 %", .equivalent, "relative units, equal"),
        pair("mpe", "±1 ‰", "±0.1 %", .equivalent, "relative units, equal"),
        pair(
            "relative-humidity-range", "(20 ~ 80) %RH", "(10 ~ 90) %RH", .looser,
            "a narrower rated humidity range asks less"),
    ]

    static let electricalEnergyPairs: [ExpertPair] = [
        pair("mpe", "±1.0 %", "±1 %", .equivalent, "same limit, one more zero written"),
        pair("starting-current", "0.004 Ib", "0.005 Ib", .stricter, "a meter that starts at a smaller current"),
        pair("starting-current", "0.004 Ib", "20 mA", .different, "the value of Ib would decide"),
        pair("starting-current", "0.004 Ib", "20 mA", .equivalent, where: "Ib=\"5 A\"", "0.004 × 5 A = 20 mA"),
        pair("power-consumption", "≤ 2 W", "≤ 2 VA", .different, "active and apparent power are different quantities"),
        pair(
            "power-consumption", "≤ 10 VA", "≤ 10 var", .different,
            "apparent and reactive power are different quantities"),
        pair("power-consumption", "≤ 1.5 W", "≤ 2 W", .stricter, "less active power consumed"),
        pair(
            "power-supply-voltage-range", "0.9 Un .. 1.1 Un", "0.8 Un .. 1.15 Un", .looser,
            "a narrower extended operating range"),
        pair("insulation-test-voltage", "4 kV", "2 kV", .stricter, "a higher test voltage"),
        pair("impulse-voltage-test", "6 kV", "6000 V", .equivalent, "decimal units, equal"),
        pair("label:insulation resistance", "≥ 100 MΩ", "> 100 MΩ", .equivalent, "boundary point only: editorial"),
        pair("label:insulation resistance", "≥ 5 MΩ", "≥ 2 MΩ", .stricter, "a higher minimum resistance admits less"),
    ]

    static let timePairs: [ExpertPair] = [
        pair("verification-interval", "≤ 2 a", "≤ 24 个月", .equivalent, "24 months are 2 years"),
        pair("verification-interval", "不超过 1 年", "≤ 1 a", .equivalent, "JJG prints the bound in words"),
        pair("label:conditioning time", "不少于 24 h", "at least 2 h", .stricter, "a longer conditioning is required"),
        pair(
            "verification-interval", "≤ 366 d", "≤ 1 a", .equivalent,
            "a calendar year is 365 d, or 366 d in a leap year"),
        pair("verification-interval", "≤ 367 d", "≤ 1 a", .looser, "longer than any calendar year"),
        pair("verification-interval", "≤ 365 d", "≤ 52 周", .equivalent, "both are one year"),
        pair("verification-interval", "≤ 12 月", "≤ 365 d", .equivalent, "both are one year"),
        pair("verification-interval", "≤ 360 d", "≤ 12 月", .stricter, "five days short of a year"),
        pair("verification-interval", "≤ 6 月", "≤ 180 d", .equivalent, "six 30-day months"),
        pair("verification-interval", "≤ 3 a", "≤ 1096 d", .equivalent, "three years with a leap day"),
        pair("calibration-interval", "≤ 1 a", "≤ 8760 h", .equivalent, "8760 h are 365 d"),
        pair("warm-up-time", "≤ 30 min", "≤ 0.5 h", .equivalent, "clock units convert exactly"),
        pair("response-time", "≤ 5 s", "≤ 3 s", .looser, "a slower response admitted"),
        pair("label:daily clock error", "±0.5 s/d", "±5.8 μs/s", .equivalent, "5.8 × 10⁻⁶ is 0.50 s/d, rounded"),
    ]

    @Test("pressure", arguments: pressurePairs)
    func pressure(_ p: ExpertPair) throws { try check(p) }

    @Test("temperature", arguments: temperaturePairs)
    func temperature(_ p: ExpertPair) throws { try check(p) }

    @Test("mass", arguments: massPairs)
    func mass(_ p: ExpertPair) throws { try check(p) }

    @Test("volume and flow", arguments: volumeAndFlowPairs)
    func volumeAndFlow(_ p: ExpertPair) throws { try check(p) }

    @Test("electrical energy", arguments: electricalEnergyPairs)
    func electricalEnergy(_ p: ExpertPair) throws { try check(p) }

    @Test("time", arguments: timePairs)
    func time(_ p: ExpertPair) throws { try check(p) }

    @Test("every writing of one year agrees with every other")
    func oneYear() throws {
        let writings = ["≤ 1 a", "≤ 12 月", "≤ 52 周", "≤ 365 d", "≤ 366 d", "≤ 8760 h", "≤ 1 year"]
        for (n, a) in writings.enumerated() {
            for b in writings[(n + 1)...] {
                // Day and hour counts compare exactly with each other (366 d is a day more than 8760 h).
                let clockOnly = [a, b].allSatisfy { $0.hasSuffix(" d") || $0.hasSuffix(" h") }
                let (verdict, detail) = try judged("verification-interval", a, b)
                #expect(verdict == .equivalent || clockOnly, "\(a) / \(b): \(verdict.rawValue), \(detail)")
            }
        }
        #expect(
            try judged("verification-interval", "≤ 365 d", "≤ 366 d").0 == .stricter, "two day counts compare exactly")
    }

    @Test("details say why, and by how much where a size helps")
    func details() throws {
        let leap = try judged("verification-interval", "≤ 366 d", "≤ 1 a").1
        #expect(leap.contains("366 d in a leap year"), "\(leap)")
        let coverage = try judged("expanded-uncertainty", "U ≤ 0.5 mg (k = 2)", "U ≤ 0.5 mg (k = 3)").1
        #expect(coverage.contains("U/k = 0.25 mg against 0.167 mg"), "\(coverage)")
        let conventional = try judged("expanded-uncertainty", "U ≤ 0.8 mg (k = 2)", "U ≤ 0.8 mg, p = 95 %").1
        #expect(conventional.contains("the same conventional level of confidence"), "\(conventional)")
        let fullScale = try judged("mpe", "±0.5 % FS", "±1 % of reading").1
        #expect(
            fullScale.contains("not comparable without the reading") && fullScale.contains("more near zero"),
            "\(fullScale)")
        let power = try judged("power-consumption", "≤ 2 W", "≤ 2 VA").1
        #expect(power.contains("active power (W) against apparent power (VA)"), "\(power)")
    }

    /// Swapping the documents swaps `stricter` and `looser` and keeps every other verdict.
    @Test(
        "every pair read the other way round",
        arguments: pressurePairs + temperaturePairs + massPairs + volumeAndFlowPairs + electricalEnergyPairs + timePairs
    )
    func mirrored(_ p: ExpertPair) throws {
        let (verdict, detail) = try judged(
            p.concept, p.international, p.domestic,
            domesticWhere: p.qualifiers, internationalWhere: p.qualifiers)
        let expected: Verdict =
            switch p.expected {
            case .stricter: .looser
            case .looser: .stricter
            default: p.expected
            }
        #expect(verdict == expected, "\(p.why) — reversed, got \(verdict.rawValue): \(detail)")
    }

    private func check(_ p: ExpertPair) throws {
        let (verdict, detail) = try judged(
            p.concept, p.domestic, p.international,
            domesticWhere: p.qualifiers, internationalWhere: p.qualifiers)
        #expect(verdict == p.expected, "\(p.why) — got \(verdict.rawValue): \(detail)")
        #expect(verdict == .identical || !detail.isEmpty, "every verdict but identical says why")
    }
}
