import HarmoniaModel

/// The consistency score and the terms it is computed from.
///
/// `score = 100 × Σ weight(verdict) / pairs`, rounded half up to one decimal, where agreement
/// (`identical`, `equivalent`) weighs 1, `stricter` and `added` weigh ½ (the domestic document still
/// admits nothing the international one refuses, or asks for more), and `looser`, `different` and
/// `missing` weigh 0. A comparison with any deviation scores at most 99.9, so 100 means exactly
/// "every pair agrees". Turning an agreeing pair into a deviation never raises the score.
public struct Score: Hashable, Sendable {
    /// The weight each verdict contributes.
    public static let weights: [Verdict: Rational] = [
        .identical: .one, .equivalent: .one, .stricter: Rational(1) / Rational(2), .added: Rational(1) / Rational(2),
        .looser: .zero, .different: .zero, .missing: .zero,
    ]

    /// The formula in words, as reports print it.
    public static let formula = "score = 100 × Σ weight(verdict) / pairs; weights: identical 1, equivalent 1, stricter 0.5, added 0.5, looser 0, different 0, missing 0; at most 99.9 while any deviation remains"

    /// The score in tenths (938 is 93.8), exact.
    public let tenths: Int
    /// The number of pairs.
    public let pairs: Int
    /// Σ weight(verdict), exact.
    public let credit: Rational

    public init(counts: VerdictCounts) {
        var credit = Rational.zero
        for verdict in Verdict.allCases {
            credit = credit + Rational(counts[verdict]) * Score.weights[verdict]!
        }
        self.credit = credit
        self.pairs = counts.total
        guard counts.total > 0 else {
            tenths = 1000
            return
        }
        // Round half up: floor(1000 × credit / pairs + ½).
        let scaled = Rational(1000) * credit / Rational(counts.total) + Rational(1) / Rational(2)
        var value = scaled.floor
        if counts.deviations > 0 { value = min(value, 999) }
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
    private var counts: [Verdict: Int] = [:]

    public init() {}

    public init(_ pairs: [Pair]) {
        for pair in pairs { counts[pair.verdict, default: 0] += 1 }
    }

    public subscript(verdict: Verdict) -> Int {
        get { counts[verdict, default: 0] }
        set { counts[verdict] = newValue }
    }

    public var total: Int { counts.values.reduce(0, +) }
    public var deviations: Int { Verdict.allCases.filter(\.isDeviation).reduce(0) { $0 + self[$1] } }
}
