// libFuzzer target: whole-document ingestion (libxml2 parse with the safe options, DOCTYPE ban, schema
// validation, model building, quantity expressions and D-SI values). Built by Tests/Fuzz/run.sh.
import HarmoniaIngest

/// One reader for the whole run: the catalogue and the schema load once.
let reader = SpecReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func documentFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    // A name that is no file: the column finder re-reads the named file for messages.
    let result = reader.read(bytes: bytes, name: "/nonexistent/fuzz-input.xml")
    for diagnostic in result.diagnostics { _ = diagnostic.description }
    if let document = result.document {
        for indicator in document.indicators { _ = indicator.value.expression.canonical }
    }
    return 0
}
