import HarmoniaModel

/// A qualifier value as compared: its canonical meaning when it reads as an expression, else folded text.
enum QualifierValue: Hashable, Sendable {
    case form(CanonicalForm)
    case text(String)

    init(_ qualifier: Qualifier) {
        if let expression = qualifier.expression {
            self = .form(expression.canonical)
        } else {
            self = .text(TextFolding.tokenKey(qualifier.written))
        }
    }

    var numeric: NumericSet? {
        if case .form(.numeric(let set)) = self { return set }
        return nil
    }
}

/// An indicator's qualifiers, prepared once for hashing and partial matching.
struct PreparedQualifiers: Sendable {
    /// Folded name → (value, as written, name as written), first occurrence wins.
    let byName: [String: (value: QualifierValue, written: String, name: String)]
    /// Sorted (name, value) list: equal keys mean equal qualifiers.
    let key: [KeyEntry]
    /// Folded names in document order.
    let order: [String]

    struct KeyEntry: Hashable, Sendable {
        let name: String
        let value: QualifierValue
    }

    init(_ qualifiers: [Qualifier]) {
        var cache = Cache()
        self.init(qualifiers, cache: &cache)
    }

    /// Documents repeat the same qualifier names and values thousands of times (every table cell
    /// carries its row and column keys), so folding and canonical forms are computed once per text.
    struct Cache {
        var names: [String: String] = [:]
        var values: [String: QualifierValue] = [:]
    }

    init(_ qualifiers: [Qualifier], cache: inout Cache) {
        var byName: [String: (value: QualifierValue, written: String, name: String)] = [:]
        var order: [String] = []
        for qualifier in qualifiers {
            let name: String
            if let known = cache.names[qualifier.name] {
                name = known
            } else {
                name = TextFolding.tokenKey(qualifier.name)
                cache.names[qualifier.name] = name
            }
            guard byName[name] == nil else { continue }
            let value: QualifierValue
            if let known = cache.values[qualifier.written] {
                value = known
            } else {
                value = QualifierValue(qualifier)
                cache.values[qualifier.written] = value
            }
            byName[name] = (value, qualifier.written, qualifier.name)
            order.append(name)
        }
        self.byName = byName
        self.order = order
        self.key = order.sorted(by: Utf8Order.areInIncreasingOrder).map { KeyEntry(name: $0, value: byName[$0]!.value) }
    }
}

/// How two indicators' qualifiers relate, for pairing step 3.
struct QualifierMatch {
    /// Whether they may pair: every shared qualifier is equal or, for ranges, overlaps.
    var allowed: Bool
    var equalCount: Int
    /// Summed overlap (0…1 each) of shared range qualifiers that overlap without being equal.
    var overlap: Rational
    var differences: [QualifierDifference]
}

enum QualifierComparison {
    /// Compares the qualifiers of a domestic and an international indicator.
    static func match(_ domestic: PreparedQualifiers, _ international: PreparedQualifiers) -> QualifierMatch {
        var result = QualifierMatch(allowed: true, equalCount: 0, overlap: .zero, differences: [])
        for name in domestic.order {
            let mine = domestic.byName[name]!
            guard let theirs = international.byName[name] else {
                result.differences.append(QualifierDifference(name: mine.name, domestic: mine.written, international: nil, overlaps: false))
                continue
            }
            if mine.value == theirs.value {
                result.equalCount += 1
                continue
            }
            if let a = mine.value.numeric, let b = theirs.value.numeric, let measure = overlap(a, b) {
                result.overlap = result.overlap + measure
                result.differences.append(QualifierDifference(name: mine.name, domestic: mine.written, international: theirs.written, overlaps: true))
            } else {
                result.allowed = false
                result.differences.append(QualifierDifference(name: mine.name, domestic: mine.written, international: theirs.written, overlaps: false))
            }
        }
        for name in international.order where domestic.byName[name] == nil {
            let theirs = international.byName[name]!
            result.differences.append(QualifierDifference(name: theirs.name, domestic: nil, international: theirs.written, overlaps: false))
        }
        return result
    }

    /// Differences only, for pinned pairs (whose qualifiers may differ freely).
    static func differences(_ domestic: PreparedQualifiers, _ international: PreparedQualifiers) -> [QualifierDifference] {
        match(domestic, international).differences
    }

    /// How much two numeric sets overlap, from just above 0 to 1 (their intersection over their union
    /// when both are bounded; ½ when either is unbounded); `nil` when they do not overlap.
    static func overlap(_ a: NumericSet, _ b: NumericSet) -> Rational? {
        guard a.dimension == b.dimension else { return nil }
        let lower = maxLower(a.lower, b.lower)
        let upper = minUpper(a.upper, b.upper)
        if let lower, let upper {
            if lower.value > upper.value { return nil }
            if lower.value == upper.value && !(lower.inclusive && upper.inclusive) { return nil }
        }
        guard let aLower = a.lower, let aUpper = a.upper, let bLower = b.lower, let bUpper = b.upper,
              let lower, let upper else {
            return Rational(1) / Rational(2)
        }
        let union = max(aUpper.value, bUpper.value) - min(aLower.value, bLower.value)
        if union.isZero { return .one }
        let shared = upper.value - lower.value
        // Touching points still overlap a little, so they rank above pairs that do not overlap.
        return shared.isZero ? Rational(1) / Rational(1_000_000) : shared / union
    }

    static func maxLower(_ a: NumericSet.End?, _ b: NumericSet.End?) -> NumericSet.End? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value != b.value { return a.value > b.value ? a : b }
        return NumericSet.End(value: a.value, inclusive: a.inclusive && b.inclusive)
    }

    static func minUpper(_ a: NumericSet.End?, _ b: NumericSet.End?) -> NumericSet.End? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value != b.value { return a.value < b.value ? a : b }
        return NumericSet.End(value: a.value, inclusive: a.inclusive && b.inclusive)
    }

    /// Whether the qualifiers read the same once white space, width, minus and micro signs are folded.
    static func readTheSame(_ domestic: [Qualifier], _ international: [Qualifier]) -> Bool {
        func written(_ qualifiers: [Qualifier]) -> [String: String] {
            var result: [String: String] = [:]
            for qualifier in qualifiers where result[qualifier.name.lowercased()] == nil {
                result[qualifier.name.lowercased()] = TextFolding.identityKey(qualifier.written)
            }
            return result
        }
        return written(domestic) == written(international)
    }
}
