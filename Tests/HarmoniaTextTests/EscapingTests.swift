import HarmoniaText
import Testing

@Suite("JSON string literals")
struct JSONStringTests {
    @Test("quotes, backslashes and controls are escaped; other text is copied")
    func escapes() {
        #expect(JSONString.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONString.quoted("\n\r\t\u{8}\u{C}") == #""\n\r\t\b\f""#)
        #expect(JSONString.quoted("\u{1}\u{1F}\u{7F}") == #""\u0001\u001f\u007f""#)
        #expect(JSONString.quoted("±0.5 °C 砝码") == "\"±0.5 °C 砝码\"")
    }

    @Test("U+2028 and U+2029 are escaped; other E2 80 sequences are not")
    func lineSeparators() {
        #expect(JSONString.quoted("a\u{2028}b\u{2029}") == #""a\u2028b\u2029""#)
        #expect(JSONString.quoted("a–b…") == "\"a–b…\"")  // E2 80 93, E2 80 A6
    }

    @Test("the empty string")
    func empty() {
        #expect(JSONString.quoted("") == "\"\"")
    }
}

@Suite("CSV fields")
struct CSVFieldTests {
    @Test("plain text is left alone")
    func plain() {
        #expect(CSVField.escaped("±1.6 mg") == "±1.6 mg")
    }

    @Test("commas, quotes and line breaks quote the field; quotes are doubled")
    func quoting() {
        #expect(CSVField.escaped("a,b") == "\"a,b\"")
        #expect(CSVField.escaped("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(CSVField.escaped("a\nb") == "\"a\nb\"")
    }

    @Test("a CR LF line break quotes the field (it is one Character, neither CR nor LF)")
    func crlf() {
        #expect(CSVField.escaped("a\r\nb") == "\"a\r\nb\"")
    }
}
