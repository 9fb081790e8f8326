import HarmoniaText
import Testing

@Suite("counts with their noun")
struct CountedTests {
    @Test("one takes the singular, every other count the plural")
    func agreement() {
        #expect(Counted.noun(1, "indicator") == "1 indicator")
        #expect(Counted.noun(0, "indicator") == "0 indicators")
        #expect(Counted.noun(228, "indicator") == "228 indicators")
        #expect(Counted.noun(1, "family", plural: "families") == "1 family")
        #expect(Counted.noun(3, "family", plural: "families") == "3 families")
    }
}
