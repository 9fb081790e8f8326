import Testing

@testable import HarmoniaExtract

/// Printed values become quantity expressions only when the grammar reads them whole.
@Suite("Values as printed")
struct ValueTextTests {
    @Test(
        "numbers, limits, ranges and powers of ten read",
        arguments: [
            ("50000", "50000"), ("±0.5%", "±0.5%"), ("-10 °C to +40 °C", "-10 °C to +40 °C"),
            ("1.5 × 10^(-6)", "1.5E-6"),
            ("≥10⁻⁵ to <10⁻⁴", "[1E-5, 1E-4)"), ("473.6127 THz", "473.6127 THz"), ("1年", "1年"),
        ])
    func reads(_ input: String, _ expected: String) {
        #expect(ValueText.quantity(input) == expected)
    }

    @Test(
        "words, formulas and unknown units are not values",
        arguments: ["Unlimited", "p_LC × 0.5 v", "Class C", "2.10.7.7", "E2", "a|b"])
    func refuses(_ input: String) {
        #expect(ValueText.quantity(input) == nil)
    }

    @Test("a value at the start of running text stops at a word boundary")
    func leading() {
        #expect(ValueText.leadingQuantity("±0.5%，且")?.value == "±0.5%")
        #expect(ValueText.leadingQuantity("-10 °C to +40 °C, unless")?.value == "-10 °C to +40 °C")
        // `0.7 t` would be 0.7 tonne: "times" is one word, so no value ends inside it.
        #expect(ValueText.leadingQuantity("0.7 times the MPE")?.value == "0.7")
    }

    @Test("AsciiMath as text")
    func asciiMath() {
        #expect(MathText.fromAsciiMath(#"473.6127 "unitsml(THz)""#) == "473.6127 THz")
        #expect(MathText.fromAsciiMath(#"-10 "unitsml(degC)""#) == "-10 °C")
        #expect(
            MathText.fromAsciiMath(#"ii(lambda)(rm(HeNe)_("unstabilised"))= 632.9908 "unitsml(nm)""#)
                == "λ(HeNe_unstabilised)= 632.9908 nm")
        #expect(MathText.fromAsciiMath(#"0 <= m <= 50000 " v""#) == "0 ≤ m ≤ 50000 v")
        #expect(MathText.fromAsciiMath(#"p_{"LC"} = 0.7"#) == "p_LC = 0.7")
    }
}
