import Testing

@testable import HarmoniaModel

@Suite("byte keys")
struct SupportTests {
    @Test("byte keys: equal exactly when the UTF-8 bytes are, unlike String's canonical equality")
    func byteKeys() {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed)
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
        #expect(UTF8Key("±0.5 %") == UTF8Key("±0.5" + " %"))
        var table: [UTF8Key: Int] = [:]
        table[UTF8Key(composed)] = 1
        table[UTF8Key(decomposed)] = 2
        #expect(table.count == 2)
    }
}
