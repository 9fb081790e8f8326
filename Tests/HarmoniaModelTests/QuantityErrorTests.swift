import Testing

@testable import HarmoniaModel

@Suite("QuantityExpressionParser errors")
struct QuantityErrorTests {
    @Test func unknownUnit() throws {
        let error = try #require(parseError("5 mgg"))
        #expect(error.kind == .unknownUnit)
        #expect(error.message == "unknown unit 'mgg'")
        #expect(error.text == "5 mgg")
        #expect(error.offset == 2)
        #expect(error.description.contains("column 3"))
    }

    @Test func unknownUnitOffsetCountsCharacters() throws {
        // "É" written as E + combining accent is one Character but two scalars.
        let error = try #require(parseError("E\u{301}1||E2"))
        #expect(error.offset == 3)
        let inRange = try #require(parseError("[1, 2] fooo"))
        #expect(inRange.kind == .unknownUnit)
        #expect(inRange.offset == 7)
    }

    @Test(arguments: [
        ("1..2 mg", "malformed number '1..2'"), ("1.2.3", "malformed number '1.2.3'"),
        ("1. mg", "malformed number '1.'"), ("-10..40 °C", "malformed number '-10..40'"),
        ("1,6mg", "malformed number '1,6' (the decimal mark is '.')"),
        ("1,000", "malformed number '1,000' (the decimal mark is '.')"),
    ])
    func malformedNumber(_ sample: (String, String)) throws {
        let error = try #require(parseError(sample.0))
        #expect(error.kind == .malformedNumber)
        #expect(error.message == sample.1)
        #expect(error.offset == 0)
    }

    @Test(arguments: ["", "   ", "\u{3000}"])
    func empty(_ text: String) throws {
        let error = try #require(parseError(text))
        #expect(error.kind == .empty)
        #expect(error.message == "empty expression")
    }

    @Test(arguments: [("≤", 1), ("≤ ", 1), ("<= mg", 3), ("± kg", 2), (">", 1)])
    func operatorWithoutNumber(_ sample: (String, Int)) throws {
        let error = try #require(parseError(sample.0))
        #expect(error.kind == .noForm)
        #expect(error.message.contains("needs a number"), "\(error.message)")
        #expect(error.offset == sample.1)
    }

    @Test func dimensionMismatchInInterval() throws {
        let error = try #require(parseError("1 kg .. 5 m"))
        #expect(error.kind == .dimensionMismatch)
        #expect(error.message == "units of different dimension: 'kg' and 'm'")
        #expect(error.offset == 10)
        #expect(parseError("[1 kg, 5 s]")?.kind == .dimensionMismatch)
        #expect(parseError("500 e < m ≤ 2000 g")?.kind == .dimensionMismatch)
        #expect(parseError("+2 % / -1 mg")?.kind == .dimensionMismatch)
        #expect(parseError("1 kg .. 5")?.kind == .dimensionMismatch)
    }

    @Test func invertedOrEmptyInterval() throws {
        let error = try #require(parseError("[40, -10] °C"))
        #expect(error.kind == .invalidInterval)
        #expect(error.offset == 1)
        #expect(parseError("5 kg .. 2 kg")?.kind == .invalidInterval)
        #expect(parseError("2000 e < m ≤ 500 e")?.kind == .invalidInterval)
        #expect(parseError("(5, 5] g")?.kind == .invalidInterval)
        #expect(parseError("[5, 5] g") == nil, "a closed one-point interval is fine")
        #expect(parseError("1 kg .. 999 g")?.kind == .invalidInterval, "order compares SI values, not numbers")
    }

    @Test(arguments: [
        "5 mg foo", "1 kg 2", "[1, 2", "[1 2]", "±-1 mg", "2 % / 1 %", "+2 % / +1 %",
        "500 e < m ≥ 20 e", "0 ≤ ≤ 5", "E1||E2", "|E1", "1 kg to", "\\milli\\gram",
    ])
    func fitsNoForm(_ text: String) throws {
        let error = try #require(parseError(text), "\(text)")
        #expect(error.text == text)
        #expect(error.offset != nil)
    }
}
