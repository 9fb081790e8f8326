import HarmoniaModel

/// One indicator's qualifiers as pairing reads them: a view into its document's ``PreparedQualifierTable``.
struct PreparedQualifiers {
    /// First occurrence of each folded name, in document order.
    let entries: ArraySlice<PreparedQualifierTable.Entry>
    /// Entry ids ordered by folded name (UTF-8 order): equal exactly when the qualifiers are equal
    /// (the same folded names with equal values).
    let sortedIDs: ArraySlice<Int>
    /// Equal exactly when the qualifiers read the same: the same names (case aside, first occurrence
    /// of each) with values written the same once white space, width, minus and micro signs are folded.
    let writings: ArraySlice<Int>

    /// The entry with this folded name's number, if any.
    func entry(nameID: Int) -> PreparedQualifierTable.Entry? {
        // Indicators carry a handful of qualifiers: a scan beats a dictionary per indicator.
        for entry in entries where entry.nameID == nameID { return entry }
        return nil
    }
}

/// The qualifiers of every indicator of one document, prepared once for hashing and partial matching.
///
/// Every distinct folded name, (name, value) and writing gets a small integer from the document's
/// ``IndexNumbers``, so that pairing hashes and compares integers, not strings and canonical forms, for
/// each of 100,000 indicators. Each document is prepared on its own (on its own core); ``renumber(_:)``
/// brings the second document's numbers into the first's (``PreparedIndex``). Stored flat, each indicator a range of a few
/// document-wide arrays: three small arrays per indicator cost more to allocate and free than the
/// preparation itself.
struct PreparedQualifierTable: Sendable {
    /// One qualifier of an indicator, the first with its folded name.
    struct Entry: Sendable {
        fileprivate let known: Known
        /// Equal for equal folded names, across both documents.
        fileprivate(set) var nameID: Int
        /// Equal for entries of equal folded name and value, across both documents.
        fileprivate(set) var id: Int

        /// The folded name: what qualifiers are matched by.
        var name: String { known.name }
        var value: QualifierValue { known.value }
        /// The value as written.
        var written: String { known.written }
        /// The name as written, for messages.
        var writtenName: String { known.writtenName }
    }

    private var entries: [Entry] = []
    /// For each indicator's range of `entries`, its entry ids ordered by folded name.
    private var sortedIDs: [Int] = []
    private var entryStarts: [Int] = [0]
    private var writings: [Int] = []
    private var writingStarts: [Int] = [0]

    /// The number of indicators.
    var count: Int { entryStarts.count - 1 }

    /// One indicator's entry ids by folded name (``PreparedQualifiers/sortedIDs``), without the rest of
    /// its view: what exact pairing hashes, 100,000 times.
    func sortedIDs(of index: Int) -> ArraySlice<Int> {
        sortedIDs[entryStarts[index]..<entryStarts[index + 1]]
    }

    /// One indicator's qualifier writings (``PreparedQualifiers/writings``), without the rest of its view.
    func writings(of index: Int) -> ArraySlice<Int> {
        writings[writingStarts[index]..<writingStarts[index + 1]]
    }

    subscript(index: Int) -> PreparedQualifiers {
        let range = entryStarts[index]..<entryStarts[index + 1]
        return PreparedQualifiers(
            entries: entries[range], sortedIDs: sortedIDs[range],
            writings: writings[writingStarts[index]..<writingStarts[index + 1]])
    }

    /// The qualifier lists in order, one indicator each.
    init(_ lists: some Sequence<[Qualifier]>, cache: inout QualifierCache, numbers: inout IndexNumbers) {
        var scratch = Scratch()
        entryStarts.reserveCapacity(lists.underestimatedCount + 1)
        writingStarts.reserveCapacity(lists.underestimatedCount + 1)
        for qualifiers in lists { append(qualifiers, cache: &cache, numbers: &numbers, scratch: &scratch) }
        sortIDsByName(names: numbers.names.keys)
    }

    /// Kept from one indicator to the next, to save allocations.
    private struct Scratch {
        var lowercasedNames: [Int] = []
        /// For indicators with more than `smallList` qualifiers (only hostile files have hundreds): the
        /// names seen so far, so that the first-of-each-name rule stays linear.
        var seenNames = Set<Int>()
        var seenLowercasedNames = Set<Int>()
        /// What the previous indicator's qualifiers prepared to, by position: a table's cells come one after
        /// another and repeat the table's qualifiers and many of their keys, found again here without a hash.
        var previous: [Known] = []
    }

    /// Up to this many qualifiers, looking back over a list beats hashing.
    static let smallList = 16

    /// Appends one indicator.
    private mutating func append(
        _ qualifiers: [Qualifier], cache: inout QualifierCache, numbers: inout IndexNumbers, scratch: inout Scratch
    ) {
        let start = entries.count
        let writingStart = writings.count
        scratch.lowercasedNames.removeAll(keepingCapacity: true)
        let small = qualifiers.count <= Self.smallList
        if !small {
            scratch.seenNames.removeAll(keepingCapacity: true)
            scratch.seenLowercasedNames.removeAll(keepingCapacity: true)
        }
        for index in qualifiers.indices {
            let known: Known
            if index < scratch.previous.count,
                UTF8Key(scratch.previous[index].written) == UTF8Key(qualifiers[index].written),
                UTF8Key(scratch.previous[index].writtenName) == UTF8Key(qualifiers[index].name)
            {
                known = scratch.previous[index]
            } else {
                known = cache.lookUp(qualifiers[index], numbers: &numbers)
                if index < scratch.previous.count {
                    scratch.previous[index] = known
                } else {
                    scratch.previous.append(known)
                }
            }
            let newName =
                small
                ? !(start..<entries.count).contains { entries[$0].nameID == known.nameID }
                : scratch.seenNames.insert(known.nameID).inserted
            if newName {
                entries.append(Entry(known: known, nameID: known.nameID, id: known.id))
            }
            let newLowercasedName =
                small
                ? !scratch.lowercasedNames.contains(known.lowercasedNameID)
                : scratch.seenLowercasedNames.insert(known.lowercasedNameID).inserted
            if newLowercasedName {
                scratch.lowercasedNames.append(known.lowercasedNameID)
                writings.append(known.writingID)
            }
        }
        // Names are unique in the list, so the sorted ids stand for the name → writing map.
        writings[writingStart...].sort()
        entryStarts.append(entries.count)
        writingStarts.append(writings.count)
    }

    /// Fills `sortedIDs`: each indicator's entry ids by folded name. The document's few names (`names`, by
    /// number) are put in UTF-8 order once, so that each indicator's entries sort by an integer.
    private mutating func sortIDsByName(names: [String]) {
        var rankOfName = [Int](repeating: 0, count: names.count)
        for (rank, name) in names.indices.sorted(by: { Utf8Order.areInIncreasingOrder(names[$0], names[$1]) })
            .enumerated()
        {
            rankOfName[name] = rank
        }
        sortedIDs.reserveCapacity(entries.count)
        var positions: [Int] = []
        for indicator in 0..<count {
            positions.removeAll(keepingCapacity: true)
            positions.append(contentsOf: entryStarts[indicator]..<entryStarts[indicator + 1])
            if positions.count > 1 {
                positions.sort { rankOfName[entries[$0].nameID] < rankOfName[entries[$1].nameID] }
            }
            for position in positions { sortedIDs.append(entries[position].id) }
        }
    }

    /// Translates every number into another document's numbering, as ``IndexNumbers/absorb(_:)`` gives it.
    mutating func renumber(_ numbers: IndexNumbers.Translation) {
        for index in entries.indices {
            entries[index].nameID = numbers.names[entries[index].nameID]
            entries[index].id = numbers.entries[entries[index].id]
        }
        for index in sortedIDs.indices { sortedIDs[index] = numbers.entries[sortedIDs[index]] }
        for index in writings.indices { writings[index] = numbers.qualifierWritings[writings[index]] }
        for indicator in 0..<count { writings[writingStarts[indicator]..<writingStarts[indicator + 1]].sort() }
    }

    /// What one (name, value) text prepares to; a class, so that an entry holds it with one reference.
    final class Known: Sendable {
        let name: String
        let writtenName: String
        let written: String
        let value: QualifierValue
        let nameID: Int
        let id: Int
        /// Numbers the name case aside; only ever compared within one document.
        let lowercasedNameID: Int
        let writingID: Int

        init(
            name: String, writtenName: String, written: String, value: QualifierValue, nameID: Int,
            id: Int, lowercasedNameID: Int, writingID: Int
        ) {
            self.name = name
            self.writtenName = writtenName
            self.written = written
            self.value = value
            self.nameID = nameID
            self.id = id
            self.lowercasedNameID = lowercasedNameID
            self.writingID = writingID
        }
    }
}

/// What each distinct (name, value) text of one document prepares to, so that folding and canonical
/// forms are computed once per text: documents repeat the same qualifier names and values thousands of
/// times (every table cell carries its row and column keys). One per document, on that document's core.
struct QualifierCache {
    private var known: [UTF8Pair: PreparedQualifierTable.Known] = [:]
    /// Numbers names case aside; only ever compared within one document.
    private var lowercasedNames = Numbering<String>()
    /// How names and values are folded: the vocabulary, designations, declared correspondences.
    let folding: QualifierFolding

    init(folding: QualifierFolding = .plain) {
        self.folding = folding
    }

    mutating func lookUp(_ qualifier: Qualifier, numbers: inout IndexNumbers) -> PreparedQualifierTable.Known {
        let raw = UTF8Pair(qualifier.name, qualifier.written)
        if let known = known[raw] { return known }
        let name = folding.name(qualifier.name)
        let value = folding.value(qualifier, name: name)
        let lowercasedName = qualifier.name.lowercased()
        let result = PreparedQualifierTable.Known(
            name: name, writtenName: qualifier.name, written: qualifier.written, value: value,
            nameID: numbers.names.number(name),
            id: numbers.entries.number(IndexNumbers.EntryKey(name: name, value: value)),
            lowercasedNameID: lowercasedNames.number(lowercasedName),
            writingID: numbers.qualifierWritings.number(
                UTF8Pair(lowercasedName, TextFolding.identityKey(qualifier.written))))
        known[raw] = result
        return result
    }
}
