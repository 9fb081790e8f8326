// libFuzzer target: the unit parser, both entry points (quantity-expression units and D-SI strings).
// Built by Tests/Fuzz/run.sh, not by `swift build`.
import HarmoniaModel

@_cdecl("LLVMFuzzerTestOneInput")
public func unitFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    if let parsed = try? UnitParser.parse(text) { exercise(parsed) }
    if let parsed = try? UnitParser.parseDSI(text) { exercise(parsed) }
    return 0
}

/// What comparison does with a unit: its symbol, its factor, commensurability.
private func exercise(_ parsed: UnitParse) {
    _ = parsed.unit.symbol
    _ = parsed.unit.factor.description
    _ = parsed.unit.isCommensurable(with: parsed.unit)
}
