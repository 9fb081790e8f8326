import HarmoniaAlign
import HarmoniaModel
import Testing

/// The README's "Choices where the contracts leave room" for verdicts and pairing, each pinned here.
@Suite("README choices: verdicts and pairing")
struct ReadmeChoicesTests {
    @Test("a single value of a lower-is-stricter quantity is its upper limit")
    func singleValueAsLimit() throws {
        #expect(try verdict("verification-interval", "1 a", "≤ 1 a") == .equivalent)
        #expect(try verdict("verification-interval", "1 a", "≤ 2 a") == .stricter)
    }

    @Test("a one-sided bound against a symmetric limit bounds its magnitude")
    func boundAgainstLimit() throws {
        #expect(try verdict("mpe", "≤ 0.5 %", "±0.5 %") == .equivalent)
    }

    @Test("a limit and an interval admitting the same values are equivalent")
    func limitAgainstInterval() throws {
        #expect(try verdict("mpe", "±1 mg", "[-1, 1] mg") == .equivalent)
    }

    @Test("a pinned pair with equal values but other qualifiers is equivalent, with its differences listed")
    func pinnedWithOtherQualifiers() throws {
        let comparison = try compareIndicators(
            "<indicator id=\"d\" concept=\"mpe\" ref=\"i\"><where class=\"M12\"/><value>±1 mg</value></indicator>",
            "<indicator id=\"i\" concept=\"mpe\"><where class=\"M1-2\"/><value>±1 mg</value></indicator>")
        let pair = try #require(comparison.pairs.first)
        #expect(pair.verdict == .equivalent)
        #expect(pair.qualifierDifferences.map(\.name) == ["class"])
    }

    @Test("qualifier values that fit no expression form compare as folded text")
    func freeTextQualifiers() throws {
        let comparison = try compareIndicators(
            "<indicator id=\"d\" concept=\"mpe\"><where note=\"5  MGG\"/><value>±1 mg</value></indicator>",
            "<indicator id=\"i\" concept=\"mpe\"><where note=\"5 mgg\"/><value>±1 mg</value></indicator>")
        #expect(comparison.pairs.count == 1)
        #expect(comparison.pairs.first?.step == .exact)
    }
}
