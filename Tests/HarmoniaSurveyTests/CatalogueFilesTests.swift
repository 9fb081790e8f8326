import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaReport
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

    @Test("a DOCX that Harmonia wrote (a report pack's comment sheet, annex tables) is a report part, passed over")
    func reportPackBesideTheDocuments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/weights")
        let domestic = fixtures.appendingPathComponent("jjg-99-2006.xml")
        let reference = fixtures.appendingPathComponent("oiml-r111-1-2004.xml")
        let comparison = try Comparator().compare(
            #require(SpecReader().read(file: domestic.path).document),
            #require(SpecReader().read(file: reference.path).document))
        try Data(DOCXWriter().write(comparison)).write(to: root.appendingPathComponent("comments.docx"))
        try Data(DOCXWriter().annexes(comparison)).write(to: root.appendingPathComponent("annexes.docx"))
        try FileManager.default.copyItem(at: domestic, to: root.appendingPathComponent("jjg-99-2006.xml"))

        let found = CatalogueFiles(paths: [root.path])
        #expect(found.documents == [root.path + "/jjg-99-2006.xml"])
        #expect(found.passedOver == 2)
    }
}
