// libFuzzer target: the output escapers every writer relies on (HarmoniaText): the CSV field with its
// formula-injection rule, terminal text, XML-safe text, JSON strings. Each checks its own promise and
// traps when it is broken, so a finding is a broken promise. Built by Tests/Fuzz/run.sh.
import HarmoniaText

@_cdecl("LLVMFuzzerTestOneInput")
public func textFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    // CSV: the first visible character of a field never starts a formula, unless it is our apostrophe.
    let safe = CSVField.formulaSafe(text)
    let bareNumber = text.utf8.allSatisfy {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            || $0 == UInt8(ascii: "+")
    }
    for scalar in safe.unicodeScalars where !bareNumber {
        if scalar == "'" { break }
        if scalar.properties.isWhitespace && !"\t\r\n".unicodeScalars.contains(scalar) { continue }
        if scalar.properties.generalCategory == .format || scalar.value == 0x200B { continue }
        precondition(
            !"=+-@\t\r\n＝＋－＠﹦﹢﹣﹫−".unicodeScalars.contains(scalar), "formula survives: \(text.debugDescription)")
        break
    }
    _ = CSVField.escaped(text)
    // Terminal: nothing unsafe is left, except the CR of a CR LF.
    let shown = Array(TerminalText.escaped(text).unicodeScalars)
    for (index, scalar) in shown.enumerated() where TerminalText.isUnsafe(scalar) {
        precondition(
            scalar == "\r" && index + 1 < shown.count && shown[index + 1] == "\n",
            "unsafe left: \(text.debugDescription)")
    }
    // XML: no character XML 1.0 cannot hold.
    for scalar in XMLSafeText.cleaned(text).unicodeScalars {
        precondition(
            scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r", "control left in XML text")
    }
    // JSON: only printable ASCII escapes and the text's other characters; never a raw control.
    for scalar in JSONString.quoted(text).unicodeScalars {
        precondition(!TerminalText.isUnsafe(scalar) && scalar != "\t" && scalar != "\n", "raw control in JSON")
    }
    return 0
}
