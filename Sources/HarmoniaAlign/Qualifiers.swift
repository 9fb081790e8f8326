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

/// How two indicators' qualifiers relate, for pairing step 3.
struct QualifierMatch {
    /// Whether they may pair: every shared qualifier is equal or, for ranges, overlaps.
    var allowed: Bool
    var equalCount: Int
    /// How many shared qualifiers have other values (ranges that overlap without being equal): a pair
    /// with none differs only in qualifiers one side does not state, and gets a real verdict.
    var conflicts: Int = 0
    /// Of the conflicts, those between a numeric value and a name (schemes that do not compare).
    var incomparable: Int = 0
    /// Summed overlap (0…1 each) of shared range qualifiers that overlap without being equal.
    var overlap: Rational
    var differences: [QualifierDifference]
}

enum QualifierComparison {
    /// Compares the qualifiers of a domestic and an international indicator.
    static func match(_ domestic: PreparedQualifiers, _ international: PreparedQualifiers) -> QualifierMatch {
        var result = QualifierMatch(
            allowed: true, equalCount: 0, conflicts: 0, incomparable: 0, overlap: .zero, differences: [])
        // A handful of qualifiers each: scans. Hundreds (hostile files): tables, so the work stays linear.
        let large =
            domestic.entries.count > PreparedQualifierTable.smallList
            || international.entries.count > PreparedQualifierTable.smallList
        let theirsByName =
            large
            ? Dictionary(international.entries.map { ($0.nameID, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        let mineByName = large ? Set(domestic.entries.map(\.nameID)) : []
        for mine in domestic.entries {
            guard let theirs = large ? theirsByName[mine.nameID] : international.entry(nameID: mine.nameID) else {
                result.differences.append(
                    QualifierDifference(
                        name: mine.writtenName, domestic: mine.written, international: nil, overlaps: false))
                continue
            }
            if mine.id == theirs.id {
                result.equalCount += 1
                continue
            }
            result.conflicts += 1
            if let a = mine.value.numeric, let b = theirs.value.numeric, let measure = overlap(a, b) {
                result.overlap = result.overlap + measure
                result.differences.append(
                    QualifierDifference(
                        name: mine.writtenName, domestic: mine.written, international: theirs.written, overlaps: true))
            } else if (mine.value.numeric == nil) != (theirs.value.numeric == nil) {
                // A range against a name (`10 % ≤ I` against `Itr-Imax`): two schemes that do not compare,
                // not two values that exclude each other. The pair may form; it stays `different`.
                result.incomparable += 1
                result.differences.append(
                    QualifierDifference(
                        name: mine.writtenName, domestic: mine.written, international: theirs.written, overlaps: false))
            } else {
                result.allowed = false
                result.differences.append(
                    QualifierDifference(
                        name: mine.writtenName, domestic: mine.written, international: theirs.written, overlaps: false))
            }
        }
        for theirs in international.entries
        where large ? !mineByName.contains(theirs.nameID) : domestic.entry(nameID: theirs.nameID) == nil {
            result.differences.append(
                QualifierDifference(
                    name: theirs.writtenName, domestic: nil, international: theirs.written, overlaps: false))
        }
        return result
    }

    /// Differences only, for pinned pairs (whose qualifiers may differ freely).
    static func differences(_ domestic: PreparedQualifiers, _ international: PreparedQualifiers)
        -> [QualifierDifference]
    {
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
            let lower, let upper
        else {
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
}
