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
///
/// Every distinct folded name, (name, value) and writing gets a small integer from a ``Cache``, so that
/// pairing hashes and compares integers, not strings and canonical forms, for each of 100,000
/// indicators. Each document is prepared with its own cache; ``renumbered(_:)`` brings the second
/// document's numbers into the first's.
struct PreparedQualifiers: Sendable {
    struct Entry: Sendable {
        /// The folded name: what qualifiers are matched by.
        let name: String
        /// Equal for equal folded names, across both documents.
        let nameID: Int
        let value: QualifierValue
        let written: String
        /// The name as written, for messages.
        let writtenName: String
        /// Equal for entries of equal folded name and value, across both documents.
        let id: Int
    }

    /// First occurrence of each folded name, in document order.
    let entries: [Entry]
    /// Entry ids ordered by folded name (UTF-8 order): equal exactly when the qualifiers are equal
    /// (the same folded names with equal values).
    let sortedIDs: [Int]
    /// Equal exactly when the qualifiers read the same: the same names (case aside, first occurrence
    /// of each) with values written the same once white space, width, minus and micro signs are folded.
    let writings: [Int]

    /// The entry with this folded name's number, if any.
    func entry(nameID: Int) -> Entry? {
        // Indicators carry a handful of qualifiers: a scan beats a dictionary per indicator.
        for entry in entries where entry.nameID == nameID { return entry }
        return nil
    }

    init(_ qualifiers: [Qualifier]) {
        var cache = Cache()
        self.init(qualifiers, cache: &cache)
    }

    /// Documents repeat the same qualifier names and values thousands of times (every table cell
    /// carries its row and column keys), so folding, canonical forms and numbers are computed once per
    /// (name, value) text: one lookup per qualifier.
    struct Cache: Sendable {
        /// What one (name, value) text prepares to; a class, so that handing it out is one retain.
        fileprivate final class Known: Sendable {
            let name: String
            let nameID: Int
            let value: QualifierValue
            let id: Int
            /// Numbers the name case aside; only ever compared within one document.
            let lowercasedNameID: Int
            let writingID: Int

            init(name: String, nameID: Int, value: QualifierValue, id: Int, lowercasedNameID: Int, writingID: Int) {
                self.name = name
                self.nameID = nameID
                self.value = value
                self.id = id
                self.lowercasedNameID = lowercasedNameID
                self.writingID = writingID
            }
        }

        struct EntryKey: Hashable, Sendable {
            let name: String
            let value: QualifierValue
        }

        fileprivate var known: [TextPair: Known] = [:]
        fileprivate var names = Numbering<String>()
        fileprivate var lowercasedNames = Numbering<String>()
        fileprivate var entries = Numbering<EntryKey>()
        fileprivate var writings = Numbering<TextPair>()

        init() {}

        /// How `other`'s numbers read in this cache (names, entries, writings), keys new here numbered
        /// after these, so the numbers are those one cache would have given both documents in turn.
        mutating func absorb(_ other: Cache) -> Renumbering {
            Renumbering(names: names.absorb(other.names), entries: entries.absorb(other.entries),
                        writings: writings.absorb(other.writings))
        }

        fileprivate mutating func lookUp(_ qualifier: Qualifier) -> Known {
            let raw = TextPair(qualifier.name, qualifier.written)
            if let known = known[raw] { return known }
            let name = TextFolding.tokenKey(qualifier.name)
            let value = QualifierValue(qualifier)
            let lowercasedName = qualifier.name.lowercased()
            let result = Known(
                name: name, nameID: names.number(name), value: value,
                id: entries.number(EntryKey(name: name, value: value)),
                lowercasedNameID: lowercasedNames.number(lowercasedName),
                writingID: writings.number(TextPair(lowercasedName, TextFolding.identityKey(qualifier.written))))
            known[raw] = result
            return result
        }
    }

    /// Translations of one cache's numbers into another's, from ``Cache/absorb(_:)``.
    struct Renumbering: Sendable {
        let names: [Int]
        let entries: [Int]
        let writings: [Int]
    }

    private init(entries: [Entry], sortedIDs: [Int], writings: [Int]) {
        self.entries = entries
        self.sortedIDs = sortedIDs
        self.writings = writings
    }

    /// The same qualifiers with their numbers translated.
    func renumbered(_ numbers: Renumbering) -> PreparedQualifiers {
        PreparedQualifiers(
            entries: entries.map {
                Entry(name: $0.name, nameID: numbers.names[$0.nameID], value: $0.value, written: $0.written,
                      writtenName: $0.writtenName, id: numbers.entries[$0.id])
            },
            sortedIDs: sortedIDs.map { numbers.entries[$0] },
            writings: writings.map { numbers.writings[$0] }.sorted())
    }

    init(_ qualifiers: [Qualifier], cache: inout Cache) {
        var entries: [Entry] = []
        entries.reserveCapacity(qualifiers.count)
        var writingNames: [Int] = []
        writingNames.reserveCapacity(qualifiers.count)
        var writings: [Int] = []
        writings.reserveCapacity(qualifiers.count)
        for index in qualifiers.indices {
            let known = cache.lookUp(qualifiers[index])
            if !entries.contains(where: { $0.nameID == known.nameID }) {
                entries.append(Entry(name: known.name, nameID: known.nameID, value: known.value,
                                     written: qualifiers[index].written, writtenName: qualifiers[index].name,
                                     id: known.id))
            }
            if !writingNames.contains(known.lowercasedNameID) {
                writingNames.append(known.lowercasedNameID)
                writings.append(known.writingID)
            }
        }
        self.entries = entries
        // Positions are sorted, not entries: moving an entry costs four retains and releases.
        sortedIDs = entries.count < 2 ? entries.map(\.id)
            : entries.indices.sorted { Utf8Order.areInIncreasingOrder(entries[$0].name, entries[$1].name) }.map { entries[$0].id }
        // Names are unique in the list, so the sorted ids stand for the name → writing map.
        self.writings = writings.sorted()
    }
}

/// Two strings hashed and compared by their UTF-8 bytes, as ``UTF8Key`` hashes one.
struct TextPair: Hashable {
    let first: UTF8Key
    let second: UTF8Key

    init(_ first: String, _ second: String) {
        self.first = UTF8Key(first)
        self.second = UTF8Key(second)
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
        for mine in domestic.entries {
            guard let theirs = international.entry(nameID: mine.nameID) else {
                result.differences.append(QualifierDifference(name: mine.writtenName, domestic: mine.written, international: nil, overlaps: false))
                continue
            }
            if mine.id == theirs.id {
                result.equalCount += 1
                continue
            }
            if let a = mine.value.numeric, let b = theirs.value.numeric, let measure = overlap(a, b) {
                result.overlap = result.overlap + measure
                result.differences.append(QualifierDifference(name: mine.writtenName, domestic: mine.written, international: theirs.written, overlaps: true))
            } else {
                result.allowed = false
                result.differences.append(QualifierDifference(name: mine.writtenName, domestic: mine.written, international: theirs.written, overlaps: false))
            }
        }
        for theirs in international.entries where domestic.entry(nameID: theirs.nameID) == nil {
            result.differences.append(QualifierDifference(name: theirs.writtenName, domestic: nil, international: theirs.written, overlaps: false))
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
}
