import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import PropertyBased
import Testing

/// A generated indicator: everything is drawn from one integer, so shrinking gives smaller documents.
struct GeneratedIndicator {
    let seed: Int
    let index: Int

    private static let classes = ["E1", "E2", "F1", "F2", "M1"]
    private static let concepts = [
        "mpe", "repeatability", "measuring-range", "max-capacity", "verification-interval", "pressure-loss",
    ]

    var concept: String { Self.concepts[seed % Self.concepts.count] }
    var clause: String { "5.\(1 + (seed / 7) % 11)" }
    var id: String { "ind-\(index)" }
    var klass: String { Self.classes[(seed / 3) % Self.classes.count] }
    /// A mass in mg with up to three decimals, never zero.
    var milligrams: Rational { Rational(1 + seed % 997) / Rational(1 + (seed / 11) % 3 == 1 ? 10 : 1) }

    /// The value in the units the "domestic" copy writes, and in the rescaled units.
    func value(rescaled: Bool) -> String {
        let n = milligrams
        switch concept {
        case "mpe": return rescaled ? "±\(n / Rational(1000)) g" : "±\(n) mg"
        case "repeatability": return rescaled ? "≤ \(n / Rational(1000)) MPa" : "≤ \(n) kPa"
        case "measuring-range":
            return rescaled
                ? "[\(n / Rational(1000)), \(n * Rational(2) / Rational(1000))] kg" : "\(n) g .. \(n * Rational(2)) g"
        case "max-capacity": return rescaled ? "\(n / Rational(1_000_000)) kg" : "\(n) mg"
        case "verification-interval": return rescaled ? "\(n * Rational(12)) 月" : "\(n) a"
        default: return rescaled ? "≤ \(n / Rational(1000)) kPa" : "≤ \(n) Pa"
        }
    }

    func xml(rescaled: Bool) -> String {
        let nominal = rescaled ? "\(Rational(1 + seed % 5)) kg" : "\(Rational(1000) * Rational(1 + seed % 5)) g"
        return """
            <indicator id="\(id)" concept="\(concept)"><where class="\(klass)" nominal="\(nominal)" n="\(index)"/><value>\(value(rescaled: rescaled))</value></indicator>
            """
    }
}

/// Lays indicators out in sections by clause; `order` permutes sections and indicators.
func generatedDocument(
    _ indicators: [GeneratedIndicator], role: String, rescaled: Bool = false,
    order: (Int) -> Int = { $0 }
) -> String {
    var byClause: [String: [GeneratedIndicator]] = [:]
    for indicator in indicators { byClause[indicator.clause, default: []].append(indicator) }
    let clauses = byClause.keys.sorted().sorted { order($0.hashValue & 0xffff) < order($1.hashValue & 0xffff) }
    let body = clauses.map { clause -> String in
        let items = byClause[clause]!.sorted { order($0.index) < order($1.index) }
        return "<section num=\"\(clause)\">" + items.map { $0.xml(rescaled: rescaled) }.joined() + "</section>"
    }.joined(separator: "\n")
    // The format needs at least one section, even in a document with nothing to say.
    return spec(role == "international" ? "INT" : "DOM", role: role, body.isEmpty ? "<section num=\"1\"/>" : body)
}

let indicatorSeeds = Gen.int(in: 0...100_000).array(of: 1...25)

func generated(_ seeds: [Int]) -> [GeneratedIndicator] {
    seeds.enumerated().map { GeneratedIndicator(seed: $0.element, index: $0.offset) }
}

@Suite("Laws that hold for every document")
struct PropertyTests {
    @Test("a document compared with itself is all identical, score 100, IDT")
    func selfComparison() async {
        await propertyCheck(count: 60, input: indicatorSeeds) { seeds in
            let text = generatedDocument(generated(seeds), role: "international")
            guard let doc = try? document(text) else { return }
            let comparison = Comparator().compare(doc, doc)
            #expect(comparison.pairs.allSatisfy { $0.verdict == .identical })
            #expect(comparison.pairs.count == seeds.count)
            #expect(comparison.score.text == "100.0")
            #expect(comparison.degree.computed == .IDT)
        }
    }

    @Test("rescaling every unit gives only equivalent")
    func rescaling() async {
        await propertyCheck(count: 60, input: indicatorSeeds) { seeds in
            let indicators = generated(seeds)
            guard let domestic = try? document(generatedDocument(indicators, role: "domestic", rescaled: true)),
                let international = try? document(generatedDocument(indicators, role: "international"))
            else { return }
            let comparison = Comparator().compare(domestic, international)
            let verdicts = comparison.pairs.map(\.verdict)
            #expect(
                verdicts.allSatisfy { $0 == .equivalent },
                "\(zip(comparison.pairs.map(\.detail), verdicts).filter { $0.1 != .equivalent })")
            #expect(comparison.score.text == "100.0")
        }
    }

    @Test("shuffling sections or indicators changes nothing in the JSON")
    func shuffling() async {
        await propertyCheck(count: 40, input: indicatorSeeds, Gen.int(in: 1...1000)) { seeds, salt in
            let indicators = generated(seeds)
            // The international side keeps only some indicators, so missing and added pairs appear too.
            let kept = indicators.filter { $0.seed % 4 != 0 }
            let changed = indicators.map {
                GeneratedIndicator(seed: $0.seed % 5 == 0 ? $0.seed + 1 : $0.seed, index: $0.index)
            }
            guard let international = try? document(generatedDocument(kept, role: "international")),
                let domestic = try? document(generatedDocument(changed, role: "domestic")),
                let shuffled = try? document(
                    generatedDocument(changed, role: "domestic", order: { ($0 &* 7919 &+ salt) % 1009 })),
                let shuffledInternational = try? document(
                    generatedDocument(kept, role: "international", order: { ($0 &* 104_729 &+ salt) % 997 }))
            else { return }
            let original = JSONWriter().write(Comparator().compare(domestic, international))
            let reordered = JSONWriter().write(Comparator().compare(shuffled, shuffledInternational))
            #expect(original == reordered)
        }
    }

    @Test("every indicator is in exactly one pair, restatements aside")
    func partition() async {
        await propertyCheck(count: 60, input: indicatorSeeds, indicatorSeeds) { left, right in
            guard let domestic = try? document(generatedDocument(generated(left), role: "domestic")),
                let international = try? document(
                    generatedDocument(
                        generated(right).map {
                            GeneratedIndicator(seed: $0.seed, index: $0.index + 100)
                        }, role: "international"))
            else { return }
            let comparison = Comparator().compare(domestic, international)
            // An indicator stands in a second pair only as a restatement (docs/pairing.md); without those
            // pairs every indicator is in exactly one.
            let firsts = comparison.pairs.filter { $0.restatementOf == nil }
            let domesticIDs =
                firsts.compactMap { $0.domestic?.id }
                + comparison.pairs.filter { $0.restatementOf?.side == .international }.compactMap { $0.domestic?.id }
            let internationalIDs =
                firsts.compactMap { $0.international?.id }
                + comparison.pairs.filter { $0.restatementOf?.side == .domestic }.compactMap { $0.international?.id }
            #expect(domesticIDs.sorted() == domestic.indicators.map(\.id).sorted())
            #expect(internationalIDs.sorted() == international.indicators.map(\.id).sorted())
            #expect(comparison.counts.total == comparison.pairs.count)
        }
    }

    @Test("turning an agreeing pair into a deviation always lowers the exact score, never raises the shown one")
    func monotoneScore() async {
        await propertyCheck(count: 60, input: indicatorSeeds, Gen.int(in: 0...24)) { seeds, pick in
            let indicators = generated(seeds)
            let target = pick % indicators.count
            let changed = indicators.map {
                $0.index == target ? GeneratedIndicator(seed: $0.seed + 1, index: $0.index) : $0
            }
            let reference = generatedDocument(indicators, role: "international")
            guard let international = try? document(reference),
                let same = try? document(generatedDocument(indicators, role: "domestic")),
                let deviating = try? document(generatedDocument(changed, role: "domestic"))
            else { return }
            let before = Comparator().compare(same, international)
            let after = Comparator().compare(deviating, international)
            #expect(after.score.tenths <= before.score.tenths)
            #expect(after.score.tenths < 1000 || after.counts.deviations == 0)
            // The exact score always falls: the changed requirement loses at least half of its credit.
            #expect(after.score.exact < before.score.exact)
        }
    }

    @Test("adding domestic-only requirements never changes the score, and never raises the degree")
    func addedNeverScores() async {
        await propertyCheck(count: 60, input: indicatorSeeds, Gen.int(in: 1...6)) { seeds, extra in
            let indicators = generated(seeds)
            let changed = indicators.map {
                GeneratedIndicator(seed: $0.seed % 3 == 0 ? $0.seed + 1 : $0.seed, index: $0.index)
            }
            let base = generatedDocument(changed, role: "domestic")
            // Concepts the generator never uses, so these pair with nothing and are `added`, unexplained.
            let added = (0..<extra).map { n in
                "<indicator id=\"extra-\(n)\" concept=\"\(["creep", "drift"][n % 2])\"><where n=\"\(n)\"/><value>≤ \(n + 1) mg</value></indicator>"
            }.joined()
            let more = base.replacingOccurrences(of: "</spec>", with: "<section num=\"99\">\(added)</section></spec>")
            guard let international = try? document(generatedDocument(indicators, role: "international")),
                let before = try? document(base), let after = try? document(more)
            else { return }
            let a = Comparator().compare(before, international)
            let b = Comparator().compare(after, international)
            #expect(b.score.exact == a.score.exact && b.score.tenths == a.score.tenths)
            #expect(b.degree.computed <= a.degree.computed)
            #expect(
                b.degree.computed != .IDT && b.degree.computed != .MOD,
                "an unexplained domestic-only requirement is a technical deviation")
            #expect(b.requirements.filter { $0.origin == .domestic }.count >= extra)
        }
    }

    @Test("every pair belongs to exactly one requirement; the score's denominator counts the reference's")
    func requirementsPartition() async {
        await propertyCheck(count: 60, input: indicatorSeeds, indicatorSeeds) { left, right in
            guard let domestic = try? document(generatedDocument(generated(left), role: "domestic")),
                let international = try? document(generatedDocument(generated(right), role: "international"))
            else { return }
            let comparison = Comparator().compare(domestic, international)
            #expect(comparison.requirements.flatMap(\.pairIndices).sorted() == Array(comparison.pairs.indices))
            #expect(comparison.score.requirements == comparison.requirements.count { $0.origin == .reference })
            #expect(comparison.requirements.allSatisfy { $0.credit >= .zero && $0.credit <= $0.weight })
        }
    }
}
