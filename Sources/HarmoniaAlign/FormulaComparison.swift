import HarmoniaModel

/// Formula limits (`±(0.5 % + 2 d)`) compared term by term: terms proportional to the same thing (the
/// same dimension and variable) are compared with each other, a term one side lacks counts as zero. A
/// plain `±` limit is a formula of one term.
enum FormulaComparison {
    /// The terms of a reading that is a formula or a symmetric limit; nil for any other form.
    static func terms(of reading: Reading) -> [FormulaTermReading]? {
        switch reading.shape {
        case let .formula(terms): return terms
        case let .numeric(set) where set.kind == .limit:
            guard let lower = set.lower, let upper = set.upper, lower.value == -upper.value,
                  let q = reading.upperQuantity else { return nil }
            return [FormulaTermReading(dimension: set.dimension, variable: nil, value: upper.value, written: q.description)]
        default: return nil
        }
    }

    /// The verdict for two formulas (at least one with several terms): `stricter`/`looser` only when every
    /// term agrees in direction, else `different` with the terms shown.
    static func judge(_ x: [FormulaTermReading], _ y: [FormulaTermReading], direction: Direction,
                      d: String, i: String) -> ValueJudgement {
        struct Key: Hashable {
            var dimension: Dimension
            var variable: String?
        }
        func sums(_ terms: [FormulaTermReading]) -> [Key: (Rational, String)] {
            var result: [Key: (Rational, String)] = [:]
            for term in terms {
                let key = Key(dimension: term.dimension, variable: term.variable)
                let previous = result[key]
                result[key] = ((previous?.0 ?? .zero) + term.value,
                               previous.map { $0.1 + " + " + term.written } ?? term.written)
            }
            return result
        }
        let a = sums(x)
        let b = sums(y)
        var smaller: [String] = []
        var larger: [String] = []
        var keys = Array(a.keys)
        for key in b.keys where a[key] == nil { keys.append(key) }
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
            return ValueJudgement(verdict: .different, detail: "not comparable without the value of \(symbols) (\(d) against \(i))")
        }
        if smaller.isEmpty && larger.isEmpty {
            return ValueJudgement(verdict: .equivalent, detail: "same formula limit, term by term, written differently")
        }
        guard direction == .lower || direction == .exact || direction == .higher else {
            return ValueJudgement(verdict: .different, detail: "a formula limit does not compare as a range: \(d) against \(i)")
        }
        if !smaller.isEmpty && !larger.isEmpty {
            return ValueJudgement(verdict: .different, detail: "terms differ in direction: smaller \(smaller.joined(separator: "; ")), larger \(larger.joined(separator: "; ")): \(d) against \(i)")
        }
        // A formula limit admits an error up to its sum: fewer or smaller terms admit less.
        let admitsLess = larger.isEmpty
        let stricter = direction == .higher ? !admitsLess : admitsLess
        let terms = (admitsLess ? smaller : larger).joined(separator: "; ")
        return ValueJudgement(verdict: stricter ? .stricter : .looser,
                              detail: "domestic \(d) admits \(admitsLess ? "less" : "more") than international \(i), term by term (\(terms))")
    }
}
