import HarmoniaModel

/// The consistency score: the share of the reference's key technical requirements that the domestic
/// document adopts consistently, and the terms it is computed from.
///
/// `score = 100 × Σ credit(requirement) / requirements of the reference`, rounded half up to one decimal.
/// Every requirement of the reference weighs 1 — an indicator outside a table, or a whole table whose
/// cells share that weight equally — and earns the mean credit of its pairs: agreement and editorial
/// differences 1, `stricter` ½, `looser`, `different` and `missing` 0. Domestic-only requirements are
/// not the reference's and do not enter the score (they weigh in the degree). While any requirement of
/// the reference has a technical deviation the score is at most 99.9, so 100 means exactly "every
/// requirement of the reference adopted". Turning an agreement into a deviation lowers the exact score;
/// adding a domestic-only requirement never changes it.
public struct Score: Hashable, Sendable {
    /// The credit each verdict earns a pair of the reference's requirement; `added` pairs earn nothing
    /// because they are not in the score. Editorial differences earn 1 whatever their verdict.
    public static let weights: [Verdict: Rational] = [
        .identical: .one, .equivalent: .one, .stricter: Rational(1) / Rational(2),
        .looser: .zero, .different: .zero, .missing: .zero,
    ]

    /// The formula in words, as reports print it.
    public static let formula =
        "score = 100 × Σ credit(requirement) / requirements of the reference; each requirement (an indicator, or a whole table whose cells share its weight) weighs 1 and earns the mean credit of its pairs: identical, equivalent and editorial 1, stricter 0.5, looser, different and missing 0; domestic-only requirements are not scored; at most 99.9 while any technical deviation remains"

    /// The score in tenths (938 is 93.8), exact.
    public let tenths: Int
    /// The number of pairs of the comparison (domestic-only ones included).
    public let pairs: Int
    /// The number of the reference's requirements: the score's denominator.
    public let requirements: Int
    /// Σ credit(requirement), exact.
    public let credit: Rational
    /// `100 × credit / requirements`, exact, before rounding and before the 99.9 cap; 100 without requirements.
    public let exact: Rational

    /// The score of a list of requirements (domestic-only ones are left out) over `pairs` pairs.
    public init(requirements: [Requirement], pairs: Int) {
        var scored = 0
        var credit = Rational.zero
        var deviation = false
        for requirement in requirements where requirement.origin == .reference {
            scored += 1
            credit = credit + requirement.credit
            deviation = deviation || requirement.hasTechnicalDeviation
        }
        self.credit = credit
        self.pairs = pairs
        self.requirements = scored
        guard scored > 0 else {
            exact = Rational(100)
            tenths = 1000
            return
        }
        exact = Rational(100) * credit / Rational(scored)
        // Round half up: floor(10 × exact + ½).
        var value = (Rational(10) * exact + Rational(1, 2)).floor
        if deviation { value = min(value, 999) }
        tenths = value
    }

    /// The score as a number with one decimal.
    public var value: Double { Double(tenths) / 10 }

    /// `93.8`, `100.0`.
    public var text: String { Score.format(tenths: tenths) }

    /// A score (or a change in score) given in tenths, with one decimal: `938` → `93.8`, `-5` → `-0.5`.
    public static func format(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude  // not abs(): Int.min from a crafted history must not trap
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}

/// How many pairs got each verdict.
public struct VerdictCounts: Hashable, Sendable {
    // One count per verdict, in place: every requirement holds one, and a dictionary would be an
    // allocation and a hash per count.
    private var counts: (Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0)

    public init() {}

    public init(_ pairs: [Pair]) {
        for index in pairs.indices { self[pairs[index].verdict] += 1 }
    }

    public subscript(verdict: Verdict) -> Int {
        get {
            switch verdict {
            case .identical: counts.0
            case .equivalent: counts.1
            case .stricter: counts.2
            case .looser: counts.3
            case .different: counts.4
            case .missing: counts.5
            case .added: counts.6
            }
        }
        set {
            switch verdict {
            case .identical: counts.0 = newValue
            case .equivalent: counts.1 = newValue
            case .stricter: counts.2 = newValue
            case .looser: counts.3 = newValue
            case .different: counts.4 = newValue
            case .missing: counts.5 = newValue
            case .added: counts.6 = newValue
            }
        }
    }

    public var total: Int { Verdict.allCases.reduce(0) { $0 + self[$1] } }
    public var deviations: Int { Verdict.allCases.filter(\.isDeviation).reduce(0) { $0 + self[$1] } }

    public static func == (a: VerdictCounts, b: VerdictCounts) -> Bool {
        Verdict.allCases.allSatisfy { a[$0] == b[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for verdict in Verdict.allCases { hasher.combine(self[verdict]) }
    }
}
