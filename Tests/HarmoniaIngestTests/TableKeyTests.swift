import HarmoniaModel
import Testing

@testable import HarmoniaIngest

@Suite("table keys read from text")
struct TableKeyWordsTests {
    @Test("ASCII words are split as white space splits them; other text takes the general path")
    func asciiWordsMatchSplit() {
        let samples = [
            "I II III IIII", "  a\tb\nc\r\nd  ", "", "   ", "x", "trade medical", "E1 E2\u{3000}F1",
            "1 000", "a\u{0B}b\u{0C}c", "中 文", "é e",
        ]
        for text in samples {
            let general = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if let fast = DocumentBuilder.asciiWords(text, max: 100) {
                #expect(fast == general, "\(text.debugDescription)")
            } else {
                #expect(text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription) should have taken the fast path")
            }
        }
        // At the limit the general path decides, as it always has.
        #expect(DocumentBuilder.asciiWords("a b c", max: 3) == nil)
        #expect(DocumentBuilder.asciiWords("a b", max: 3) == ["a", "b"])
    }

    @Test("a head split by tabs and new lines gives the same cells as one split by spaces")
    func headWithTabs() throws {
        func cells(_ head: String) throws -> [String] {
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <spec xmlns="urn:harmonia:spec:1" id="T" role="domestic" lang="en"><meta><title>T</title></meta>
                <section num="1"><table id="t" concept="mpe" rows="r" cols="c" unit="mg" form="±">
                <head>\(head)</head><row key="a">1 2 3</row></table></section></spec>
                """
            let result = SpecReader().read(bytes: Array(text.utf8), name: "t.xml")
            let document = try #require(result.document, "\(result.diagnostics)")
            return document.indicators.map(\.id)
        }
        #expect(try cells("x y z") == ["t[a][x]", "t[a][y]", "t[a][z]"])
        #expect(try cells("x\ty\n  z") == ["t[a][x]", "t[a][y]", "t[a][z]"])
    }
}

@Suite("bare numbers in table cells")
struct BareNumberTests {
    @Test("the ASCII reading agrees with the folded reading on every ASCII cell")
    func asciiAgrees() {
        let alphabet = Array("0123456789.eE+- \t\n\r\u{0B}\u{0C}x,") as [Character]
        // Seeded, so that a failure can be reproduced.
        var generator = SplitMix(seed: 8)
        var cells = [
            "1", "-1", "+2.5", "1 000", "2.5E-3", "1e", "e1", ".5", "5.", "1.2.3", "--1", "1e+", "1e+5", "- 3", "", " ",
        ]
        for _ in 0..<5000 {
            cells.append(
                String(
                    (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)!
                    }))
        }
        for cell in cells {
            #expect(
                DocumentBuilder.isBareASCIINumber(cell) == DocumentBuilder.isBareNumberFolded(cell),
                "\(cell.debugDescription)")
        }
        #expect(DocumentBuilder.isBareASCIINumber("１２") == nil)
        #expect(DocumentBuilder.isBareNumber("１２"))
        #expect(DocumentBuilder.isBareNumber("\u{2212}3"))
    }
}

@Suite("a reader without an indicator limit")
struct UnlimitedReaderTests {
    @Test("reads tables (the key limit is one past the indicator limit, which must not overflow)")
    func unlimitedTables() throws {
        let text = spec(
            """
            <section num="1"><table id="t" concept="mpe" rows="r" cols="c" unit="mg" form="±">
              <head>x y</head><row key="a">1 2</row></table></section>
            """)
        let result = SpecReader(maxIndicators: .max).read(bytes: Array(text.utf8), name: "t.xml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.document?.indicators.map(\.id) == ["t[a][x]", "t[a][y]"])
    }
}

/// A small seeded generator (SplitMix64), for reproducible random cases.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("white space at the ends of values")
struct WhiteSpaceTests {
    @Test("the fast white-space test answers as the Unicode property does, for every scalar")
    func fastWhiteSpaceMatchesProperty() {
        let differing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.isWhiteSpace != $0.properties.isWhitespace
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test("trimming drops Unicode white space at both ends and nothing else")
    func trimming() {
        #expect("\u{3000}±0.5 mg\u{00A0}".trimmed == "±0.5 mg")
        #expect(" 最大允许误差\u{2003}".trimmed == "最大允许误差")
        #expect("±1 °C".trimmed == "±1 °C")
        #expect("\u{1F}x\u{1C}".trimmed == "\u{1F}x\u{1C}")
        #expect("\u{0085}\u{2028}".trimmed == "")
    }
}
