@testable import HarmoniaAlign
import HarmoniaModel
import PropertyBased
import Testing

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
            #expect(translation.translating(secondNumbers) == expectedSecond)
            #expect(one.keys == together.keys)
        }
    }

    @Test("qualifiers prepared per document and renumbered match qualifiers prepared with one cache")
    func preparedPerDocument() async {
        let names = ["class", "Class", "nominal", "usage", "accuracy"]
        let values = ["E2", "e2", "1 kg", "1000 g", "trade", "III", "0.1 °C .. 30 °C", "free text here"]
        let qualifier = Gen.int(in: 0...(names.count * values.count - 1)).map { n in
            Qualifier(name: names[n % names.count], written: values[n / names.count],
                      expression: try? QuantityExpressionParser.parse(values[n / names.count]).expression)
        }
        let list = qualifier.array(of: 0...4)
        await propertyCheck(input: list.array(of: 1...12), list.array(of: 1...12)) { domestic, international in
            var shared = PreparedQualifiers.Cache()
            let expectedDomestic = domestic.map { PreparedQualifiers($0, cache: &shared) }
            let expectedInternational = international.map { PreparedQualifiers($0, cache: &shared) }

            var first = PreparedQualifiers.Cache(), second = PreparedQualifiers.Cache()
            let domesticPrepared = domestic.map { PreparedQualifiers($0, cache: &first) }
            let internationalPrepared = international.map { PreparedQualifiers($0, cache: &second) }
            let numbers = first.absorb(second)
            let renumbered = internationalPrepared.map { $0.renumbered(numbers) }

            for (got, want) in zip(domesticPrepared + renumbered, expectedDomestic + expectedInternational) {
                #expect(got.sortedIDs == want.sortedIDs)
                #expect(got.writings == want.writings)
                #expect(got.entries.map(\.id) == want.entries.map(\.id))
                #expect(got.entries.map(\.nameID) == want.entries.map(\.nameID))
            }
        }
    }

    @Test("UTF-8 order is byte order, shorter prefix first")
    func utf8Order() async {
        let text = Gen<Character?>.element(of: Array("aAz0 .±°μµé") as [Character]).map { $0! }.string(of: 0...6)
        await propertyCheck(input: text, text) { a, b in
            let reference = Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) ? -1
                : (Array(a.utf8) == Array(b.utf8) ? 0 : 1)
            #expect(Utf8Order.compare(a, b) == reference)
        }
    }
}
