import HarmoniaModel

/// The outcome of comparing two values under a concept's direction.
struct ValueJudgement: Equatable {
    var verdict: Verdict
    var detail: String
}

/// Judges a domestic value against an international one (comparison contract, "Verdicts").
struct ValueComparator: Sendable {
    /// Relative tolerance within which two numbers count as equal; `nil` is exact.
    var relativeTolerance: Rational?

    /// Compares two values; both are present. Identity is decided by the caller, which sees the qualifiers too.
    func judge(domestic: WrittenExpression, international: WrittenExpression, direction: Direction) -> ValueJudgement {
        let a = domestic.expression.canonical
        let b = international.expression.canonical
        let d = domestic.written
        let i = international.written
        switch (a, b) {
        case let (.numeric(x), .numeric(y)):
            return judgeNumeric(x, y, direction: direction, d: d, i: i)
        case let (.tokens(x), .tokens(y)):
            if x == y { return ValueJudgement(verdict: .equivalent, detail: "same \(x.count > 1 ? "set" : "token"), written differently") }
            return ValueJudgement(verdict: .different, detail: "\(x.count > 1 || y.count > 1 ? "set members" : "tokens") differ: \(d) against \(i)")
        case let (.opaque(x), .opaque(y)) where x == y:
            return ValueJudgement(verdict: .equivalent, detail: "same value in a unit without an exact SI factor")
        case (.opaque, _), (_, .opaque):
            return ValueJudgement(verdict: .different, detail: "units do not convert exactly: \(d) against \(i)")
        default:
            return ValueJudgement(verdict: .different, detail: "forms do not compare: \(describe(a)) \(d) against \(describe(b)) \(i)")
        }
    }

    private func describe(_ form: CanonicalForm) -> String {
        switch form {
        case .numeric(let set):
            switch set.kind {
            case .point: "value"
            case .limit: "limit"
            case .range: "range"
            }
        case .tokens(let tokens): tokens.count > 1 ? "set" : "token"
        case .opaque: "value"
        }
    }

    private func judgeNumeric(_ x: NumericSet, _ y: NumericSet, direction: Direction, d: String, i: String) -> ValueJudgement {
        guard x.dimension == y.dimension else {
            return ValueJudgement(verdict: .different, detail: "units of other dimensions do not convert: \(d) against \(i)")
        }
        if equal(x, y) {
            return ValueJudgement(verdict: .equivalent, detail: "same \(noun(x)), written differently")
        }
        switch direction {
        case .exact:
            return ValueJudgement(verdict: .different, detail: "other value for a concept where only equality matters: \(d) against \(i)")
        case .lower, .higher:
            return judgeLimit(x, y, direction: direction, d: d, i: i)
        case .wider, .narrower:
            guard x.kind != .point, y.kind != .point else {
                return ValueJudgement(verdict: .different, detail: "a single value does not compare as a range: \(d) against \(i)")
            }
            let domesticCovers = x.contains(y)
            let internationalCovers = y.contains(x)
            if domesticCovers == internationalCovers {
                return ValueJudgement(verdict: .different, detail: "neither range contains the other: \(d) against \(i)")
            }
            let stricter = (direction == .wider) == domesticCovers
            let relation = domesticCovers ? "contains" : "lies within"
            return ValueJudgement(verdict: stricter ? .stricter : .looser,
                                  detail: "domestic range \(d) \(relation) international \(i)")
        }
    }

    /// `lower` and `higher`: the requirement that admits less is stricter.
    private func judgeLimit(_ x: NumericSet, _ y: NumericSet, direction: Direction, d: String, i: String) -> ValueJudgement {
        if x.kind == .point && y.kind == .point, let a = x.lower?.value, let b = y.lower?.value {
            let smaller = a < b
            let stricter = (direction == .lower) == smaller
            return ValueJudgement(verdict: stricter ? .stricter : .looser,
                                  detail: "domestic \(d) is \(smaller ? "smaller" : "larger") than international \(i) (\(direction == .lower ? "smaller" : "larger") is stricter)")
        }
        // A single value of a lower-is-stricter quantity is its upper limit, and the other way round;
        // a one-sided bound against a symmetric limit bounds the limit's magnitude.
        let left = admitted(x, against: y, direction: direction)
        let right = admitted(y, against: x, direction: direction)
        if equal(left, right) {
            return ValueJudgement(verdict: .equivalent, detail: "same limit, written as \(noun(x)) and as \(noun(y))")
        }
        let domesticWithin = right.contains(left)
        let internationalWithin = left.contains(right)
        if domesticWithin == internationalWithin {
            return ValueJudgement(verdict: .different,
                                  detail: "neither admits all of the other (one end stricter, the other looser): \(d) against \(i)")
        }
        return domesticWithin
            ? ValueJudgement(verdict: .stricter, detail: "domestic \(d) admits less than international \(i)")
            : ValueJudgement(verdict: .looser, detail: "domestic \(d) admits more than international \(i)")
    }

    private func admitted(_ set: NumericSet, against other: NumericSet, direction: Direction) -> NumericSet {
        switch set.kind {
        case .point:
            guard let end = set.lower else { return set }
            return direction == .lower
                ? NumericSet(kind: .range, dimension: set.dimension, lower: nil, upper: end)
                : NumericSet(kind: .range, dimension: set.dimension, lower: end, upper: nil)
        case .range where other.kind == .limit && set.lower == nil:
            guard let upper = set.upper else { return set }
            return NumericSet(kind: .limit, dimension: set.dimension,
                              lower: NumericSet.End(value: -upper.value, inclusive: upper.inclusive), upper: upper)
        default:
            return set
        }
    }

    private func noun(_ set: NumericSet) -> String {
        switch set.kind {
        case .point: "value"
        case .limit: "limit"
        case .range: set.lower == nil || set.upper == nil ? "bound" : "range"
        }
    }

    /// Equal sets, ends compared exactly or within the relative tolerance.
    func equal(_ x: NumericSet, _ y: NumericSet) -> Bool {
        guard x.dimension == y.dimension else { return false }
        return endsEqual(x.lower, y.lower) && endsEqual(x.upper, y.upper)
    }

    private func endsEqual(_ a: NumericSet.End?, _ b: NumericSet.End?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a.inclusive == b.inclusive && numbersEqual(a.value, b.value)
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
