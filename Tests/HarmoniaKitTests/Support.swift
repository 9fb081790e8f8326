import Foundation

/// The repository's root, found from this file's path so tests run from any directory.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) -> String {
    repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(path).path
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-kit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small valid specification in memory: one MPE indicator in clause 5.1.
func specification(id: String, role: String, mpe: String, justification: String? = nil) -> String {
    let reason = justification.map { "<justification>\($0)</justification>" } ?? ""
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <spec xmlns="urn:harmonia:spec:1" id="\(id)" role="\(role)" lang="en">
          <meta><title>\(id)</title></meta>
          <section num="5.1" title="Maximum permissible errors">
            <indicator id="mpe-E2" concept="mpe"><where class="E2"/><value>\(mpe)</value>\(reason)</indicator>
          </section>
        </spec>
        """
}
