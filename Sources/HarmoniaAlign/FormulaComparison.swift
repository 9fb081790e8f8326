import HarmoniaModel

/// Formula limits (`±(0.5 % + 2 d)`) compared term by term: terms proportional to the same thing (the
/// same dimension and variable) are compared with each other, a term one side lacks counts as zero. A
/// plain `±` limit is a formula of one term.
enum FormulaComparison {
    /// The terms of a reading that is a formula, a symmetric limit or an upper bound; nil for any other form.
    static func terms(of reading: Reading) -> [FormulaTermReading]? {
        switch reading.shape {
        case .formula(let terms): return terms
        case .numeric(let set) where set.kind == .limit:
            guard let lower = set.lower, let upper = set.upper, lower.value == -upper.value,
                let q = reading.upperQuantity
            else { return nil }
            return [
                FormulaTermReading(dimension: set.dimension, variable: nil, value: upper.value, written: q.description)
            ]
        case .numeric(let set) where set.kind == .range && set.lower == nil:
            // An upper bound on a magnitude (`≤ 0.5 % FS`) admits what a limit of that size admits.
            guard let upper = set.upper, !upper.value.isNegative, let q = reading.upperQuantity else { return nil }
            return [
                FormulaTermReading(dimension: set.dimension, variable: nil, value: upper.value, written: q.description)
            ]
        default: return nil
        }
    }

    /// Whether two plain values differ only in being relative to the reading and to full scale
    /// (`±1.6 % FS` against `±1.6 %`): then they are weighed as formulas of one term each.
    static func weighsReadingAgainstFullScale(_ x: Dimension, _ y: Dimension) -> Bool {
        Set([x, y]) == [.dimensionless, .symbolic("FS")]
    }

    /// The verdict for two formulas (at least one with several terms): `stricter`/`looser` only when every
    /// term agrees in direction, else `different` with the terms shown.
    static func judge(
        _ x: [FormulaTermReading], _ y: [FormulaTermReading], direction: Direction,
        d: String, i: String
    ) -> ValueJudgement {
        struct Key: Hashable {
            var dimension: Dimension
            var variable: String?
        }
        func sums(_ terms: [FormulaTermReading]) -> [Key: (Rational, String)] {
            var result: [Key: (Rational, String)] = [:]
            for term in terms {
                let key = Key(dimension: term.dimension, variable: term.variable)
                let previous = result[key]
                result[key] = (
                    (previous?.0 ?? .zero) + term.value,
                    previous.map { $0.1 + " + " + term.written } ?? term.written
                )
            }
            return result
        }
        let a = sums(x)
        let b = sums(y)
        var smaller: [String] = []
        var larger: [String] = []
        var keys = Array(a.keys)
        for key in b.keys where a[key] == nil { keys.append(key) }
        // A term of the reading and a term of full scale weigh against each other: a reading never
        // exceeds full scale, so the limit is compared at zero and at full scale, where it is largest.
        let reading = Key(dimension: .dimensionless, variable: nil)
        let fullScale = Key(dimension: .symbolic("FS"), variable: nil)
        if keys.contains(reading), keys.contains(fullScale),
            a[reading]?.0 != b[reading]?.0 || a[fullScale]?.0 != b[fullScale]?.0
        {
            keys.removeAll { $0 == reading || $0 == fullScale }
            let (ar, af) = (a[reading]?.0 ?? .zero, a[fullScale]?.0 ?? .zero)
            let (br, bf) = (b[reading]?.0 ?? .zero, b[fullScale]?.0 ?? .zero)
            let written = { (sums: [Key: (Rational, String)]) in
                [sums[reading]?.1, sums[fullScale]?.1].compactMap { $0 }.joined(separator: " + ")
            }
            let text =
                "\(written(a)) against \(written(b)), at zero and at full scale (a reading never exceeds full scale)"
            let atZero = af < bf ? -1 : (af > bf ? 1 : 0)
            let atFullScale = ar + af < br + bf ? -1 : (ar + af > br + bf ? 1 : 0)
            if atZero <= 0, atFullScale <= 0 {
                smaller.append(text)
            } else if atZero >= 0, atFullScale >= 0 {
                larger.append(text)
            } else {
                return ValueJudgement(
                    verdict: .different,
                    detail:
                        "not comparable without the reading: \(written(a)) admits \(atZero > 0 ? "more" : "less") near zero and \(atFullScale > 0 ? "more" : "less") at full scale than \(written(b)) (\(d) against \(i))"
                )
            }
        }
        for key in keys {
            let left = a[key]
            let right = b[key]
            let lv = left?.0 ?? .zero
            let rv = right?.0 ?? .zero
            let text = "\(left?.1 ?? "no term") against \(right?.1 ?? "no term")"
            if lv < rv { smaller.append(text) } else if lv > rv { larger.append(text) }
        }
        // Terms in different symbols (`2 d` on one side, `2 e` on the other) cannot be weighed.
        let onlyLeft = Set(a.keys).subtracting(b.keys).compactMap { $0.dimension.symbolicBase }
        let onlyRight = Set(b.keys).subtracting(a.keys).compactMap { $0.dimension.symbolicBase }
        if !onlyLeft.isEmpty, !onlyRight.isEmpty {
            let symbols = Set(onlyLeft + onlyRight).sorted().joined(separator: " and ")
            return ValueJudgement(
                verdict: .different, detail: "not comparable without the value of \(symbols) (\(d) against \(i))")
        }
        if smaller.isEmpty && larger.isEmpty {
            return ValueJudgement(verdict: .equivalent, detail: "same formula limit, term by term, written differently")
        }
        guard direction == .lower || direction == .exact || direction == .higher else {
            return ValueJudgement(
                verdict: .different, detail: "a formula limit does not compare as a range: \(d) against \(i)")
        }
        if !smaller.isEmpty && !larger.isEmpty {
            return ValueJudgement(
                verdict: .different,
                detail:
                    "terms differ in direction: smaller \(smaller.joined(separator: "; ")), larger \(larger.joined(separator: "; ")): \(d) against \(i)"
            )
        }
        // A formula limit admits an error up to its sum: fewer or smaller terms admit less.
        let admitsLess = larger.isEmpty
        let stricter = direction == .higher ? !admitsLess : admitsLess
        let terms = (admitsLess ? smaller : larger).joined(separator: "; ")
        return ValueJudgement(
            verdict: stricter ? .stricter : .looser,
            detail:
                "domestic \(d) admits \(admitsLess ? "less" : "more") than international \(i), term by term (\(terms))")
    }
}
