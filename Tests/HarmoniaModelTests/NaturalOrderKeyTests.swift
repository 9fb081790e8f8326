import PropertyBased
import Testing

@testable import HarmoniaModel

@Suite("NaturalOrder.Key")
struct NaturalOrderKeyTests {
    /// The order as the rule states it, part by part: digit runs as numbers (by length once leading zeros
    /// are dropped, then digit by digit), other runs as folded bytes, a number before a text, fewer parts
    /// first, then the text's own bytes. Written plainly, to check the byte encoding against.
    private static func referenceOrder(_ a: String, _ b: String) -> Bool {
        enum Part: Comparable {
            case number([UInt8])
            case text([UInt8])

            static func < (x: Part, y: Part) -> Bool {
                switch (x, y) {
                case (.number(let p), .number(let q)):
                    p.count != q.count ? p.count < q.count : p.lexicographicallyPrecedes(q)
                case (.number, .text): true
                case (.text, .number): false
                case (.text(let p), .text(let q)): p.lexicographicallyPrecedes(q)
                }
            }
        }
        func parts(_ text: String) -> [Part] {
            var result: [Part] = []
            var run: [UInt8] = []
            var digits = false
            func close() {
                guard !run.isEmpty else { return }
                if digits {
                    let kept = Array(run.drop { $0 == UInt8(ascii: "0") })
                    result.append(.number(kept.isEmpty ? [UInt8(ascii: "0")] : kept))
                } else {
                    result.append(.text(run))
                }
                run = []
            }
            for byte in TextFolding.tokenKey(text).utf8 {
                let isDigit = (0x30...0x39).contains(byte)
                if isDigit != digits { close() }
                digits = isDigit
                run.append(byte)
            }
            close()
            return result
        }
        let x = parts(a)
        let y = parts(b)
        if x != y { return x.lexicographicallyPrecedes(y) }
        return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }

    @Test("texts that are neither quantities nor designations sort by their parts, as the rule says")
    func bytesFollowTheParts() async {
        // Letters that name no designation, digits, separators and the two bytes the encoding escapes.
        let character = Gen<Character?>.element(of: Array("qxy0019-. \u{0}\u{1}\u{2}_é") as [Character]).map { $0! }
        await propertyCheck(input: character.string(of: 0...8), character.string(of: 0...8)) { a, b in
            let prefixed = ("q" + a, "q" + b)  // a letter first: never a quantity
            let x = NaturalOrder.Key(prefixed.0)
            let y = NaturalOrder.Key(prefixed.1)
            #expect(!x.isQuantity && !y.isQuantity)
            #expect((x < y) == Self.referenceOrder(prefixed.0, prefixed.1), "\(prefixed)")
            #expect((x == y) == (prefixed.0 == prefixed.1))
        }
    }

    @Test func edges() {
        // `q` is a prefix of `q\0`: its number part comes after the shorter text.
        let sorted = ["q", "q1", "q\u{0}", "q\u{1}", "q\u{2}", "qa", "qa1", "qb"]
        #expect(sorted.shuffled().sorted(by: NaturalOrder.areInIncreasingOrder) == sorted)
        #expect(
            ["x10", "x9", "x009", "x0"].sorted(by: NaturalOrder.areInIncreasingOrder) == ["x0", "x009", "x9", "x10"])
        // Quantities first, by value; then designations in their scheme's order; then text.
        #expect(
            ["b", "E2", "2 g", "E1", "500 mg"].sorted(by: NaturalOrder.areInIncreasingOrder) == [
                "500 mg", "2 g", "E1", "E2", "b",
            ])
    }
}
