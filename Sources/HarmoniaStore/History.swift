import HarmoniaModel

/// A line of comparisons that a committee follows over time: one domestic document through its editions,
/// against one international document through its editions.
///
/// The family rule: two comparisons are in the same family when their domestic documents are editions of
/// the same document and so are their international documents. Editions of the same document are those
/// with the same designation once the year is taken off (`JJG 99-2006`, `JJG 99-2022` → `JJG 99`), or
/// linked by `supersedes`, directly or through a chain (`OIML R 148-1:2020` supersedes
/// `OIML R 16-1:2002`; `JJG 99-2006` supersedes `JJG 273-1991`, which it absorbed). So
/// `JJG 162-2009 / OIML R 49-1:2006` and `JJG 162-2019 / OIML R 49-1:2013` are one family: the water-meter
/// regulation followed against the water-meter Recommendation, whichever editions were in force. A domestic
/// regulation followed against two unrelated references makes two families.
public struct Family: Hashable, Sendable {
    /// Stable while the documents' lineages stay the same: the smallest base designation of each lineage.
    public var key: String
    /// For people: the base designations of the family's latest record, `JJG 99 ↔ OIML R 111-1`.
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// One line of `track history`: a recorded comparison, placed in its family and in time.
public struct HistoryEntry: Hashable, Sendable {
    public var comparison: RecordedComparison
    public var family: Family
    /// The domestic document's date (see ``RecordedDocument/effectiveDate``): the point's place in time.
    public var date: String?
    /// The previous record of the same family, in history order; `nil` for the family's first.
    public var previousRecordID: Int64?
    /// The change in score since that record, in tenths; `nil` for the family's first.
    public var changeTenths: Int?

    public init(
        comparison: RecordedComparison, family: Family, date: String?, previousRecordID: Int64?, changeTenths: Int?
    ) {
        self.comparison = comparison
        self.family = family
        self.date = date
        self.previousRecordID = previousRecordID
        self.changeTenths = changeTenths
    }
}

/// Orders recorded comparisons into a history, groups them into families and finds what a user names.
public enum History {
    /// Every comparison, ordered by the domestic document's date, then the international one's, then when
    /// it was recorded, then record id; each with its family and the change since the family's previous record.
    /// Comparisons whose domestic document has no date at all come last.
    public static func entries(_ comparisons: [RecordedComparison]) -> [HistoryEntry] {
        let lineages = Lineages(comparisons.flatMap { [$0.domestic, $0.international] })
        let ordered = comparisons.sorted { a, b in
            let left = sortKey(a)
            let right = sortKey(b)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            if left.2 != right.2 { return left.2 < right.2 }
            return a.recordID < b.recordID
        }
        func key(_ comparison: RecordedComparison) -> String {
            lineages.root(of: comparison.domestic.id) + " | " + lineages.root(of: comparison.international.id)
        }
        var labels: [String: String] = [:]
        for comparison in ordered {  // The last record of a family names it.
            labels[key(comparison)] =
                Designation.base(of: comparison.domestic.id) + " ↔ "
                + Designation.base(of: comparison.international.id)
        }
        var previous: [String: RecordedComparison] = [:]
        return ordered.map { comparison in
            let familyKey = key(comparison)
            let before = previous[familyKey]
            previous[familyKey] = comparison
            return HistoryEntry(
                comparison: comparison, family: Family(key: familyKey, label: labels[familyKey]!),
                date: comparison.domestic.effectiveDate, previousRecordID: before?.recordID,
                changeTenths: before.map { comparison.scoreTenths - $0.scoreTenths })
        }
    }

    /// Entries whose domestic (international) designation starts with the prefix, compared case-insensitively.
    /// Changes are still measured against the family's previous record, whether or not it passes the filter.
    public static func filtered(_ entries: [HistoryEntry], domesticPrefix: String?, internationalPrefix: String?)
        -> [HistoryEntry]
    {
        entries.filter { entry in
            matches(entry.comparison.domestic.id, prefix: domesticPrefix)
                && matches(entry.comparison.international.id, prefix: internationalPrefix)
        }
    }

    /// Finds the record a user names: a record id (`12` or `#12`), else the latest record of a domestic
    /// document with that designation, else of an international one. `note` says which record was taken
    /// when several match.
    public static func resolve(_ reference: String, in comparisons: [RecordedComparison]) -> (
        record: RecordedComparison?, note: String?
    ) {
        let trimmed = reference.trimmingWhitespace
        let number = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if !number.isEmpty, number.allSatisfy(\.isASCIIDigit) {
            return (comparisons.first { String($0.recordID) == number }, nil)
        }
        let folded = trimmed.lowercased()
        var matches = comparisons.filter { $0.domestic.id.lowercased() == folded }
        if matches.isEmpty { matches = comparisons.filter { $0.international.id.lowercased() == folded } }
        guard let chosen = matches.max(by: { ($0.recordedAt, $0.recordID) < ($1.recordedAt, $1.recordID) }) else {
            return (nil, nil)
        }
        let note =
            matches.count > 1
            ? "\(reference): \(matches.count) records match; using the latest, #\(chosen.recordID) (\(chosen.domestic.id) ↔ \(chosen.international.id))"
            : nil
        return (chosen, note)
    }

    private static func matches(_ designation: String, prefix: String?) -> Bool {
        guard let prefix, !prefix.isEmpty else { return true }
        return designation.lowercased().hasPrefix(prefix.lowercased())
    }

    /// Missing dates sort after every date (U+FFFF is above any digit).
    private static func sortKey(_ comparison: RecordedComparison) -> (String, String, String) {
        (
            comparison.domestic.effectiveDate ?? "\u{FFFF}", comparison.international.effectiveDate ?? "\u{FFFF}",
            comparison.recordedAt
        )
    }
}

/// Editions grouped into lineages: base designations joined by `supersedes` links (union–find).
struct Lineages {
    private var parent: [String: String] = [:]

    init(_ documents: [RecordedDocument]) {
        for document in documents {
            let base = Designation.base(of: document.id)
            for ref in document.supersedes { union(base, Designation.base(of: ref)) }
        }
    }

    /// The lineage's name: its smallest base designation, so the key does not depend on recording order.
    func root(of designation: String) -> String {
        find(Designation.base(of: designation))
    }

    private func find(_ base: String) -> String {
        var node = base
        while let next = parent[node], next != node { node = next }
        return node
    }

    private mutating func union(_ a: String, _ b: String) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
