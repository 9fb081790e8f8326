import HarmoniaModel
import HarmoniaReport
import PropertyBased
import Testing

/// Huge numbers in a table's unit are restated in a larger unit; the quantity never changes.
@Suite("readable magnitudes")
struct ReadableUnitTests {
    @Test("a seven-digit mg value reads in kg, a five-digit one in g; four digits and ranges stay as written")
    func examples() {
        #expect(NaturalText.value("±1600000 mg", in: .en) == "±1.6 kg")
        #expect(NaturalText.value("±80000 mg", in: .zh) == "±80 g")
        #expect(NaturalText.value("≤ 25000 mg", in: .en) == "≤ 25 g")
        #expect(NaturalText.value("±5000 mg", in: .en) == "±5000 mg")
        #expect(NaturalText.value("12500.5 µm", in: .en) == "12.5005 mm")
        #expect(
            NaturalText.value("1 mg .. 50000 mg", in: .zh) == "1 mg～50\u{202F}000 mg", "a range keeps its unit, grouped"
        )
        #expect(NaturalText.value("99999 m³", in: .en) == "99\u{202F}999 m³", "no larger unit known: digit groups")
    }

    static func canon(_ text: String) -> CanonicalForm? {
        try? QuantityExpressionParser.parse(text.replacingOccurrences(of: "\u{202F}", with: "")).expression.canonical
    }

    @Test("the restated value is the same quantity as the written one")
    func sameQuantity() async {
        let units = ["mg", "g", "µm", "mm", "W", "kPa"]
        await propertyCheck(input: Gen.int(in: 0...99_999_999), Gen.int(in: 0...3), Gen.int(in: 0...5)) {
            n, decimals, u in
            var digits = String(n)
            if decimals > 0 && digits.count > decimals {
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
            }
            let written = "±\(digits) \(units[u])"
            let shown = NaturalText.value(written, in: .en)
            #expect(Self.canon(written) != nil)
            #expect(Self.canon(shown) == Self.canon(written), "\(written) shown as \(shown)")
        }
    }
}
