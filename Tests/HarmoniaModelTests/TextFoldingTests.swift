import PropertyBased
import Testing

@testable import HarmoniaModel

@Suite("TextFolding")
struct TextFoldingTests {
    @Test func foldWidth() {
        #expect(TextFolding.foldWidth("±１．６ｍｇ") == "±1.6mg")
        #expect(TextFolding.foldWidth("－１０～４０℃") == "-10~40℃")
        #expect(TextFolding.foldWidth("（１，２）％") == "(1,2)%")
        #expect(TextFolding.foldWidth("Ａ\u{3000}Ｂ") == "A B")
        #expect(TextFolding.foldWidth("plain") == "plain")
    }

    @Test func identityKey() {
        #expect(TextFolding.identityKey("± 1.6  mg") == "±1.6mg")
        #expect(TextFolding.identityKey("−10 °C") == "-10°C")
        #expect(TextFolding.identityKey("5 \u{03BC}m") == TextFolding.identityKey("5 \u{00B5}m"))
        #expect(TextFolding.identityKey("ＡＢ") == "AB")
        #expect(TextFolding.identityKey("ab") != TextFolding.identityKey("AB"), "identity keeps case")
    }

    @Test func tokenKey() {
        #expect(TextFolding.tokenKey("  Initial   Verification ") == "initial verification")
        #expect(TextFolding.tokenKey("Ｅ２") == "e2")
        #expect(TextFolding.tokenKey("III") == "iii")
    }

    @Test func labelKey() {
        #expect(TextFolding.labelKey("最大允许误差") == TextFolding.labelKey("最大允许误差。"))
        #expect(TextFolding.labelKey("Maximum permissible error") == "maximumpermissibleerror")
        #expect(TextFolding.labelKey("maximum-permissible_error") == "maximumpermissibleerror")
        #expect(TextFolding.labelKey("（检定周期）") == "检定周期")
        #expect(TextFolding.labelKey("“量程比”：Q3/Q1") == "量程比q3q1")
        #expect(TextFolding.labelKey("《重复性》、偏载；") == "重复性偏载")
        #expect(TextFolding.labelKey("Ratio Q3/Q1") != TextFolding.labelKey("Ratio Q2/Q1"))
    }

    @Test("the ASCII path of tokenKey gives exactly what the general path gives, and only for ASCII")
    func asciiTokenKeyAgrees() async {
        let character = Gen<Character?>.element(of: Array("aZ09 \t\n\r.-_[]/É±Ｅ\u{3000}") as [Character]).map { $0! }
        await propertyCheck(input: character.string(of: 0...12)) { text in
            let ascii = TextFolding.asciiTokenKey(text)
            #expect((ascii != nil) == text.utf8.allSatisfy { $0 < 0x80 })
            #expect(TextFolding.tokenKey(text) == TextFolding.unicodeTokenKey(text))
            if let ascii { #expect(ascii == TextFolding.unicodeTokenKey(text)) }
        }
    }
}
