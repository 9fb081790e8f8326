import HarmoniaAlign
import HarmoniaModel
import Testing

/// The pairs of issue 13, as a metrologist judges them; each verdict change carries its reason.
@Suite("Values judged as a metrologist would")
struct ValueJudgingTests {
    @Test("forms that used to be refused now compare")
    func formerlyRefused() throws {
        #expect(try judged("operating-temperature-range", "(20 ± 2) °C", "18 °C .. 22 °C").0 == .equivalent)
        #expect(try judged("mpe", "±1 % of full scale", "±1 %FS").0 == .equivalent)
        #expect(try judged("verification-interval", "≤ 52 周", "≤ 1 a").0 == .equivalent)
        #expect(try judged("verification-interval", "≤ 1 y", "≤ 1 a").0 == .equivalent)
        #expect(try judged("relative-humidity-range", "(30 ~ 85) %RH", "30 % .. 85 %").0 == .equivalent)
        #expect(try judged("mpe", "±(0.5 % + 2 d)", "±(0.5 % + 2 d)").0 == .identical)
        #expect(try judged("repeatability", "≤ 1/3 MPE", "≤ MPE/3").0 == .equivalent)
        #expect(try judged("mpe", "±4 毫米汞柱", "±4 mmHg").0 == .equivalent)
    }

    @Test("a strict and a non-strict bound at the same number: editorial, said so")
    func boundaryPoint() throws {
        let (verdict, detail) = try judged("repeatability", "&lt; 0.5 %", "≤ 0.5 %")
        #expect(verdict == .equivalent)
        #expect(detail.contains("boundary point only") && detail.contains("editorial"))
        #expect(try judged("operating-temperature-range", "(-10, 40] °C", "[-10, 40] °C").0 == .equivalent)
    }

    @Test("relative bases: never equal across bases; the range would decide")
    func bases() throws {
        // Full scale against the reading orders without the range: a reading never exceeds full scale.
        #expect(try judged("mpe", "±1 % FS", "±1 %").0 == .looser)
        let (verdict, detail) = try judged("mpe", "±0.5 % FS", "±1 %")
        #expect(verdict == .different)
        #expect(detail.contains("not comparable without the reading"))
        let span = try judged("mpe", "±1 % FS", "±1 % of span")
        #expect(span.0 == .different && span.1.contains("not comparable without the range"))
        #expect(try judged("mpe", "±1 % of reading", "±1 %").0 == .equivalent)
        #expect(try judged("mpe", "±0.5 % FS", "±0.5 % of span").0 == .different)
        let stated = try judged(
            "mpe", "±1 % FS", "±0.4 kPa", domesticWhere: "FS=\"40 kPa\"", internationalWhere: "FS=\"40 kPa\"")
        #expect(stated.0 == .equivalent && stated.1.contains("FS = 40 kPa"))
    }

    @Test("formula limits term by term")
    func formulas() throws {
        #expect(try judged("mpe", "±(0.5 % + 1 d)", "±(0.5 % + 2 d)").0 == .stricter)
        #expect(try judged("mpe", "±(0.5 % + 2 d)", "±0.5 %").0 == .looser, "an extra term admits more")
        let (verdict, detail) = try judged("mpe", "±(0.4 % + 3 d)", "±(0.5 % + 2 d)")
        #expect(verdict == .different)
        #expect(detail.contains("0.4 % against 0.5 %") && detail.contains("3 d against 2 d"))
        #expect(try judged("mpe", "±(0.05 % of reading + 0.01 % FS)", "±(0.05 % + 0.02 % FS)").0 == .stricter)
        #expect(try judged("mpe", "±(0.15 + 0.002·|t|) °C", "±(0.15 + 0.003·|t|) °C").0 == .stricter)
        #expect(try judged("label:accuracy", "±0.05 % of reading ± 1 digit", "±(0.05 % + 1 d)").0 == .equivalent)
        #expect(try judged("mpe", "±0.5 % + 2 d", "±(0.5 % + 3 字)").0 == .stricter)
        let symbols = try judged("mpe", "±(0.5 % + 2 d)", "±(0.5 % + 2 e)")
        #expect(symbols.0 == .different && symbols.1.contains("not comparable without the value of d and e"))
    }

    @Test("temperature: a difference or an absolute temperature by the concept, not by the writing")
    func temperature() throws {
        #expect(try judged("stability", "≤ 1 °C", "≤ 2 K").0 == .stricter)
        #expect(try judged("stability", "≤ 2 °C", "≤ 2 K").0 == .equivalent)
        #expect(try judged("label:temperature variation", "≤ 2 °C", "≤ 2 K").0 == .equivalent)
        #expect(try judged("maximum-admissible-temperature", "≥ 30 °C", "≥ 303.15 K").0 == .equivalent)
        let absolute = try judged("maximum-admissible-temperature", "≥ 40 °C", "≥ 40 K").0
        #expect(absolute != .equivalent && absolute != .identical)
        #expect(try judged("reference-temperature", "20 °C", "293.15 K").0 == .equivalent)
    }

    @Test("symbol units: d is the scale interval outside durations; a stated value lets them compare")
    func symbols() throws {
        let (verdict, detail) = try judged("mpe", "±0.5 e", "±0.5 g")
        #expect(verdict == .different)
        #expect(detail.contains("not comparable without the value of e"))
        #expect(try judged("mpe", "±1.4 d", "±1.4 e").0 == .different, "d is not e")
        #expect(try judged("mpe", "±1.4 d", "±1.4 d").0 == .identical)
        #expect(
            try judged("mpe", "±0.5 e", "±0.5 g", domesticWhere: "e=\"1 g\"", internationalWhere: "e=\"1 g\"").0
                == .equivalent)
        #expect(
            try judged("mpe", "±0.5 e", "±1 g", domesticWhere: "e=\"1 g\"", internationalWhere: "e=\"1 g\"").0
                == .stricter)
        #expect(try judged("verification-interval", "≤ 2 d", "≤ 48 h").0 == .equivalent, "in a duration d is the day")
        #expect(try judged("label:clock error", "±1 s/d", "±86.4 ms/h").0 != .different, "s/d is seconds per day")
    }

    @Test("relative against absolute at a stated nominal value")
    func nominal() throws {
        let (verdict, detail) = try judged(
            "mpe", "±0.00016 %", "±1.6 mg", domesticWhere: "nominal=\"1 kg\"",
            internationalWhere: "nominal=\"1 kg\"")
        #expect(verdict == .equivalent)
        #expect(detail.contains("nominal 1 kg"))
        #expect(try judged("mpe", "±0.00016 %", "±1.6 mg").1.contains("not comparable without the nominal value"))
    }

    @Test("conventional rounding of a conversion between unit systems")
    func rounding() throws {
        let (verdict, detail) = try judged("mpe", "±0.5 kPa", "±4 mmHg")
        #expect(verdict == .equivalent)
        #expect(detail.contains("equivalent within the rounding of the conversion") && detail.contains("±"))
        #expect(try judged("mpe", "±0.4 kPa", "±3 mmHg").0 == .equivalent)
        #expect(try judged("mpe", "±0.5 kPa", "±3 mmHg").0 == .looser, "0.39997 kPa rounds to 0.4, not 0.5")
        #expect(try judged("mpe", "±3 Torr", "±3 mmHg").0 == .equivalent)
        #expect(try judged("mpe", "±0.3 g", "±300 mg").0 == .equivalent)
        #expect(try judged("mpe", "±0.4 g", "±300 mg").0 == .looser, "never between decimal multiples of one unit")
        #expect(try judged("verification-interval", "≤ 400 d", "≤ 1 a").0 == .looser, "never between calendar units")
    }

    @Test("calendar durations")
    func calendar() throws {
        for domestic in ["≤ 365 d", "≤ 12 月", "≤ 52 周", "≤ 1 year"] {
            #expect(try judged("verification-interval", domestic, "≤ 1 a").0 == .equivalent, "\(domestic)")
        }
        let (verdict, detail) = try judged("verification-interval", "≤ 400 d", "≤ 1 a")
        #expect(verdict == .looser)
        #expect(detail.contains("1 a = 365 d"))
        #expect(try judged("verification-interval", "≤ 6 月", "≤ 1 a").0 == .stricter)
    }

    @Test("uncertainty: coverage factors compared, standard uncertainties ordered")
    func uncertainty() throws {
        let (verdict, detail) = try judged("expanded-uncertainty", "U ≤ 0.5 mg (k = 2)", "U ≤ 0.5 mg (k = 3)")
        #expect(verdict == .looser)
        #expect(detail.contains("standard uncertainties"))
        #expect(try judged("expanded-uncertainty", "U ≤ 0.5 mg (k = 3)", "U ≤ 0.5 mg (k = 2)").0 == .stricter)
        #expect(try judged("expanded-uncertainty", "U ≤ 0.5 mg (k = 2)", "U ≤ 0.5 mg (k = 2)").0 == .identical)
        // The same value written the same way, but k stated in `<uncertainty>`: never identical when k differs.
        let element = try judged(
            "expanded-uncertainty", "≤ 0.5 mg", "≤ 0.5 mg",
            domesticExtra: "<uncertainty k=\"2\">0.5 mg</uncertainty>",
            internationalExtra: "<uncertainty k=\"3\">0.5 mg</uncertainty>")
        #expect(element.0 == .looser)
        // A level of confidence without k: the normal distribution's factor (95 % → 1.96, 99 % → 2.576).
        #expect(
            try judged("expanded-uncertainty", "≤ 0.5 mg (k = 2, p = 95 %)", "≤ 0.5 mg (k = 2, p = 95.45 %)").0
                == .equivalent)
        let confidence = try judged("expanded-uncertainty", "≤ 0.5 mg, p = 99 %", "≤ 0.5 mg, p = 95 %")
        #expect(confidence.0 == .stricter, "\(confidence.1)")
    }

    @Test("a bare magnitude of a limit concept is the ± limit")
    func magnitudes() throws {
        let (verdict, detail) = try judged("mpe", "0.5 %", "±0.5 %")
        #expect(verdict == .equivalent)
        #expect(detail.contains("read as the limit ±0.5 %"))
        #expect(try judged("mpe", "0.3 %", "±0.5 %").0 == .stricter)
    }

    @Test("identical means written the same way")
    func identity() throws {
        #expect(try judged("mpe", "3 Torr", "3 mmHg").0 == .equivalent)
        #expect(try judged("mpe", "0.3 g", "300 mg").0 == .equivalent)
    }

    @Test("limits and bounds of unknown concepts are ordered by containment; a value inside a window is narrower")
    func unknownConcepts() throws {
        #expect(try judged("label:clock error", "±1.0 s/d", "±0.5 s/d").0 == .looser)
        #expect(try judged("label:leak rate", "≤ 2 Pa/min", "≤ 4 Pa/min").0 == .stricter)
        #expect(try judged("label:deflation rate", "3 mmHg/s", "2 mmHg/s .. 3 mmHg/s").0 == .stricter)
        #expect(try judged("label:deflation rate", "2 mmHg/s .. 3 mmHg/s", "2.5 mmHg/s").0 == .looser)
        #expect(try judged("label:deflation rate", "5 mmHg/s", "2 mmHg/s .. 3 mmHg/s").0 == .different)
        #expect(try judged("reference-temperature", "(20 ± 1) °C", "(20 ± 2) °C").0 == .stricter)
        #expect(try judged("reference-temperature", "(20 ± 2) °C", "(20 ± 1) °C").0 == .looser)
        #expect(try judged("reference-temperature", "(21 ± 2) °C", "(20 ± 2) °C").0 == .different)
    }
}
