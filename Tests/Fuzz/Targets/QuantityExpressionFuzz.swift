// libFuzzer target: the quantity-expression parser (and the unit parser it calls), plus the canonical
// form every successful parse is compared by. Built by Tests/Fuzz/run.sh, not by `swift build`.
import HarmoniaModel

@_cdecl("LLVMFuzzerTestOneInput")
public func quantityExpressionFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let parsed = try? QuantityExpressionParser.parse(text) else { return 0 }
    // Whatever parses stays within the exact-number limit once in coherent SI.
    precondition(
        MagnitudeLimit.exceeded(parsed.expression) == nil, "past the exact-number limit: \(text.debugDescription)")
    // What the aligner does with every parsed value: canonical form (SI values, folded tokens), text.
    let canonical = parsed.expression.canonical
    if case .numeric(let set) = canonical {
        _ = set.width
        _ = set.contains(set)
        _ = set.lower?.value.description
        _ = set.upper?.value.description
    }
    _ = parsed.expression.description
    return 0
}
