import HarmoniaAlign
import HarmoniaModel
import PropertyBased
import Testing

/// Indicators drawn from small pools, so that ties, restatements, partial pairs and designations occur.
private struct TiedIndicator {
    let seed: Int
    let index: Int
    private static let concepts = ["mpe", "repeatability"]
    private static let classes = ["III", "Ⅲ", "IIII", "II", "Class II", "1|2"]
    private static let loads = ["", "0 e ≤ m ≤ 500 e", "500 e &lt; m ≤ 2000 e", "500 e &lt; m ≤ 2500 e"]
    private static let stages = ["", "initial", "首次检定", "in-service", "subsequent"]
    private static let values = ["±0.5 e", "±1 e", "±1.0 e", "±1.5 e"]

    func xml(prefix: String) -> String {
        var qualifiers = "class=\"\(Self.classes[seed % Self.classes.count])\""
        let load = Self.loads[(seed / 7) % Self.loads.count]
        if !load.isEmpty { qualifiers += " load=\"\(load)\"" }
        let stage = Self.stages[(seed / 29) % Self.stages.count]
        if !stage.isEmpty { qualifiers += " stage=\"\(stage)\"" }
        let concept = Self.concepts[(seed / 131) % Self.concepts.count]
        let value = Self.values[(seed / 263) % Self.values.count]
        return
            "<indicator id=\"\(prefix)\(index)\" concept=\"\(concept)\"><where \(qualifiers)/><value>\(value)</value></indicator>"
    }
}

@Suite("pairing never depends on the order of documents, sections, rows or columns")
struct OrderIndependenceTests {
    /// Every pair as (domestic id, international id, verdict, restated side), order aside.
    private func verdicts(_ comparison: Comparison) -> [String] {
        comparison.pairs.map {
            "\($0.domestic?.id ?? "-")|\($0.international?.id ?? "-")|\($0.verdict.rawValue)|\($0.restatementOf?.side.rawValue ?? "")"
        }.sorted()
    }

    private func body(_ indicators: [TiedIndicator], prefix: String, order: [Int]) -> String {
        // Two sections, so that moving an indicator between sections is a permutation too.
        let sorted = order.map { indicators[$0] }
        let half = sorted.count / 2
        return "<section num=\"5\">"
            + sorted[..<half].map { $0.xml(prefix: prefix) }.joined()
            + "</section><section num=\"6\">" + sorted[half...].map { $0.xml(prefix: prefix) }.joined() + "</section>"
    }

    @Test("permuting indicators and sections gives the same verdict for every pair")
    func permutations() async {
        let seeds = Gen.int(in: 0...1_000_000).array(of: 1...14)
        await propertyCheck(count: 80, input: seeds, seeds, Gen.int(in: 1...10_000)) { left, right, salt in
            let domestic = left.enumerated().map { TiedIndicator(seed: $0.element, index: $0.offset) }
            let international = right.enumerated().map { TiedIndicator(seed: $0.element, index: $0.offset) }
            let identity = { (count: Int) in Array(0..<count) }
            let shuffle = { (count: Int, salt: Int) in
                Array(0..<count).sorted { ($0 &* 7919 &+ salt) % 1009 < ($1 &* 7919 &+ salt) % 1009 }
            }
            guard
                let d1 = try? document(
                    spec("D", role: "domestic", body(domestic, prefix: "d", order: identity(domestic.count)))),
                let i1 = try? document(
                    spec(
                        "OIML R 76-1", role: "international",
                        body(international, prefix: "i", order: identity(international.count)))),
                let d2 = try? document(
                    spec("D", role: "domestic", body(domestic, prefix: "d", order: shuffle(domestic.count, salt)))),
                let i2 = try? document(
                    spec(
                        "OIML R 76-1", role: "international",
                        body(international, prefix: "i", order: shuffle(international.count, salt &+ 17))))
            else { return }
            #expect(verdicts(Comparator().compare(d1, i1)) == verdicts(Comparator().compare(d2, i2)))
        }
    }

    @Test("a table's rows and columns in another order give the same verdicts")
    func tableOrder() throws {
        let domestic = try document(
            spec(
                "D", role: "domestic",
                """
                <section num="5"><indicator id="a" concept="mpe"><where class="III" load="0 e ≤ m ≤ 500 e"/><value>±0.5 e</value></indicator>
                <indicator id="b" concept="mpe"><where class="III" load="500 e &lt; m ≤ 2000 e"/><value>±1 e</value></indicator></section>
                """))
        func reference(_ head: String, _ rows: [String]) throws -> Document {
            try document(
                spec(
                    "I", role: "international",
                    """
                    <section num="3"><table id="t" concept="mpe" rows="load" cols="class" unit="e" form="±"><head>\(head)</head>\(rows.joined())</table></section>
                    """))
        }
        let rows = ["<row key=\"0 e ≤ m ≤ 600 e\">0.5 0.5</row>", "<row key=\"600 e &lt; m ≤ 2000 e\">1 1</row>"]
        let first = Comparator().compare(domestic, try reference("III IIII", rows))
        let second = Comparator().compare(domestic, try reference("IIII III", rows.reversed()))
        #expect(verdicts(first) == verdicts(second))
    }
}
