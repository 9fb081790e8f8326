import HarmoniaModel

/// Both documents of a comparison as pairing and judging read them: each indicator's concept, qualifiers
/// and value as written turned into small integers, numbered in common across the two documents.
///
/// This is where the fast path lives. The model stays plain values; everything pairing computes once
/// per document instead of once per pair (folded qualifier names and values, canonical forms, numbers)
/// is made here and nowhere else, and is let go with the comparison. Each document is prepared on its
/// own core with its own ``IndexNumbers``; the second's numbers are then translated into the first's
/// (``IndexNumbers/absorb(_:)``, ``Side/renumber(_:)``), which gives exactly the numbers one numbering
/// of both documents in turn would (a property test says so).
struct PreparedIndex: Sendable {
    let domestic: Side
    let international: Side

    init(domestic: [Indicator], international: [Indicator], context: PairingContext = PairingContext()) {
        let sides = Parallel.map([
            (domestic, context.domesticFolding), (international, context.internationalFolding),
        ]) { Side($0.0, folding: $0.1, scope: context.scope) }
        var first = sides[0]
        var second = sides[1]
        second.renumber(first.numbers.absorb(second.numbers))
        // The numberings have done their work: their tables of keys are let go before pairing starts.
        first.numbers = IndexNumbers()
        second.numbers = IndexNumbers()
        self.domestic = first
        self.international = second
    }

    /// Whether two indicators state their requirement in the same words: the same value and qualifiers
    /// as written, once white space, width, minus and micro signs are folded.
    func writtenTheSame(domestic d: Int, international i: Int) -> Bool {
        domestic.writings[d] == international.writings[i]
            && domestic.qualifiers.writings(of: d) == international.qualifiers.writings(of: i)
    }

    /// Whether a document pins counterparts: some indicator has a `ref`, some table cell a table `ref`.
    struct Pins: Sendable {
        var byRef = false
        var byTable = false
        var any: Bool { byRef || byTable }
    }

    /// One document's indicators, prepared for pairing.
    struct Side: Sendable {
        let indicators: [Indicator]
        /// Each indicator's qualifiers: first of each folded name, folded values, numbered.
        private(set) var qualifiers: PreparedQualifierTable
        /// Each indicator's concept as a small integer, equal across both documents for equal concepts.
        private(set) var concepts: [Int] = []
        /// Each indicator's value as written, folded (`TextFolding.identityKey`) and numbered: equal
        /// numbers mean values written the same way.
        private(set) var writings: [Int] = []
        /// Which kinds of pins the document holds, so that step 1 walks only a document that pins.
        private(set) var pins = Pins()
        /// The numbers this side gave, until the two sides are merged.
        fileprivate var numbers = IndexNumbers()

        init(_ indicators: [Indicator], folding: QualifierFolding, scope: [(name: String, value: QualifierValue)]) {
            self.indicators = indicators
            var cache = QualifierCache(folding: folding)
            var numbers = IndexNumbers()
            if scope.isEmpty {
                qualifiers = PreparedQualifierTable(indicators.lazy.map(\.qualifiers), cache: &cache, numbers: &numbers)
            } else {
                // A qualifier the scope states holds for the whole domestic document: where an indicator
                // (of either side) states it with a value inside the scope, it says nothing the other side
                // must match, so pairing leaves it out; an indicator without it carries the scope's.
                qualifiers = PreparedQualifierTable(
                    indicators.lazy.map { indicator in
                        indicator.qualifiers.filter { qualifier in
                            let name = folding.name(qualifier.name)
                            guard let stated = scope.first(where: { $0.name == name }) else { return true }
                            let value = folding.value(qualifier, name: name)
                            return
                                !(Applicability.covers(stated.value, value)
                                || Applicability.covers(value, stated.value))
                        }
                    }, cache: &cache, numbers: &numbers)
            }
            concepts.reserveCapacity(indicators.count)
            // A table's cells come one after another with its concept: the previous number saves a hash.
            var last: (concept: String, number: Int)?
            for indicator in indicators {
                let concept = indicator.conceptID
                if let last, last.concept == concept {
                    concepts.append(last.number)
                } else {
                    let number = numbers.concepts.number(concept)
                    concepts.append(number)
                    last = (concept, number)
                }
                if !(indicator.ref ?? "").isEmpty { pins.byRef = true }
                if !(indicator.tableRef ?? "").isEmpty { pins.byTable = true }
            }
            // Values written alike are folded once: the raw text finds the folded text's number.
            var written: [UTF8Key: Int] = [:]
            writings.reserveCapacity(indicators.count)
            for indicator in indicators {
                let raw = UTF8Key(indicator.writtenValue)
                if let known = written[raw] {
                    writings.append(known)
                } else {
                    let id = numbers.values.number(TextFolding.identityKey(indicator.writtenValue))
                    written[raw] = id
                    writings.append(id)
                }
            }
            self.numbers = numbers
        }

        /// Translates every number into another side's numbering, as ``IndexNumbers/absorb(_:)`` gives it.
        mutating func renumber(_ translation: IndexNumbers.Translation) {
            qualifiers.renumber(translation)
            for index in concepts.indices { concepts[index] = translation.concepts[concepts[index]] }
            for index in writings.indices { writings[index] = translation.values[writings[index]] }
        }
    }
}

/// Every numbering one document's preparation makes: folded qualifier names, (name, value) entries,
/// qualifier writings, concepts and values as written.
struct IndexNumbers: Sendable {
    /// A qualifier as pairing matches it: folded name and folded value.
    struct EntryKey: Hashable, Sendable {
        let name: String
        let value: QualifierValue
    }

    var names = Numbering<String>()
    var entries = Numbering<EntryKey>()
    var qualifierWritings = Numbering<UTF8Pair>()
    var concepts = Numbering<String>()
    var values = Numbering<String>()

    /// How `other`'s numbers read here, keys new here numbered after these: the numbers one numbering
    /// of both documents in turn gives.
    struct Translation: Sendable {
        let names: [Int]
        let entries: [Int]
        let qualifierWritings: [Int]
        let concepts: [Int]
        let values: [Int]
    }

    mutating func absorb(_ other: IndexNumbers) -> Translation {
        Translation(
            names: names.absorb(other.names), entries: entries.absorb(other.entries),
            qualifierWritings: qualifierWritings.absorb(other.qualifierWritings),
            concepts: concepts.absorb(other.concepts), values: values.absorb(other.values))
    }
}
