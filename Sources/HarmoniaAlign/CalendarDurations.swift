import HarmoniaModel

/// Calendar units in durations: a verification period of `1 a` is one calendar year, which a document
/// may print as `12 月`, `52 周`, `365 d` or `8760 h`. Whole years are counted as years whatever the unit
/// (12 月, 52 周), so that every writing of one year agrees with every other; what is left over counts by
/// the conventions of Chinese law for periods — 1 月 = 30 d, 1 周 = 7 d — and a year in days is 365 d, or
/// 366 d in a leap year (n years: 365n d plus at most one leap day in four years). Clock units (h, min, s)
/// are counted in days exactly. The rounding of unit conversions never applies here: `≤ 400 d` against
/// `≤ 1 a` is looser, and so is `≤ 367 d`.
enum CalendarDurations {
    private static let calendarUnits: Set<String> = ["a", "月", "周"]

    /// A written duration as the days it may span: `1 a` is 365 d to 366 d, `6 月` is 180 d, `8760 h` is 365 d.
    private static func days(_ q: Quantity) -> (low: Rational, high: Rational)? {
        let n = q.number
        // Periods beyond a million years are not calendar periods (and would not fit the year count).
        guard !n.isNegative, n < 1_000_000 else { return nil }
        let (perYear, daysEach): (Rational, Rational)
        switch q.unit.symbol {
        case "a": (perYear, daysEach) = (1, 360)
        case "月": (perYear, daysEach) = (12, 30)
        case "周": (perYear, daysEach) = (52, 7)
        default:
            let d = q.siValue(absolute: false) / 86_400
            return (d, d)
        }
        // Whole years, and the rest in months (a fraction of a year is 12 months of 30 d), or in weeks.
        let years = Rational((n / perYear).floor)
        let rest = (n - years * perYear) * daysEach
        let leapDays = Rational(((years + 3) / 4).floor)
        return (years * 365 + rest, years * 365 + leapDays + rest)
    }

    /// Both readings with every end counted in days, when at least one side is written in a calendar
    /// unit (a, 月, 周), the other in a time unit, and the units differ; nil otherwise. Two ends that may
    /// span the same number of days (`1 a` and `366 d`) are set equal; the text states the rule used.
    static func inCommonUnit(_ x: Reading, _ y: Reading) -> (Reading, Reading, String)? {
        guard let xs = x.set, let ys = y.set, xs.dimension == .time, ys.dimension == .time else { return nil }
        let xu = Set([x.lowerQuantity, x.upperQuantity].compactMap { $0?.unit.symbol })
        let yu = Set([y.lowerQuantity, y.upperQuantity].compactMap { $0?.unit.symbol })
        guard xu.count == 1, yu.count == 1, let a = xu.first, let b = yu.first, a != b,
            calendarUnits.contains(a) || calendarUnits.contains(b)
        else { return nil }
        var cx = x
        var cy = y
        var sx = xs
        var sy = ys
        var years = false
        /// One end counted in days; an end the other side lacks (a bound against a range) is counted alone.
        func counted(_ e: NumericSet.End?, _ q: Quantity?, _ f: NumericSet.End?, _ r: Quantity?) -> (
            NumericSet.End?, NumericSet.End?
        )? {
            func alone(_ e: NumericSet.End?, _ q: Quantity?) -> NumericSet.End?? {
                guard let e else { return .some(nil) }
                guard let q, let d = days(q) else { return nil }
                years = years || d.low != d.high
                return .some(NumericSet.End(value: d.low, inclusive: e.inclusive))
            }
            guard let e, let f, let q, let r, let dq = days(q), let dr = days(r) else {
                guard let left = alone(e, q), let right = alone(f, r) else { return nil }
                return (left, right)
            }
            years = years || dq.low != dq.high || dr.low != dr.high
            // Spans that overlap name the same period; disjoint ones keep their order.
            let (lv, rv) =
                dq.low <= dr.high && dr.low <= dq.high ? (max(dq.low, dr.low), max(dq.low, dr.low)) : (dq.low, dr.low)
            return (
                NumericSet.End(value: lv, inclusive: e.inclusive), NumericSet.End(value: rv, inclusive: f.inclusive)
            )
        }
        guard let lower = counted(xs.lower, x.lowerQuantity, ys.lower, y.lowerQuantity),
            let upper = counted(xs.upper, x.upperQuantity, ys.upper, y.upperQuantity)
        else { return nil }
        (sx.lower, sy.lower) = lower
        (sx.upper, sy.upper) = upper
        cx.shape = .numeric(sx)
        cy.shape = .numeric(sy)
        return (cx, cy, rule(units: [a, b], years: years))
    }

    /// The counts the comparison used, for the pair's detail.
    private static func rule(units: Set<String>, years: Bool) -> String {
        let days = units.contains { !calendarUnits.contains($0) }
        var parts: [String] = []
        if units.contains("a") || years {
            var year = ["1 a"]
            if units.contains("月") { year.append("12 月") }
            if units.contains("周") { year.append("52 周") }
            if days { year.append("365 d (366 d in a leap year)") }
            parts.append(year.joined(separator: " = "))
        }
        if units.contains("月"), days || units.contains("周") { parts.append("1 月 = 30 d") }
        if units.contains("周"), days || units.contains("月") { parts.append("1 周 = 7 d") }
        return "calendar units: " + parts.joined(separator: ", ")
    }
}
