import Foundation
import Testing

@testable import HarmoniaSurvey

@Suite("Which files under the folders track import and survey read")
struct CatalogueFilesTests {
    @Test("documents by content, broken specifications kept to be reported, the rest passed over and counted")
    func oneRule() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures")
        func write(_ name: String, _ text: String) throws {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("weights/jjg-99-2006.xml"),
            to: root.appendingPathComponent("b/spec-without-extension"))
        try write("a/broken.xml", "<spec xmlns=\"urn:harmonia:spec:1\" id=\"x\"")  // names the namespace: read, refused
        try write("a/report-part.xml", "<html><body/></html>")
        try write("a/NOTES.md", "# notes")
        try write(".hidden/spec.xml", "<spec xmlns=\"urn:harmonia:spec:1\"/>")
        let missing = root.appendingPathComponent("nowhere").path

        let found = CatalogueFiles(paths: [root.path, missing])
        #expect(found.documents == [root.path + "/a/broken.xml", root.path + "/b/spec-without-extension"])
        #expect(found.passedOver == 2)
        #expect(found.errors.map(\.path) == [missing])
        #expect(found.errors.first?.description == "\(missing): error: no such file or folder")
        // A file given by name is taken as it is, whatever it holds.
        #expect(CatalogueFiles(paths: [root.path + "/a/NOTES.md"]).passedOver == 1)
    }
}
