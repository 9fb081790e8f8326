import Foundation
import Testing

/// A user never needs anything outside the repository: every link in the README and the docs stays
/// inside it and names a file that is there.
@Suite("documentation links")
struct DocumentationLinkTests {
    /// Pages other issues write at the same time as this one; a link to one is checked once it exists.
    /// Empty this set when they are all merged.
    static let pendingPages: Set<String> = [
        "docs/pairing.md"
    ]

    /// The Markdown files a user reads.
    static func pages() throws -> [URL] {
        let docs = repositoryRoot.appendingPathComponent("docs")
        let inDocs = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
        return ["README.md", "CONTRIBUTING.md", "fixtures/README.md", "fixtures/dsi/README.md"]
            .map { repositoryRoot.appendingPathComponent($0) }
            + inDocs.sorted().map { docs.appendingPathComponent($0) }
    }

    /// The targets of `[text](target)` links, without their `#fragment`; web links are left out.
    static func links(in text: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "](") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let target = String(rest[..<close].prefix { $0 != "#" })
            rest = rest[close...]
            if target.isEmpty || target.contains("://") || target.hasPrefix("mailto:") { continue }
            targets.append(target)
        }
        return targets
    }

    @Test("the link finder finds relative links and leaves web links and fragments alone")
    func finder() {
        let text = "[a](docs/a.md), [b](https://x.org/b), [c](c.md#part), [d](#top), `[e](../e.md)`"
        #expect(Self.links(in: text) == ["docs/a.md", "c.md", "../e.md"])
    }

    @Test("every link in the README and the docs stays inside the repository and resolves")
    func linksResolve() throws {
        let root = repositoryRoot.standardizedFileURL.path
        var checked = 0
        for page in try Self.pages() {
            let text = try String(contentsOf: page, encoding: .utf8)
            #expect(!text.contains("../shared/docs"), "\(page.lastPathComponent) sends readers to ../shared/docs")
            for link in Self.links(in: text) {
                let target = page.deletingLastPathComponent().appendingPathComponent(link).standardizedFileURL
                #expect(target.path.hasPrefix(root + "/"), "\(page.lastPathComponent): \(link) leaves the repository")
                let relative = String(target.path.dropFirst(root.count + 1))
                let exists = FileManager.default.fileExists(atPath: target.path)
                #expect(
                    exists || Self.pendingPages.contains(relative), "\(page.lastPathComponent): \(link) names nothing")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test("the README links every page in docs/")
    func readmeListsEveryPage() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let linked = Set(Self.links(in: readme))
        let docs = try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("docs").path)
        for page in docs where page.hasSuffix(".md") {
            #expect(linked.contains("docs/" + page), "README does not link docs/\(page)")
        }
    }
}
