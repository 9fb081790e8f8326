import HarmoniaModel
import HarmoniaReport
import PropertyBased
import Testing

@testable import HarmoniaAlign

@Suite("numbering each document on its own, then in common")
struct NumberingTests {
    @Test("absorbing a second numbering gives the numbers one numbering of both lists in turn gives")
    func absorbMatchesOnePass() async {
        let word = Gen<Character?>.element(of: Array("abcde") as [Character]).map { $0! }.string(of: 0...2)
        await propertyCheck(input: word.array(of: 0...30), word.array(of: 0...30)) { first, second in
            var together = Numbering<String>()
            let expectedFirst = first.map { together.number($0) }
            let expectedSecond = second.map { together.number($0) }

            var one = Numbering<String>()
            var other = Numbering<String>()
            let firstNumbers = first.map { one.number($0) }
            let secondNumbers = second.map { other.number($0) }
            let translation = one.absorb(other)
            #expect(firstNumbers == expectedFirst)
            #expect(secondNumbers.map { translation[$0] } == expectedSecond)
            #expect(one.keys == together.keys)
        }
    }

    @Test("qualifiers prepared per document and renumbered match qualifiers prepared with one cache")
    func preparedPerDocument() async {
        let names = ["class", "Class", "nominal", "usage", "accuracy"]
        let values = ["E2", "e2", "1 kg", "1000 g", "trade", "III", "0.1 °C .. 30 °C", "free text here"]
        let qualifier = Gen.int(in: 0...(names.count * values.count - 1)).map { n in
            Qualifier(
                name: names[n % names.count], written: values[n / names.count],
                expression: try? QuantityExpressionParser.parse(values[n / names.count]).expression)
        }
        let list = qualifier.array(of: 0...4)
        await propertyCheck(input: list.array(of: 1...12), list.array(of: 1...12)) { domestic, international in
            var sharedCache = QualifierCache()
            var shared = IndexNumbers()
            let expected = PreparedQualifierTable(domestic + international, cache: &sharedCache, numbers: &shared)

            var firstCache = QualifierCache()
            var secondCache = QualifierCache()
            var first = IndexNumbers()
            var second = IndexNumbers()
            let domesticTable = PreparedQualifierTable(domestic, cache: &firstCache, numbers: &first)
            var internationalTable = PreparedQualifierTable(international, cache: &secondCache, numbers: &second)
            internationalTable.renumber(first.absorb(second))

            let got = domestic.indices.map { domesticTable[$0] } + international.indices.map { internationalTable[$0] }
            #expect(got.count == expected.count)
            for (index, prepared) in got.enumerated() {
                let want = expected[index]
                #expect(Array(prepared.sortedIDs) == Array(want.sortedIDs))
                #expect(Array(prepared.writings) == Array(want.writings))
                #expect(prepared.entries.map(\.id) == want.entries.map(\.id))
                #expect(prepared.entries.map(\.nameID) == want.entries.map(\.nameID))
                #expect(prepared.entries.map(\.written) == want.entries.map(\.written))
            }
        }
    }

    @Test("a table's entries keep the first qualifier of each folded name, ids sorted by name")
    func tableEntries() {
        func qualifier(_ name: String, _ value: String) -> Qualifier {
            Qualifier(name: name, written: value, expression: try? QuantityExpressionParser.parse(value).expression)
        }
        var cache = QualifierCache()
        var numbers = IndexNumbers()
        let table = PreparedQualifierTable(
            [
                [qualifier("usage", "trade"), qualifier("Class", "E2"), qualifier("class", "E1")], [],
                [qualifier("class", "E2")],
            ],
            cache: &cache, numbers: &numbers)
        #expect(table.count == 3)
        #expect(table[0].entries.map(\.writtenName) == ["usage", "Class"])
        #expect(table[1].entries.isEmpty && table[1].sortedIDs.isEmpty && table[1].writings.isEmpty)
        // "class" sorts before "usage": the ids follow the names.
        #expect(
            Array(table[0].sortedIDs) == [
                table[0].entries[table[0].entries.startIndex + 1].id, table[0].entries.first!.id,
            ])
        // E2 under "Class" and under "class" is one (folded name, value).
        #expect(table[2].sortedIDs.first == table[0].entries[table[0].entries.startIndex + 1].id)
    }

    @Test("UTF-8 order is byte order, shorter prefix first")
    func utf8Order() async {
        let text = Gen<Character?>.element(of: Array("aAz0 .±°μµé") as [Character]).map { $0! }.string(of: 0...6)
        await propertyCheck(input: text, text) { a, b in
            let reference =
                Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
                ? -1
                : (Array(a.utf8) == Array(b.utf8) ? 0 : 1)
            #expect(Utf8Order.compare(a, b) == reference)
        }
    }
}

@Suite("documents put together from two reads")
struct MixedReadsTests {
    @Test("a document mixing two reads' qualifiers pairs as one whose qualifiers were made by hand")
    func mixedReads() throws {
        func read(_ body: String) throws -> Document {
            try document(spec("D", role: "domestic", "<section num=\"1\">\(body)</section>"))
        }
        // The same numbers in two reads stand for different texts: "E1"/"trade" in one, "E2"/"medical" in the other.
        let one = try read(
            "<indicator id=\"x\" concept=\"mpe\"><where class=\"E1\" usage=\"trade\"/><value>±1 mg</value></indicator>")
        let two = try read(
            "<indicator id=\"y\" concept=\"mpe\"><where class=\"E2\" usage=\"medical\"/><value>±1 mg</value></indicator>"
        )
        var merged = one
        merged.indicators += two.indicators
        var byHand = merged
        byHand.indicators = merged.indicators.map { indicator in
            var copy = indicator
            copy.qualifiers = indicator.qualifiers.map {
                Qualifier(name: $0.name, written: $0.written, expression: $0.expression)
            }
            return copy
        }
        let international = try document(
            spec(
                "I", role: "international",
                """
                <section num="1">
                  <indicator id="p" concept="mpe"><where class="E2" usage="medical"/><value>±1 mg</value></indicator>
                  <indicator id="q" concept="mpe"><where class="E1" usage="trade"/><value>±1 mg</value></indicator>
                </section>
                """))
        let mixed = JSONWriter().write(Comparator().compare(merged, international))
        let plain = JSONWriter().write(Comparator().compare(byHand, international))
        #expect(mixed == plain)
        let pairs = Comparator().compare(merged, international).pairs
        #expect(pairs.allSatisfy { $0.step == .exact })
        #expect(Set(pairs.map { "\($0.domestic!.id)-\($0.international!.id)" }) == ["x-q", "y-p"])
    }
}

@Suite("indicators with very many qualifiers")
struct ManyQualifiersTests {
    @Test("past the small-list size, the first qualifier of each name is kept as before")
    func firstOfEachName() {
        // 60 qualifiers over 20 names, each name three times in different cases: hashing, not look-back.
        let qualifiers = (0..<60).map { index in
            let base = "n\(index % 20)"
            let name = index < 20 ? base : (index < 40 ? base.uppercased() : base.capitalized)
            return Qualifier(name: name, written: "v\(index)", expression: nil)
        }
        var cache = QualifierCache()
        var numbers = IndexNumbers()
        let table = PreparedQualifierTable(
            [qualifiers, Array(qualifiers.prefix(10))], cache: &cache, numbers: &numbers)
        #expect(table[0].entries.map(\.writtenName) == (0..<20).map { "n\($0)" })
        #expect(table[0].entries.map(\.written) == (0..<20).map { "v\($0)" })
        #expect(table[0].writings.count == 20)
        let match = QualifierComparison.match(table[1], table[0])
        // The ten shared names agree; the other ten are only on one side.
        #expect(match.equalCount == 10)
        #expect(match.differences.count == 10 && match.differences.allSatisfy { $0.domestic == nil })
    }
}
