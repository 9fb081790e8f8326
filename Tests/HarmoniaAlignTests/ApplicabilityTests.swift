import HarmoniaAlign
import HarmoniaModel
import Testing

/// Pairing as a metrologist pairs: designations, scope, omissions, restatements, directions by role.
@Suite("designations, scope and applicability")
struct ApplicabilityTests {
    private func compare(
        domestic: String, domesticMeta: String = "", international: String,
        internationalID: String = "I"
    ) throws -> Comparison {
        let d = try document(spec("D", role: "domestic", meta: domesticMeta, domestic))
        let i = try document(spec(internationalID, role: "international", international))
        return Comparator().compare(d, i)
    }

    private func pair(_ comparison: Comparison, domestic id: String) -> Pair? {
        comparison.pairs.first { $0.domestic?.id == id }
    }

    @Test("R 111: M12 meets M1-2 and M23 meets M2-3, in qualifiers and in class lists")
    func weightsFamily() throws {
        let comparison = try compare(
            domestic: """
                <section num="1"><indicator id="classes" concept="accuracy-class"><value>E1|M12|M23</value></indicator></section>
                <section num="5"><indicator id="m" concept="permanent-magnetization"><where class="M12"/><value>≤ 500 µT</value></indicator></section>
                """,
            international: """
                <section num="1"><indicator id="classes" concept="accuracy-class"><value>E1|M1-2|M2-3</value></indicator></section>
                <section num="5"><indicator id="m" concept="permanent-magnetization"><where class="M1–2"/><value>≤ 500 µT</value></indicator></section>
                """, internationalID: "OIML R 111-1:2004")
        #expect(pair(comparison, domestic: "classes")?.verdict == .equivalent)
        #expect(pair(comparison, domestic: "m")?.international?.id == "m")
        #expect(pair(comparison, domestic: "m")?.step == .exact)
        #expect(comparison.counts[.missing] == 0 && comparison.counts[.added] == 0)
    }

    @Test("the R 111 equivalences do not hold for another family")
    func familiesAreScoped() throws {
        let comparison = try compare(
            domestic: """
                <section num="5"><indicator id="m" concept="mpe"><where class="M12"/><value>±1 mg</value></indicator></section>
                """,
            international: """
                <section num="5"><indicator id="m" concept="mpe"><where class="M1-2"/><value>±1 mg</value></indicator></section>
                """, internationalID: "OIML R 46-1:2012")
        #expect(comparison.counts[.missing] == 1)
    }

    @Test("spellings fold: Ⅲ, Class III, 等级; 1 and 1.0 in class sets; stage values across languages")
    func spellings() throws {
        let comparison = try compare(
            domestic: """
                <section num="5">
                  <indicator id="a" concept="mpe"><where 等级="Ⅲ" 检定类别="使用中检查"/><value>±1 e</value></indicator>
                  <indicator id="b" concept="mpe"><where class="0.5级"/><value>±0.5 %</value></indicator>
                  <indicator id="c" concept="repeatability"><where class="1|2"/><value>≤ 1 %</value></indicator>
                  <indicator id="s" concept="mpe"><where class="0.2S"/><value>±0.2 %</value></indicator>
                </section>
                """,
            international: """
                <section num="5">
                  <indicator id="a" concept="mpe"><where class="III" stage="in-service"/><value>±1 e</value></indicator>
                  <indicator id="b" concept="mpe"><where class="Class 0.5"/><value>±0.5 %</value></indicator>
                  <indicator id="c" concept="repeatability"><where class="1.0|2.0"/><value>≤ 1 %</value></indicator>
                  <indicator id="s" concept="mpe"><where class="0.2"/><value>±0.2 %</value></indicator>
                </section>
                """)
        for id in ["a", "b", "c"] {
            #expect(pair(comparison, domestic: id)?.international?.id == id, "\(id) should pair exactly")
            #expect(pair(comparison, domestic: id)?.step == .exact)
        }
        // 0.2S is not 0.2.
        #expect(pair(comparison, domestic: "s")?.step != .exact)
    }

    @Test("declared designations map classes across schemes; undeclared they never meet")
    func declaredDesignations() throws {
        let body = """
            <section num="5"><indicator id="x" concept="mpe"><where class="1"/><value>±1.0 %</value></indicator></section>
            """
        let reference = """
            <section num="5"><indicator id="y" concept="mpe"><where class="B"/><value>±1 %</value></indicator></section>
            """
        let declared = try compare(
            domestic: body,
            domesticMeta: """
                <correspondence ref="I" degree="NEQ"><designation domestic="1" international="B" qualifier="class"/></correspondence>
                """, international: reference)
        #expect(pair(declared, domestic: "x")?.international?.id == "y")
        #expect(pair(declared, domestic: "x")?.verdict == .equivalent)
        let undeclared = try compare(domestic: body, international: reference)
        #expect(undeclared.counts[.missing] == 1 && undeclared.counts[.added] == 1)
    }

    @Test("scope class 0.5: ±0.3 % pairs with the class-0.5 cell, stricter, whatever the column order")
    func scope() throws {
        for head in ["0.3 0.5 1.0", "1.0 0.5 0.3", "0.5 1.0 0.3"] {
            let cells = head.split(separator: " ").map { ["0.3": "0.3", "0.5": "0.5", "1.0": "1.0"][String($0)]! }
                .joined(separator: " ")
            let comparison = try compare(
                domestic: """
                    <section num="5"><indicator id="mpe-system" concept="mpe"><where part="system"/><value>±0.3 %</value></indicator></section>
                    """,
                domesticMeta: """
                    <scope><where class="0.5"/><justification lang="en">Fuel dispensers are class 0.5.</justification></scope>
                    """,
                international: """
                    <section num="2"><table id="mpe" concept="mpe" rows="part" cols="class" unit="%" form="±">
                      <where volume="V ≥ 2 L"/><head>\(head)</head><row key="system">\(cells)</row></table></section>
                    """)
            let judged = try #require(pair(comparison, domestic: "mpe-system"))
            #expect(judged.international?.id == "mpe[system][0.5]", "column order \(head)")
            #expect(judged.verdict == .stricter)
            let outside = comparison.pairs.filter { $0.verdict == .missing }
            #expect(outside.count == 2)
            #expect(outside.allSatisfy { $0.explanation?.text.text == "Fuel dispensers are class 0.5." })
        }
    }

    @Test("a scope omission omits every matching reference indicator, by set membership, and wins over partial pairing")
    func scopeOmission() throws {
        let comparison = try compare(
            domestic: """
                <section num="5">
                  <indicator id="d" concept="mpe"><where class="III" load="0 e ≤ m ≤ 600 e"/><value>±0.5 e</value></indicator>
                  <omission><where class="I|II"/><justification lang="en">Classes I and II are out of scope.</justification></omission>
                </section>
                """,
            international: """
                <section num="3">
                  <indicator id="i1" concept="mpe"><where class="I" load="0 e ≤ m ≤ 600 e"/><value>±0.5 e</value></indicator>
                  <indicator id="i2" concept="mpe"><where class="II"/><value>±1 e</value></indicator>
                  <indicator id="i3" concept="mpe"><where class="III" load="0 e ≤ m ≤ 500 e"/><value>±0.5 e</value></indicator>
                </section>
                """)
        #expect(pair(comparison, domestic: "d")?.international?.id == "i3")
        let missing = comparison.pairs.filter { $0.verdict == .missing }.compactMap(\.international?.id).sorted()
        #expect(missing == ["i1", "i2"])
        #expect(comparison.pairs.filter { $0.verdict == .missing }.allSatisfy { $0.explained == true })
        #expect(comparison.warnings.isEmpty)
    }

    @Test("an omission named by ref is never partially paired")
    func omissionWins() throws {
        let comparison = try compare(
            domestic: """
                <section num="5">
                  <indicator id="d" concept="mpe"><where stage="subsequent"/><value>±1 %</value></indicator>
                  <omission ref="storage"><justification lang="en">Storage tests are type evaluation.</justification></omission>
                </section>
                """,
            international: """
                <section num="5"><indicator id="storage" concept="mpe"><where test="storage"/><value>±3 %</value></indicator></section>
                """)
        #expect(pair(comparison, domestic: "d")?.international == nil)
        let missing = try #require(comparison.pairs.first { $0.international?.id == "storage" })
        #expect(missing.verdict == .missing && missing.explained == true)
    }

    @Test("a scope omission that matches nothing is a warning")
    func unmatchedOmission() throws {
        let comparison = try compare(
            domestic: """
                <section num="5"><omission><where class="I"/><justification lang="en">x</justification></omission></section>
                """,
            international: """
                <section num="5"><indicator id="i" concept="mpe"><where class="III"/><value>±1 e</value></indicator></section>
                """)
        #expect(comparison.warnings.contains { $0.contains("matches nothing") && $0.contains("test.xml:") })
    }

    @Test(
        "partial pairs: a qualifier only one side states gives a real verdict; differing shared values stay different")
    func partialVerdicts() throws {
        let comparison = try compare(
            domestic: """
                <section num="5">
                  <indicator id="one-sided" concept="repeatability"><where part="system"/><value>≤ 0.15 %</value></indicator>
                  <indicator id="conflict" concept="mpe"><where load="500 e &lt; m ≤ 2000 e"/><value>±1 e</value></indicator>
                </section>
                """,
            international: """
                <section num="5">
                  <indicator id="r" concept="repeatability"><where part="system" class="0.5"/><value>≤ 0.2 %</value></indicator>
                  <indicator id="m" concept="mpe"><where load="Max"/><value>±1 e</value></indicator>
                </section>
                """)
        #expect(pair(comparison, domestic: "one-sided")?.verdict == .stricter)
        let conflict = try #require(pair(comparison, domestic: "conflict"))
        #expect(conflict.verdict == .different)
        #expect(conflict.detail.contains("load 500 e < m ≤ 2000 e against Max"))
    }

    @Test("a restated requirement is one requirement shown with both clauses")
    func restatements() throws {
        let comparison = try compare(
            domestic: """
                <section num="5"><indicator id="mpe" concept="mpe"><value>±1 %</value></indicator></section>
                <section num="7.3"><indicator id="mpe-again" concept="mpe"><value>±1 %</value></indicator></section>
                """,
            international: """
                <section num="3"><indicator id="i" concept="mpe"><value>±1 %</value></indicator></section>
                <section num="A.1"><indicator id="i-annex" concept="period"><value>≤ 1 a</value></indicator></section>
                <section num="A.2"><indicator id="i-annex-2" concept="period"><value>≤ 1 a</value></indicator></section>
                """)
        #expect(comparison.counts[.added] == 0)
        let again = try #require(pair(comparison, domestic: "mpe-again"))
        #expect(again.international?.id == "i")
        #expect(again.restatementOf == Restatement(side: .international, id: "i"))
        let annex = comparison.pairs.filter { $0.international?.id.hasPrefix("i-annex") == true }
        #expect(annex.count == 2)
        #expect(annex.filter { $0.restatementOf != nil }.count == 1)
    }

    @Test("directions by role: a wider range for verification is looser, a wider rated range stricter")
    func conditionRoles() throws {
        let verification = try compare(
            domestic: """
                <section num="7.1" title="检定条件"><indicator id="a" concept="ambient-temperature-range"><value>-20 °C .. 40 °C</value></indicator></section>
                """,
            international: """
                <section num="7"><indicator id="a" concept="ambient-temperature-range"><where condition="verification"/><value>15 °C .. 25 °C</value></indicator></section>
                """)
        #expect(pair(verification, domestic: "a")?.verdict == .looser)
        let rated = try compare(
            domestic: """
                <section num="5"><indicator id="a" concept="ambient-temperature-range"><where condition="rated"/><value>-20 °C .. 40 °C</value></indicator></section>
                """,
            international: """
                <section num="3"><indicator id="a" concept="ambient-temperature-range"><where condition="rated"/><value>-10 °C .. 40 °C</value></indicator></section>
                """)
        #expect(pair(rated, domestic: "a")?.verdict == .stricter)
    }

    @Test("catalogue directions: more intervals, coarser scale intervals and clock errors are looser")
    func directions() throws {
        #expect(try verdict("max-number-of-intervals", "10000", "5000") == .looser)
        #expect(try verdict("number-of-intervals", "100 .. 10000", "500 .. 10000") == .looser)
        #expect(try verdict("scale-interval", "0.5 kPa", "0.2 kPa") == .looser)
        #expect(try verdict("clock-error", "±1.0 s/d", "±0.5 s/d") == .looser)
        #expect(try verdict("conditioning-time", "≥ 24 h", "≥ 2 h") == .stricter)
        #expect(ConceptCatalogue.shipped.resolve(label: "日计时误差")?.id == "clock-error")
        #expect(ConceptCatalogue.shipped.resolve(label: "检定前放置时间")?.id == "conditioning-time")
        #expect(ConceptCatalogue.shipped.resolve(label: "示值误差")?.id == "mpe")
    }
}
