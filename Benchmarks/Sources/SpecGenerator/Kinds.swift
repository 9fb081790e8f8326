/// The requirements the generator writes as `indicator` elements: one concept each (or a label that
/// names it), the qualifiers it is written under, and a value in the form real documents use.
struct IndicatorKind: Sendable {
    /// The concept id written in `concept`, or `nil` when only `label`s name it.
    var concept: String?
    /// Labels, by language (written only when `concept` is `nil` or for every tenth indicator).
    var labels: [(lang: String, text: String)]
    var direction: Direction
    /// Other tokens an `exact` token or set may take when edited.
    var alternatives: [String] = []
    /// Draws the qualifiers (name, value as written) beyond `series` and `item`.
    var qualifiers: @Sendable (inout SplitMix64) -> [(String, String)]
    /// Draws the value.
    var value: @Sendable (inout SplitMix64) -> Requirement
}

/// The requirements the generator writes as tables: every cell is one indicator.
struct TableKind: Sendable {
    var concept: String
    var rows: String
    var cols: String
    var unit: String?
    var form: String
    var head: [String]
    /// Row keys; a table uses a run of consecutive keys.
    var rowKeys: [String]
    var direction: Direction
    /// Draws one cell's number, before the table's form and unit apply.
    var cell: @Sendable (inout SplitMix64) -> Dec
}

enum Kinds {
    static let masses = [
        "50 kg", "20 kg", "10 kg", "5 kg", "2 kg", "1 kg", "500 g", "200 g", "100 g", "50 g",
        "20 g", "10 g", "5 g", "2 g", "1 g", "500 mg", "200 mg", "100 mg", "50 mg", "20 mg",
    ]
    static let weightClasses = ["E1", "E2", "F1", "F2", "M1", "M2", "M3"]
    static let scaleClasses = ["I", "II", "III", "IIII"]
    static let sizes = ["DN15", "DN20", "DN25", "DN32", "DN40", "DN50", "DN80", "DN100"]
    static let loads = ["0 e ≤ m ≤ 500 e", "500 e < m ≤ 2000 e", "2000 e < m ≤ 10000 e", "10000 e < m"]

    /// A positive decimal with 1–3 significant digits and 0–3 decimals.
    static func number(_ rng: inout SplitMix64, digits: ClosedRange<Int> = 1...999, scale: ClosedRange<Int> = 0...3)
        -> Dec
    {
        Dec(rng.int(in: digits), scale: rng.int(in: scale))
    }

    static let indicators: [IndicatorKind] = [
        IndicatorKind(
            concept: "mpe", labels: [("zh", "最大允许误差"), ("en", "maximum permissible error")], direction: .lower,
            qualifiers: { rng in [("class", rng.pick(weightClasses)), ("nominal", rng.pick(masses))] },
            value: { rng in .symmetric(Amount(number(&rng), rng.pick(["mg", "mg", "g"])), spaced: rng.chance(0.5)) }),
        IndicatorKind(
            concept: "mpe", labels: [("zh", "最大允许误差"), ("en", "maximum permissible error")], direction: .lower,
            qualifiers: { rng in
                [
                    ("accuracy", rng.pick(scaleClasses)), ("load", rng.pick(loads)),
                    ("stage", rng.pick(["initial", "in-service"])),
                ]
            },
            value: { rng in .symmetric(Amount(Dec(rng.int(in: 1...3) * 5, scale: 1), "e"), spaced: true) }),
        IndicatorKind(
            concept: "measuring-range", labels: [("zh", "测量范围"), ("en", "measuring range")], direction: .wider,
            qualifiers: { rng in [("accuracy", rng.pick(scaleClasses))] },
            value: { rng in
                let lower = Dec(rng.int(in: 1...50) * 10)
                let open = rng.chance(0.2)
                return .chain(
                    lower: lower, upper: open ? nil : Dec(rng.int(in: 1...100) * 1000),
                    strictLower: open || rng.chance(0.3))
            }),
        IndicatorKind(
            concept: "operating-temperature-range",
            labels: [("zh", "额定工作温度范围"), ("en", "rated operating temperature range")],
            direction: .wider,
            qualifiers: { rng in [("class", rng.pick(weightClasses + scaleClasses))] },
            value: { rng in
                .interval(
                    lower: Amount(Dec(-rng.int(in: 0...4) * 5), "°C"),
                    upper: Amount(Dec(rng.int(in: 6...11) * 5), "°C"),
                    style: rng.int(in: 0...3))
            }),
        IndicatorKind(
            concept: "relative-humidity-range",
            labels: [("zh", "额定工作相对湿度范围"), ("en", "rated operating relative humidity range")],
            direction: .wider,
            qualifiers: { rng in [("environment", rng.pick(["M1", "M2", "M3", "E1", "E2"]))] },
            value: { rng in
                .interval(
                    lower: Amount(Dec(rng.int(in: 1...4) * 5), "%"), upper: Amount(Dec(rng.int(in: 15...19) * 5), "%"),
                    style: rng.pick([0, 3]))
            }),
        IndicatorKind(
            concept: "pressure-loss", labels: [("zh", "压力损失"), ("en", "pressure loss")], direction: .lower,
            qualifiers: { rng in [("size", rng.pick(sizes)), ("flowrate", rng.pick(["Q1", "Q2", "Q3", "Q4"]))] },
            value: { rng in
                .bound(
                    op: rng.pick(["≤", "<="]),
                    Amount(number(&rng, digits: 10...99, scale: 0...1), rng.pick(["kPa", "kPa", "MPa"])))
            }),
        IndicatorKind(
            concept: "magnetic-susceptibility", labels: [("zh", "磁化率"), ("en", "magnetic susceptibility")],
            direction: .lower,
            qualifiers: { rng in [("class", rng.pick(weightClasses)), ("nominal", "≥ " + rng.pick(masses))] },
            value: { rng in .bound(op: "≤", Amount(Dec(rng.int(in: 1...9), scale: rng.int(in: 2...3)), "")) }),
        IndicatorKind(
            concept: "accuracy-class", labels: [("zh", "准确度等级"), ("en", "accuracy class")], direction: .exact,
            alternatives: weightClasses,
            qualifiers: { rng in [("instrument", rng.pick(["weight", "balance", "meter", "gauge"]))] },
            value: { rng in .token(rng.pick(weightClasses)) }),
        IndicatorKind(
            concept: "temperature-class", labels: [("zh", "温度等级"), ("en", "temperature class")], direction: .exact,
            alternatives: ["T30", "T50", "T70", "T90", "T130"],
            qualifiers: { rng in [("size", rng.pick(sizes))] },
            value: { rng in .set(Array(["T30", "T50", "T70", "T90"].prefix(rng.int(in: 1...3)))) }),
        IndicatorKind(
            concept: "warm-up-time", labels: [("zh", "预热时间"), ("en", "warm-up time")], direction: .lower,
            qualifiers: { rng in [("accuracy", rng.pick(scaleClasses))] },
            value: { rng in .bound(op: "≤", Amount(Dec(rng.int(in: 1...12) * 5), rng.pick(["min", "min", "h"]))) }),
        IndicatorKind(
            concept: nil, labels: [("zh", "检定周期"), ("en", "verification interval")], direction: .lower,
            qualifiers: { rng in [("usage", rng.pick(["trade", "medical", "industrial", "laboratory"]))] },
            value: { rng in .bound(op: "≤", Amount(Dec(rng.int(in: 1...3)), "a")) }),
        IndicatorKind(
            concept: "flowrate-ratio", labels: [("zh", "量程比"), ("en", "ratio Q3/Q1")], direction: .higher,
            qualifiers: { rng in [("size", rng.pick(sizes))] },
            value: { rng in
                .bound(op: rng.pick(["≥", ">="]), Amount(Dec(rng.pick([40, 63, 80, 100, 160, 250, 400])), ""))
            }),
        IndicatorKind(
            concept: "insulation-test-voltage", labels: [("zh", "绝缘试验电压"), ("en", "insulation test voltage")],
            direction: .higher,
            qualifiers: { rng in [("circuit", rng.pick(["mains", "signal", "auxiliary"]))] },
            value: { rng in .bound(op: "≥", Amount(Dec(rng.int(in: 5...40), scale: 1), "kV")) }),
        IndicatorKind(
            concept: "max-capacity", labels: [("zh", "最大秤量"), ("en", "maximum capacity")], direction: .exact,
            qualifiers: { rng in [("accuracy", rng.pick(scaleClasses)), ("range", "R" + String(rng.int(in: 1...3)))] },
            value: { rng in .value(Amount(Dec(rng.pick([3, 6, 15, 30, 60, 150, 300])), "kg"), exponent: false) }),
        IndicatorKind(
            concept: "mpe", labels: [("zh", "最大允许误差"), ("en", "maximum permissible error")], direction: .lower,
            qualifiers: { rng in
                [
                    ("zone", rng.pick(["lower-zone", "upper-zone"])),
                    ("water-temperature", rng.pick(["0.1 °C .. 30 °C", "30 °C .. 90 °C"])),
                ]
            },
            value: { rng in .symmetric(Amount(Dec(rng.int(in: 1...5) * 5, scale: 1), "%"), spaced: rng.chance(0.5)) }),
        IndicatorKind(
            concept: nil, labels: [("en", "zero drift")], direction: .exact,
            qualifiers: { rng in [("period", rng.pick(["4 h", "24 h", "7 d"]))] },
            value: { rng in .value(Amount(Dec(rng.int(in: 1...50), scale: 3), ""), exponent: false) }),
    ]

    static let tables: [TableKind] = [
        TableKind(
            concept: "mpe", rows: "nominal", cols: "class", unit: "mg", form: "±",
            head: ["E1", "E2", "F1", "F2", "M1"], rowKeys: masses, direction: .lower,
            cell: { rng in number(&rng, digits: 1...999, scale: 1...3) }),
        TableKind(
            concept: "pressure-loss", rows: "flowrate", cols: "size", unit: "kPa", form: "≤",
            head: ["DN15", "DN20", "DN25", "DN32", "DN40"], rowKeys: ["Q1", "Q2", "Q3", "Q4", "Qmax"],
            direction: .lower,
            cell: { rng in number(&rng, digits: 10...99, scale: 0...1) }),
        TableKind(
            concept: "mpe", rows: "water-temperature", cols: "class", unit: "%", form: "±",
            head: ["0.5", "1", "1.5", "2", "2.5"],
            rowKeys: ["0.1 °C .. 30 °C", "30 °C .. 50 °C", "50 °C .. 70 °C", "70 °C .. 90 °C"],
            direction: .lower, cell: { rng in Dec(rng.int(in: 1...50), scale: 1) }),
        TableKind(
            concept: "verification-interval", rows: "usage", cols: "accuracy", unit: "a", form: "≤",
            head: ["I", "II", "III", "IIII", "X"], rowKeys: ["trade", "medical", "industrial", "laboratory"],
            direction: .lower, cell: { rng in Dec(rng.int(in: 1...3)) }),
        TableKind(
            concept: "mpe", rows: "load", cols: "stage", unit: "e", form: "±",
            head: ["initial", "in-service", "type-approval", "subsequent", "periodic"], rowKeys: loads,
            direction: .lower, cell: { rng in Dec(rng.int(in: 1...3) * 5, scale: 1) }),
    ]
}
