import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing

/// The repository's root, found from this file's path so tests run from any directory.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) -> String {
    repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(path).path
}

/// `../shared/samples` beside the checkout: real documents the project may read but not copy. CI lays it
/// there; a fresh clone has no such folder, and the tests that read it skip, saying why.
let samplesDirectory: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

/// Whether the real D-SI samples are beside the checkout.
let sharedDSISamplesPresent = FileManager.default.fileExists(
    atPath: samplesDirectory.appendingPathComponent("dsi").path)

func spec(_ body: String, id: String = "T", role: String = "domestic", lang: String = "en", meta: String = "") -> String
{
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <spec xmlns="urn:harmonia:spec:1" xmlns:si="https://ptb.de/si" id="\(id)" role="\(role)" lang="\(lang)">
      <meta><title>\(id)</title>\(meta)</meta>
    \(body)
    </spec>
    """
}

func read(_ text: String, name: String = "mem.xml") -> IngestResult {
    SpecReader().read(bytes: Array(text.utf8), name: name)
}

func load(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let result = read(text)
    guard let document = result.document else {
        Issue.record("not read: \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return document
}

/// A document of two `mpe` indicators in clause 1 (lines 5 and 6), with the ids given.
func twoIndicators(_ first: String, _ second: String) -> String {
    spec(
        """
        <section num="1">
          <indicator id="\(first)" concept="mpe"><value>±1 mg</value></indicator>
          <indicator id="\(second)" concept="mpe"><value>±2 mg</value></indicator>
        </section>
        """)
}
