import Foundation
import HarmoniaXML
import Synchronization

/// A temporary directory for one test's input files, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` as UTF-8 and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}

/// Every string a document exposes: names, attribute values, text, comments, PIs, entity names.
func everything(in element: XMLElement) -> String {
    var parts = [element.localName, element.namespaceURI ?? "", element.textContent]
    for attribute in element.attributes {
        parts += [attribute.localName, attribute.value]
    }
    for child in element.children {
        switch child {
        case .element(let nested): parts.append(everything(in: nested))
        case .text(let text), .comment(let text), .processingInstruction(let text), .entityReference(let text):
            parts.append(text)
        }
    }
    return parts.joined(separator: "\n")
}

/// Captures what is written to file descriptor 2 while `body` runs, then writes it back to the
/// real stderr so that nothing (such as another test's report) is lost.
enum StandardErrorCapture {
    private static let lock = Mutex(())

    static func capture(_ body: () -> Void) -> String {
        lock.withLock { _ in captureLocked(body) }
    }

    private static func captureLocked(_ body: () -> Void) -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let sink = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(2)
        fflush(nil)  // all C streams
        dup2(sink, 2)
        close(sink)
        body()
        fflush(nil)  // all C streams
        dup2(saved, 2)
        close(saved)
        let captured = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        FileHandle.standardError.write(Data(captured.utf8))
        return captured
    }
}
