import HarmoniaAlign
import HarmoniaModel
import Testing

@Suite("Pairing in four steps, degree and score")
struct PairingTests {
    @Test("a ref pins a pair whatever the concepts; the international concept decides")
    func pinnedByRef() throws {
        let comparison = try compareIndicators(
            "<indicator id=\"d\" concept=\"repeatability\" ref=\"i\"><value>±1 mg</value></indicator>",
            "<indicator id=\"i\" concept=\"mpe\"><where class=\"E2\"/><value>±2 mg</value></indicator>")
        let pair = try #require(comparison.pairs.first)
        #expect(comparison.pairs.count == 1)
        #expect(pair.concept == "mpe")
        #expect(pair.verdict == .stricter)
        #expect(pair.step == .pinned)
    }

    @Test("a table ref pins cells with equal row and column keys, keys compared after normalisation")
    func pinnedTables() throws {
        let d = try document(
            spec(
                "D", role: "domestic",
                """
                <section num="5"><table id="t" concept="repeatability" rows="nominal" cols="class" unit="mg" form="±" ref="u">
                  <head>E2 F1</head><row key="1 kg">1.6 5</row></table></section>
                """))
        let i = try document(
            spec(
                "I", role: "international",
                """
                <section num="6"><table id="u" concept="mpe" rows="mass" cols="grade" unit="g" form="±">
                  <head>E2 F1</head><row key="1000 g">0.0016 0.006</row></table></section>
                """))
        let comparison = Comparator().compare(d, i)
        #expect(comparison.pairs.map(\.verdict) == [.equivalent, .stricter])
        #expect(comparison.pairs.allSatisfy { $0.step == .pinned })
    }

    @Test("equal qualifiers pair after unit normalisation; the contract's example is equivalent")
    func exactQualifiers() throws {
        let d = try document(
            spec(
                "D", role: "domestic",
                """
                <section num="5.1"><table id="mpe" concept="mpe" rows="nominal" cols="class" unit="mg" form="±">
                  <head>E2</head><row key="1 kg">1.6</row></table></section>
                """))
        let i = try document(
            spec(
                "I", role: "international",
                """
                <section num="5.3.1"><table id="mpe" concept="mpe" rows="nominal" cols="class" unit="mg" form="±">
                  <head>E2</head><row key="1000 g">1.6</row></table></section>
                """))
        let pair = try #require(Comparator().compare(d, i).pairs.first)
        #expect(pair.verdict == .equivalent)
        #expect(pair.domestic?.id == "mpe[1 kg][E2]")
        #expect(pair.international?.id == "mpe[1000 g][E2]")
        #expect(pair.domestic?.value.written == "±1.6 mg")
    }

    @Test("partial pairs prefer more equal qualifiers, then more overlap; bands are judged on the sub-range they share")
    func partialPairs() throws {
        let comparison = try compareIndicators(
            """
            <indicator id="d1" concept="mpe"><where class="III" load="500 e &lt; m ≤ 2000 e"/><value>±1 e</value></indicator>
            """,
            """
            <indicator id="i1" concept="mpe"><where class="III" load="0 e ≤ m ≤ 600 e"/><value>±0.5 e</value></indicator>
            <indicator id="i2" concept="mpe"><where class="III" load="500 e &lt; m ≤ 2500 e"/><value>±1 e</value></indicator>
            <indicator id="i3" concept="mpe"><where class="IIII" load="500 e &lt; m ≤ 2000 e"/><value>±1 e</value></indicator>
            """)
        let partial = try #require(comparison.pairs.first { $0.domestic?.id == "d1" && $0.restatementOf == nil })
        #expect(partial.international?.id == "i2")
        #expect(partial.verdict == .equivalent)
        #expect(partial.detail.hasPrefix("on load 500 e < m ≤ 2000 e:"))
        #expect(partial.qualifierDifferences.map(\.name) == ["load"])
        #expect(partial.qualifierDifferences.first?.overlaps == true)
        // d1 and i1 share 500 e < m ≤ 600 e, where ±1 e admits more than ±0.5 e.
        let shared = try #require(comparison.pairs.first { $0.international?.id == "i1" })
        #expect(shared.domestic?.id == "d1" && shared.verdict == .looser)
        #expect(shared.restatementOf == Restatement(side: .domestic, id: "d1"))
        #expect(comparison.counts[.missing] == 1)
    }

    @Test("re-banding alone gives no missing or added: one domestic band against two reference bands")
    func bands() throws {
        let comparison = try compareIndicators(
            """
            <indicator id="d" concept="mpe"><where class="III" load="500 e &lt; m ≤ 10000 e"/><value>±1 e</value></indicator>
            """,
            """
            <indicator id="a" concept="mpe"><where class="III" load="500 e &lt; m ≤ 2000 e"/><value>±1 e</value></indicator>
            <indicator id="b" concept="mpe"><where class="III" load="2000 e &lt; m ≤ 10000 e"/><value>±1.5 e</value></indicator>
            """)
        #expect(comparison.counts[.missing] == 0 && comparison.counts[.added] == 0)
        #expect(comparison.pairs.first { $0.international?.id == "a" }?.verdict == .equivalent)
        #expect(comparison.pairs.first { $0.international?.id == "b" }?.verdict == .stricter)
        #expect(
            comparison.pairs.first { $0.international?.id == "b" }?.detail.hasPrefix("on load 2000 e < m ≤ 10000 e")
                == true)
    }

    @Test("missing and added; omissions and justifications explain; MOD versus NEQ")
    func degree() throws {
        let international = try document(
            spec(
                "OIML R 1:2000", role: "international",
                """
                <section num="5"><indicator id="a" concept="mpe"><value>±2 mg</value></indicator>
                <indicator id="b" concept="repeatability"><value>≤ 1 mg</value></indicator></section>
                """))
        let explained = try document(
            spec(
                "JJG 1", role: "domestic", meta: "<correspondence ref=\"OIML R 1:2000\" degree=\"MOD\"/>",
                """
                <section num="5"><indicator id="a" concept="mpe"><value>±1 mg</value><justification>stricter at home</justification></indicator>
                <omission ref="b"><justification>not needed</justification></omission></section>
                """))
        let modComparison = Comparator().compare(explained, international)
        #expect(modComparison.counts[.stricter] == 1)
        #expect(modComparison.counts[.missing] == 1)
        #expect(modComparison.degree.computed == .MOD)
        #expect(modComparison.degree.declarationSupported)
        #expect(modComparison.pairs.allSatisfy { $0.explained == true })

        let unexplained = try document(
            spec(
                "JJG 1", role: "domestic", meta: "<correspondence ref=\"OIML R 1:2000\" degree=\"MOD\"/>",
                """
                <section num="5"><indicator id="a" concept="mpe"><value>±1 mg</value></indicator>
                <indicator id="c" concept="warm-up-time"><value>≤ 30 min</value></indicator></section>
                """))
        let neq = Comparator().compare(unexplained, international)
        #expect(neq.degree.computed == .NEQ)
        #expect(neq.degree.unexplained.count == 3)
        #expect(!neq.degree.declarationSupported)
        #expect(neq.degree.declarationNote?.contains("3 technical deviations") == true)
        #expect(neq.pairs.last?.verdict == .added)
    }

    @Test("pairs follow the international clause numerically, then id; added pairs come last")
    func ordering() throws {
        let i = try document(
            spec(
                "I", role: "international",
                """
                <section num="5.10"><indicator id="a" concept="mpe"><value>±1 mg</value></indicator></section>
                <section num="5.9"><indicator id="b" concept="repeatability"><value>≤ 1 mg</value></indicator></section>
                <section num="5.9"><indicator id="a2" concept="eccentricity"><value>≤ 1 mg</value></indicator></section>
                """))
        let d = try document(
            spec(
                "D", role: "domestic",
                """
                <section num="2"><indicator id="z" concept="creep"><value>≤ 1 mg</value></indicator></section>
                <section num="1"><indicator id="y" concept="drift"><value>≤ 1 mg</value></indicator></section>
                """))
        let ids = Comparator().compare(d, i).pairs.map { $0.international?.id ?? $0.domestic!.id }
        #expect(ids == ["a2", "b", "a", "y", "z"])
    }

    @Test("clause order is numeric by component")
    func clauseOrder() {
        let sorted = ["5.10", "5.9", "5", "10", "A.1", "5.9.1", "2"].sorted(by: ClauseOrder.areInIncreasingOrder)
        #expect(sorted == ["2", "5", "5.9", "5.9.1", "5.10", "10", "A.1"])
    }
}
