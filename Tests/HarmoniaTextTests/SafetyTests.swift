import HarmoniaText
import Testing

/// The one formula-injection rule every CSV field goes through.
@Suite("CSV formula injection")
struct CSVFormulaTests {
    static let dangerous = [
        "=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "-1.", "-.5", "+-1", "-1e5", "@SUM(A1)", "\tcmd", "\rcmd", "\ncmd",
        "  =1+1", "\u{00A0}=1", "\u{3000}+1", "＝1+1", "＋1", "－1", "＠x", "﹦1", "\u{200B}=1", "\u{FEFF}=1",
        "\u{2060}\u{200D} -1", "\u{202E}=1",
    ]

    @Test("every dangerous start gets an apostrophe, after spaces and invisible characters too", arguments: dangerous)
    func defused(_ text: String) {
        let field = CSVField.formulaSafe(text)
        #expect(field == "'" + text)
        // Escaped for a row, the field still starts with the apostrophe (inside quotes when it needs them).
        let escaped = CSVField.escaped(text)
        #expect(escaped.hasPrefix("'") || escaped.hasPrefix("\"'"))
    }

    @Test(
        "ordinary text, limits and words are left alone",
        arguments: [
            "±1.6 mg", "E2", "10 kg", "≤ 0.5 %", "砝码", "a=b", "x-y", "", "   ", "'=already", "—", "-0.1", "+12", "42",
        ])
    func untouched(_ text: String) {
        #expect(CSVField.formulaSafe(text) == text)
    }
}

/// Text for terminals, and for XML and SVG.
@Suite("terminal and XML safety")
struct TerminalTextTests {
    @Test("C0, DEL, C1 and bidi controls are shown escaped; line feeds, tabs and CR LF stay")
    func escapes() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TerminalText.escaped("x\u{9B}31my") == "x\\u{9B}31my")
        #expect(TerminalText.escaped("id\u{202E}fdp.exe") == "id\\u{202E}fdp.exe")
        #expect(TerminalText.escaped("\u{7F}\u{0}\u{2066}\u{200F}") == "\\u{7F}\\u{0}\\u{2066}\\u{200F}")
        #expect(TerminalText.escaped("a\rb") == "a\\u{D}b")
        #expect(TerminalText.escaped("line\r\nnext\tcol\n") == "line\r\nnext\tcol\n")
        #expect(TerminalText.escaped("砝码 ±1.6 mg") == "砝码 ±1.6 mg")
    }

    @Test("with colour kept, only SGR sequences pass")
    func colour() {
        #expect(TerminalText.escaped("\u{1B}[1mbold\u{1B}[0m", keepingColour: true) == "\u{1B}[1mbold\u{1B}[0m")
        #expect(TerminalText.escaped("\u{1B}]0;title\u{7}", keepingColour: true) == "\\u{1B}]0;title\\u{7}")
        #expect(TerminalText.escaped("\u{1B}[1m", keepingColour: false) == "\\u{1B}[1m")
    }

    @Test("XML text loses what XML cannot hold and what would reorder it")
    func xml() {
        #expect(XMLSafeText.cleaned("a\u{0}b\u{1F}c\u{9B}d\u{202E}e\u{FFFE}") == "abcde")
        #expect(XMLSafeText.cleaned("tab\there\nline") == "tab\there\nline")
    }

    @Test("JSON escapes C1 and bidi controls as \\u, the same JSON value")
    func json() {
        #expect(JSONString.quoted("a\u{9B}b\u{202E}c\u{2066}\u{061C}") == #""a\u009bb\u202ec\u2066\u061c""#)
        #expect(JSONString.quoted("é–…") == "\"é–…\"")
    }
}
