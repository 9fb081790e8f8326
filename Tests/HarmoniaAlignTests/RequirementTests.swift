import HarmoniaAlign
import HarmoniaModel
import Testing

/// The requirements view and the score it carries: a table is one requirement, domestic-only ones are not scored.
@Suite("Requirements and score")
struct RequirementTests {
    /// A reference with one 2 × 2 table and one indicator; the domestic document adopts what `domestic` says.
    func compare(domestic: String, meta: String = "") throws -> Comparison {
        let i = try document(
            spec(
                "I", role: "international",
                """
                <section num="5.1"><table id="mpe" concept="mpe" rows="nominal" cols="class" unit="mg" form="±">
                  <head>E1 E2</head><row key="1 kg">0.5 1.6</row><row key="2 kg">1 3</row></table></section>
                <section num="5.2"><indicator id="cls" concept="accuracy-class"><value>E1|E2</value></indicator></section>
                """))
        let d = try document(spec("D", role: "domestic", meta: meta, domestic))
        return Comparator().compare(d, i)
    }

    static let table = """
        <section num="4"><table id="t" concept="mpe" rows="nominal" cols="class" unit="mg" form="±" ref="mpe">
          <head>E1 E2</head><row key="1 kg">0.5 1.6</row><row key="2 kg">1 3</row></table></section>
        """

    @Test("a table is one requirement whose cells share its weight; the indicator beside it weighs as much")
    func tableWeighsOne() throws {
        let c = try compare(domestic: Self.table)
        let reference = c.requirements.filter { $0.origin == .reference }
        #expect(reference.map(\.id) == ["mpe", "cls"])
        #expect(reference[0].shape == .table && reference[0].values == 4 && reference[0].weight == .one)
        #expect(reference[0].status == .adopted && reference[0].domesticClauses == ["4"])
        #expect(reference[1].status == .notAdopted && reference[1].counts[.missing] == 1)
        // Table adopted (1) + class missing (0) over 2 requirements: 50, not 4 / 5 = 80.
        #expect(c.score.requirements == 2)
        #expect(c.score.text == "50.0")
        #expect(
            reference[0].summary
                == "Table mpe (reference § 5.1; domestic § 4), maximum permissible error: adopted, 4 values (4 agree)")
    }

    @Test("stricter earns half; a table's cells share its credit")
    func stricterHalf() throws {
        let c = try compare(
            domestic: """
                <section num="4"><table id="t" concept="mpe" rows="nominal" cols="class" unit="mg" form="±" ref="mpe">
                  <head>E1 E2</head><row key="1 kg">0.4 1.6</row><row key="2 kg">1 3</row></table></section>
                <section num="6"><indicator id="k" concept="accuracy-class"><value>E1|E2</value></indicator></section>
                """)
        // mpe: (0.5 + 1 + 1 + 1) / 4 = 7/8; class 1: 100 × (7/8 + 1) / 2 = 93.75 → 93.8.
        #expect(c.score.credit == Rational(15, 8))
        #expect(c.score.text == "93.8")
        #expect(c.requirements[0].status == .modified)
    }

    @Test("domestic-only requirements are listed, weigh 0 and never change the score")
    func addedNotScored() throws {
        let base = try compare(domestic: Self.table)
        let more = try compare(
            domestic: Self.table + """
                <section num="7"><indicator id="p" concept="verification-interval"><value>1 a</value></indicator>
                <indicator id="q" concept="repeatability"><value>≤ 1 mg</value></indicator></section>
                """)
        #expect(more.score.tenths == base.score.tenths && more.score.exact == base.score.exact)
        let added = more.requirements.filter { $0.origin == .domestic }
        #expect(added.map(\.id) == ["p", "q"])
        #expect(added.allSatisfy { $0.weight == .zero && $0.status == .added })
    }

    @Test("every pair belongs to exactly one requirement")
    func partition() throws {
        let c = try compare(
            domestic: Self.table
                + "<section num=\"7\"><indicator id=\"p\" concept=\"verification-interval\"><value>1 a</value></indicator></section>"
        )
        let indices = c.requirements.flatMap(\.pairIndices).sorted()
        #expect(indices == Array(c.pairs.indices))
        let owner = c.requirementIndexOfPairs()
        for (index, requirement) in c.requirements.enumerated() {
            #expect(requirement.pairIndices.allSatisfy { owner[$0] == index })
        }
    }

    @Test("a document that adopts nothing scores 0; the empty reference scores 100")
    func extremes() throws {
        let c = try compare(domestic: "<section num=\"1\"/>")
        #expect(c.score.text == "0.0")
        let empty = try document(spec("I", role: "international", "<section num=\"1\"/>"))
        let d = try document(
            spec(
                "D", role: "domestic",
                "<section num=\"1\"><indicator id=\"p\" concept=\"verification-interval\"><value>1 a</value></indicator></section>"
            ))
        #expect(Comparator().compare(d, empty).score.text == "100.0")
    }
}
