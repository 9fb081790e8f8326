import HarmoniaModel

/// Calendar units in durations: a verification period of `1 a` is one calendar year, which a document
/// may print as `12 月`, `52 周` or `365 d`. Between two calendar units the finer is converted into the
/// coarser by calendar counts — 1 a = 12 月 = 52 周 = 365 d, 1 月 = 30 d, 1 周 = 7 d — rather than by the
/// Julian year (365.25 d) the unit table uses for exact arithmetic. The rounding of unit conversions
/// never applies here: `≤ 400 d` against `≤ 1 a` is looser.
enum CalendarDurations {
    /// Calendar units in days, for ordering.
    private static let days: [String: Rational] = ["d": 1, "周": 7, "月": 30, "a": 365]

    /// The number of `fine` in one `coarse`.
    private static func count(_ fine: String, in coarse: String) -> Rational? {
        switch (fine, coarse) {
        case ("月", "a"): 12
        case ("周", "a"): 52
        case ("d", "a"): 365
        case ("d", "月"): 30
        case ("d", "周"): 7
        case ("周", "月"): Rational(30, 7)
        default: nil
        }
    }

    /// Both readings with every end counted in the coarser of the two calendar units, when both are
    /// written in calendar units and the units differ; nil otherwise.
    static func inCommonUnit(_ x: Reading, _ y: Reading) -> (Reading, Reading, String)? {
        guard let xs = x.set, let ys = y.set, xs.dimension == .time, ys.dimension == .time else { return nil }
        let xu = Set([x.lowerQuantity, x.upperQuantity].compactMap { $0?.unit.symbol })
        let yu = Set([y.lowerQuantity, y.upperQuantity].compactMap { $0?.unit.symbol })
        guard xu.count == 1, yu.count == 1, let a = xu.first, let b = yu.first, a != b,
              let da = days[a], let db = days[b] else { return nil }
        let coarse = da > db ? a : b
        let fine = da > db ? b : a
        guard let factor = count(fine, in: coarse) else { return nil }
        func counted(_ r: Reading) -> Reading {
            var r = r
            guard var set = r.set else { return r }
            let scale: Rational = r.upperQuantity?.unit.symbol == fine || r.lowerQuantity?.unit.symbol == fine
                ? factor.reciprocal : .one
            func end(_ e: NumericSet.End?, _ q: Quantity?) -> NumericSet.End? {
                guard let e, let q else { return e }
                return NumericSet.End(value: q.number * scale, inclusive: e.inclusive)
            }
            set.lower = end(set.lower, r.lowerQuantity)
            set.upper = end(set.upper, r.upperQuantity)
            r.shape = .numeric(set)
            return r
        }
        let rule = "calendar units: 1 \(coarse) = \(factor) \(fine)"
        return (counted(x), counted(y), rule)
    }
}
