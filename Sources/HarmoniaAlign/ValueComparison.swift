import HarmoniaModel

/// The outcome of comparing two values under a concept's direction.
struct ValueJudgement: Equatable {
    var verdict: Verdict
    var detail: String
}

/// Judges a domestic value against an international one (comparison contract, "Verdicts";
/// `docs/quantities.md` gives every rule with examples). Every verdict carries a detail that says why.
struct ValueComparator: Sendable {
    /// Relative tolerance within which two numbers count as equal; `nil` is exact.
    var relativeTolerance: Rational?

    /// Judges a pair: `identical` only when the two are written the same way (`writtenTheSame`, which the
    /// caller decides from values and qualifiers) and state the same coverage factor; otherwise the
    /// values are compared under `context`.
    /// Two writings that fold to the same text state the same qualifiers and inline coverage, so only the
    /// `<uncertainty>` element's `k` and `p` can still differ; the context is built only when needed.
    func judge(
        domestic: Indicator, international: Indicator, writtenTheSame: Bool,
        context: () -> ValueContext
    ) -> ValueJudgement {
        if writtenTheSame, domestic.uncertainty?.coverageFactor == international.uncertainty?.coverageFactor,
            domestic.uncertainty?.coverageProbability == international.uncertainty?.coverageProbability
        {
            return ValueJudgement(verdict: .identical, detail: "same requirement, written the same way")
        }
        return judge(domestic: domestic.value, international: international.value, context: context())
    }

    /// Compares two values under a direction alone (no concept fields, no qualifiers).
    func judge(domestic: WrittenExpression, international: WrittenExpression, direction: Direction) -> ValueJudgement {
        judge(domestic: domestic, international: international, context: ValueContext(direction: direction))
    }

    /// Compares two values; both are present.
    ///
    /// `context.direction` decides which way a differing requirement is stricter; pass a role-dependent
    /// direction where the concept alone does not decide it (rated operating conditions: `.wider`; test
    /// conditions: `.narrower`). The reading of each side (temperature differences, bare magnitudes as
    /// limits, `d` as the scale interval, stated symbol and nominal values) comes from the context too.
    func judge(domestic: WrittenExpression, international: WrittenExpression, context: ValueContext) -> ValueJudgement {
        let (x, y) = ValueReader(context: context).read(
            domestic: domestic.expression, international: international.expression)
        let d = domestic.written
        let i = international.written
        var result: ValueJudgement
        switch (x.shape, y.shape) {
        case (.formula, _), (_, .formula):
            if let tx = FormulaComparison.terms(of: x), let ty = FormulaComparison.terms(of: y) {
                result = FormulaComparison.judge(tx, ty, direction: context.direction, d: d, i: i)
            } else {
                result = ValueJudgement(
                    verdict: .different,
                    detail:
                        "forms do not compare: a formula limit against \(describe(y.set == nil ? x : y)): \(d) against \(i)"
                )
            }
        case (.numeric(let a), .numeric(let b))
        where FormulaComparison.weighsReadingAgainstFullScale(a.dimension, b.dimension):
            if let tx = FormulaComparison.terms(of: x), let ty = FormulaComparison.terms(of: y) {
                result = FormulaComparison.judge(tx, ty, direction: context.direction, d: d, i: i)
            } else {
                result = judgeWithCoverage(x, y, context: context, d: d, i: i)
            }
        case (.numeric, .numeric):
            result = judgeWithCoverage(x, y, context: context, d: d, i: i)
        case (.tokens(let a), .tokens(let b)):
            if a == b {
                result = ValueJudgement(
                    verdict: .equivalent, detail: "same \(a.count > 1 ? "set" : "token"), written differently")
            } else {
                result = ValueJudgement(
                    verdict: .different,
                    detail: "\(a.count > 1 || b.count > 1 ? "set members" : "tokens") differ: \(d) against \(i)")
            }
        case (.opaque(let a), .opaque(let b)) where a == b:
            result = ValueJudgement(verdict: .equivalent, detail: "same value in a unit without an exact SI factor")
        case (.opaque, _), (_, .opaque):
            result = ValueJudgement(verdict: .different, detail: "units do not convert exactly: \(d) against \(i)")
        default:
            result = ValueJudgement(
                verdict: .different, detail: "forms do not compare: \(describe(x)) \(d) against \(describe(y)) \(i)")
        }
        let notes = x.notes.map { "domestic: " + $0 } + y.notes.map { "international: " + $0 }
        if !notes.isEmpty { result.detail += " (" + notes.joined(separator: "; ") + ")" }
        return result
    }

    /// Uncertainties with both coverage factors stated are compared as standard uncertainties (U/k).
    private func judgeWithCoverage(_ x: Reading, _ y: Reading, context: ValueContext, d: String, i: String)
        -> ValueJudgement
    {
        guard let kd = context.domesticCoverage, let ki = context.internationalCoverage,
            Self.conventionalFactor(kd) != Self.conventionalFactor(ki),
            !kd.isZero, !ki.isZero, !kd.isNegative, !ki.isNegative
        else {
            var result = judgeNumeric(x, y, direction: context.direction, d: d, i: i)
            if let kd = context.domesticCoverage, let ki = context.internationalCoverage, kd != ki {
                if result.verdict == .identical { result.verdict = .equivalent }
                result.detail += "; k = \(kd) against k = \(ki): the same conventional level of confidence"
            } else if context.domesticCoverage != context.internationalCoverage {
                let stated =
                    context.domesticCoverage.map { "domestic k = \($0)" }
                    ?? "international k = \(context.internationalCoverage!)"
                result.detail += "; coverage factor stated on one side only (\(stated))"
            }
            return result
        }
        let (sx, sy) = (x.scaled(by: kd.reciprocal), y.scaled(by: ki.reciprocal))
        var result = judgeNumeric(sx, sy, direction: context.direction, d: d, i: i)
        if result.verdict == .identical { result.verdict = .equivalent }
        // The standard uncertainties themselves, to three significant digits: the size of the difference.
        func shown(_ r: Reading) -> String? {
            guard let q = r.upperQuantity ?? r.lowerQuantity else { return nil }
            let text = ConversionRounding.round(q.number, significantDigits: 3).description
            return q.unitText.isEmpty ? text : text + " " + q.unitText
        }
        var sizes = ""
        if let a = shown(sx), let b = shown(sy) { sizes = " (U/k = \(a) against \(b))" }
        result.detail = "compared as standard uncertainties U/k (k = \(kd) against k = \(ki))\(sizes): " + result.detail
        return result
    }

    /// Coverage factors that state the same conventional level of confidence count as one: k = 2 is
    /// "about 95 %" (JJF 1059.1, GUM 6.3.3) as is 1.96, and 2.58 and 1.65 round the normal factors for 99 %
    /// and 90 %. Other factors stand for themselves.
    static func conventionalFactor(_ k: Rational) -> Rational {
        switch k {
        case 2: Rational(196, 100)
        case Rational(258, 100): Rational(2576, 1000)
        case Rational(165, 100): Rational(1645, 1000)
        default: k
        }
    }

    private func describe(_ reading: Reading) -> String {
        switch reading.shape {
        case .numeric(let set): noun(set)
        case .formula: "formula limit"
        case .tokens(let tokens): tokens.count > 1 ? "set" : "token"
        case .opaque: "value"
        }
    }

    private func judgeNumeric(_ x: Reading, _ y: Reading, direction: Direction, d: String, i: String) -> ValueJudgement
    {
        guard let xs = x.set, let ys = y.set else { preconditionFailure("numeric readings") }
        guard xs.dimension == ys.dimension else {
            return ValueJudgement(
                verdict: .different, detail: Self.incomparable(xs.dimension, ys.dimension, d: d, i: i))
        }
        if let x = x.powerKind, let y = y.powerKind, x != y {
            return ValueJudgement(
                verdict: .different,
                detail: "\(x) against \(y): different quantities, though both in units of power (\(d) against \(i))")
        }
        if equal(xs, ys) {
            return ValueJudgement(verdict: .equivalent, detail: "same \(noun(xs)), written differently")
        }
        if let (cx, cy, rule) = CalendarDurations.inCommonUnit(x, y) {
            if equal(cx.set!, cy.set!) {
                return ValueJudgement(verdict: .equivalent, detail: "same duration in calendar units (\(rule))")
            }
            var result = order(cx, cy, direction: direction, d: d, i: i)
            result.detail += " (\(rule))"
            return result
        }
        if let agreement = agreement(x, y) { return agreement }
        return order(x, y, direction: direction, d: d, i: i)
    }

    /// Equal within the rounding of a unit conversion, or but for a boundary point: both `equivalent`.
    private func agreement(_ x: Reading, _ y: Reading) -> ValueJudgement? {
        guard let xs = x.set, let ys = y.set, xs.dimension == ys.dimension else { return nil }
        if let explanation = roundingMatch(x, y) {
            return ValueJudgement(
                verdict: .equivalent, detail: "\(explanation): equivalent within the rounding of the conversion")
        }
        if endsEqualIgnoringInclusion(xs.lower, ys.lower), endsEqualIgnoringInclusion(xs.upper, ys.upper) {
            return ValueJudgement(
                verdict: .equivalent,
                detail:
                    "boundary point only (an end included on one side, excluded on the other): editorial, not a technical difference"
            )
        }
        return nil
    }

    /// Every end equal exactly or within the rounding of the conversion, at least one by rounding.
    private func roundingMatch(_ x: Reading, _ y: Reading) -> String? {
        guard let xs = x.set, let ys = y.set else { return nil }
        var explanations: [String] = []
        var boundary = false
        let absolute = xs.kind != .limit && x.absolute && y.absolute
        let symmetric =
            xs.kind == .limit && ys.kind == .limit && xs.lower?.value == -(xs.upper?.value ?? .zero)
            && ys.lower?.value == -(ys.upper?.value ?? .zero)
        for (a, aq, b, bq) in [
            (xs.lower, x.lowerQuantity, ys.lower, y.lowerQuantity),
            (xs.upper, x.upperQuantity, ys.upper, y.upperQuantity),
        ] {
            switch (a, b) {
            case (nil, nil): continue
            case (let a?, let b?):
                // An end included on one side and excluded on the other is editorial here too.
                if a.inclusive != b.inclusive { boundary = true }
                if numbersEqual(a.value, b.value) { continue }
                guard let aq, let bq, let match = ConversionRounding.match(aq, bq, absolute: absolute) else {
                    return nil
                }
                // A symmetric limit shows once, as `±4 mmHg = ±0.533 kPa, written ±0.5 kPa`.
                let text =
                    symmetric
                    ? ConversionRounding.match(aq.magnitude, bq.magnitude, absolute: false)?.explanation(sign: "±")
                        ?? match.explanation() : match.explanation()
                if !explanations.contains(text) { explanations.append(text) }
            default: return nil
            }
        }
        guard !explanations.isEmpty else { return nil }
        return explanations.joined(separator: "; ") + (boundary ? ", and a boundary point only (editorial)" : "")
    }

    /// Orders two different requirements under the direction.
    private func order(_ x: Reading, _ y: Reading, direction: Direction, d: String, i: String) -> ValueJudgement {
        let xs = x.set!
        let ys = y.set!
        switch direction {
        case .lower, .higher:
            return judgeLimit(x, y, direction: direction, d: d, i: i)
        case .wider, .narrower:
            let domesticCovers = xs.contains(ys)
            let internationalCovers = ys.contains(xs)
            if domesticCovers == internationalCovers {
                return ValueJudgement(
                    verdict: .different, detail: "neither range contains the other: \(d) against \(i)")
            }
            let stricter = (direction == .wider) == domesticCovers
            let relation = domesticCovers ? "contains" : "lies within"
            return ValueJudgement(
                verdict: stricter ? .stricter : .looser,
                detail:
                    "domestic \(noun(xs)) \(d) \(relation) international \(noun(ys)) \(i) (\(direction == .wider ? "wider" : "narrower") is stricter)"
            )
        case .exact:
            return orderExact(x, y, d: d, i: i)
        }
    }

    /// A concept where only equality matters, or one the catalogue does not know: limits and bounds are
    /// still ordered by what they admit, and a single required value inside a window is narrower than it.
    private func orderExact(_ x: Reading, _ y: Reading, d: String, i: String) -> ValueJudgement {
        let xs = x.set!
        let ys = y.set!
        func isLimitLike(_ s: NumericSet) -> Bool {
            s.kind == .limit || (s.kind == .range && (s.lower == nil) != (s.upper == nil))
        }
        if isLimitLike(xs), isLimitLike(ys) {
            let upperOnly = { (s: NumericSet) in s.kind == .limit || s.lower == nil }
            if upperOnly(xs) == upperOnly(ys) || xs.kind == .limit || ys.kind == .limit {
                var result = judgeLimit(x, y, direction: .lower, d: d, i: i)
                if result.verdict != .different { result.detail += "; ordered by what each admits" }
                return result
            }
        }
        if xs.kind == .range, ys.kind == .range, xs.lower != nil, xs.upper != nil, ys.lower != nil, ys.upper != nil,
            xs.contains(ys) != ys.contains(xs)
        {
            let within = ys.contains(xs)
            return ValueJudgement(
                verdict: within ? .stricter : .looser,
                detail:
                    "domestic window \(d) \(within ? "lies within" : "contains") the international window \(i): a narrower permitted window is stricter"
            )
        }
        if xs.kind == .point, ys.kind != .point, ys.contains(xs) {
            return ValueJudgement(
                verdict: .stricter,
                detail: "domestic single value \(d) lies inside the international window \(i): narrower, so stricter")
        }
        if ys.kind == .point, xs.kind != .point, xs.contains(ys) {
            return ValueJudgement(
                verdict: .looser,
                detail: "domestic window \(d) contains the international single value \(i): wider, so looser")
        }
        return ValueJudgement(
            verdict: .different, detail: "other value for a concept where only equality matters: \(d) against \(i)")
    }

    /// `lower` and `higher`: the requirement that admits less is stricter.
    private func judgeLimit(_ x: Reading, _ y: Reading, direction: Direction, d: String, i: String) -> ValueJudgement {
        let xs = x.set!
        let ys = y.set!
        if xs.kind == .point && ys.kind == .point, let a = xs.lower?.value, let b = ys.lower?.value {
            let smaller = a < b
            let stricter = (direction == .lower) == smaller
            return ValueJudgement(
                verdict: stricter ? .stricter : .looser,
                detail:
                    "domestic \(d) is \(smaller ? "smaller" : "larger") than international \(i) (\(direction == .lower ? "smaller" : "larger") is stricter)"
            )
        }
        // A single value of a lower-is-stricter quantity is its upper limit, and the other way round;
        // a one-sided bound against a symmetric limit bounds the limit's magnitude.
        let left = admitted(x, against: ys, direction: direction)
        let right = admitted(y, against: xs, direction: direction)
        let ls = left.set!
        let rs = right.set!
        if equal(ls, rs) {
            return ValueJudgement(verdict: .equivalent, detail: "same limit, written as \(noun(xs)) and as \(noun(ys))")
        }
        if let agreement = agreement(left, right) { return agreement }
        let domesticWithin = rs.contains(ls)
        let internationalWithin = ls.contains(rs)
        if domesticWithin == internationalWithin {
            return ValueJudgement(
                verdict: .different,
                detail: "neither admits all of the other (one end stricter, the other looser): \(d) against \(i)")
        }
        return domesticWithin
            ? ValueJudgement(verdict: .stricter, detail: "domestic \(d) admits less than international \(i)")
            : ValueJudgement(verdict: .looser, detail: "domestic \(d) admits more than international \(i)")
    }

    private func admitted(_ reading: Reading, against other: NumericSet, direction: Direction) -> Reading {
        guard let set = reading.set else { return reading }
        var result = reading
        switch set.kind {
        case .point:
            guard let end = set.lower else { return reading }
            if direction == .lower {
                result.shape = .numeric(NumericSet(kind: .range, dimension: set.dimension, lower: nil, upper: end))
                result.lowerQuantity = nil
            } else {
                result.shape = .numeric(NumericSet(kind: .range, dimension: set.dimension, lower: end, upper: nil))
                result.upperQuantity = nil
            }
        case .range where other.kind == .limit && set.lower == nil:
            guard let upper = set.upper else { return reading }
            result.shape = .numeric(
                NumericSet(
                    kind: .limit, dimension: set.dimension,
                    lower: NumericSet.End(value: -upper.value, inclusive: upper.inclusive), upper: upper))
            result.lowerQuantity = reading.upperQuantity?.negated
        default:
            break
        }
        return result
    }

    private func noun(_ set: NumericSet) -> String {
        switch set.kind {
        case .point: "value"
        case .limit: "limit"
        case .range: set.lower == nil || set.upper == nil ? "bound" : "range"
        }
    }

    /// Why two values of different dimensions do not compare.
    static func incomparable(_ a: Dimension, _ b: Dimension, d: String, i: String) -> String {
        let bases = [a.symbolicBase, b.symbolicBase]
        if bases.contains("FS") || bases.contains("span") {
            return "different reference bases of relative values: not comparable without the range (\(d) against \(i))"
        }
        let symbols = Array(Set(bases.compactMap { $0 })).sorted()
        if !symbols.isEmpty {
            return "not comparable without the value of \(symbols.joined(separator: " and ")) (\(d) against \(i))"
        }
        if a.isDimensionless != b.isDimensionless {
            return
                "a relative value against an absolute one: not comparable without the nominal value (\(d) against \(i))"
        }
        return "units of other dimensions do not convert: \(d) against \(i)"
    }

    /// Equal sets, ends compared exactly or within the relative tolerance.
    func equal(_ x: NumericSet, _ y: NumericSet) -> Bool {
        guard x.dimension == y.dimension else { return false }
        return endsEqual(x.lower, y.lower) && endsEqual(x.upper, y.upper)
    }

    private func endsEqual(_ a: NumericSet.End?, _ b: NumericSet.End?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return a.inclusive == b.inclusive && numbersEqual(a.value, b.value)
        default: return false
        }
    }

    private func endsEqualIgnoringInclusion(_ a: NumericSet.End?, _ b: NumericSet.End?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return numbersEqual(a.value, b.value)
        default: return false
        }
    }

    func numbersEqual(_ a: Rational, _ b: Rational) -> Bool {
        if a == b { return true }
        guard let tolerance = relativeTolerance else { return false }
        let scale = max(a.magnitude, b.magnitude)
        return (a - b).magnitude <= tolerance * scale
    }
}

extension Quantity {
    /// The quantity without its sign, as written.
    var magnitude: Quantity { number.isNegative ? negated : self }
}

extension Reading {
    /// Active (W), apparent (VA) or reactive (var) power: one dimension, three quantities that never
    /// compare (SI Brochure 2.3.4 keeps VA and var for them); nil for other units.
    var powerKind: String? {
        guard let unit = (upperQuantity ?? lowerQuantity)?.unit, unit.dimension == Self.power else { return nil }
        if unit.symbol.hasSuffix("VA") { return "apparent power (VA)" }
        if unit.symbol.hasSuffix("var") { return "reactive power (var)" }
        return "active power (W)"
    }

    private static let power = Dimension(metre: 2, kilogram: 1, second: -3)

    /// Every end multiplied by a positive factor (an uncertainty divided by its coverage factor).
    func scaled(by factor: Rational) -> Reading {
        guard var set else { return self }
        var result = self
        set.lower = set.lower.map { NumericSet.End(value: $0.value * factor, inclusive: $0.inclusive) }
        set.upper = set.upper.map { NumericSet.End(value: $0.value * factor, inclusive: $0.inclusive) }
        result.shape = .numeric(set)
        func scaledQuantity(_ q: Quantity?) -> Quantity? {
            q.map {
                Quantity(
                    number: $0.number * factor, numberText: ($0.number * factor).description, unit: $0.unit,
                    unitText: $0.unitText)
            }
        }
        result.lowerQuantity = scaledQuantity(lowerQuantity)
        result.upperQuantity = scaledQuantity(upperQuantity)
        return result
    }
}
