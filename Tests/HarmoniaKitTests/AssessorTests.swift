import Foundation
import HarmoniaKit
import Testing

@Suite("Assessor")
struct AssessorTests {
    static let domestic = fixture("weights/jjg-99-2006.xml")
    static let reference = fixture("weights/oiml-r111-1-2004.xml")

    @Test("files and the same text in memory give the same comparison, byte for byte in JSON")
    func filesAndMemoryAgree() throws {
        let assessor = Assessor()
        let fromFiles = try assessor.compare(domesticFile: Self.domestic, referenceFile: Self.reference)
        let fromText = try assessor.compare(
            domesticXML: String(contentsOfFile: Self.domestic, encoding: .utf8),
            referenceXML: String(contentsOfFile: Self.reference, encoding: .utf8))
        #expect(fromFiles.pairs.count > 200)
        #expect(fromFiles.score == fromText.score)
        #expect(fromFiles.degree == fromText.degree)
        #expect(try assessor.render(fromFiles, as: .json) == assessor.render(fromText, as: .json))
        // Two documents already read compare to the same result too.
        let documents = try (assessor.read(file: Self.domestic), assessor.read(file: Self.reference))
        #expect(
            try assessor.render(assessor.compare(documents.0, documents.1), as: .json)
                == assessor.render(fromFiles, as: .json))
    }

    @Test("every format renders what the command line and the report pack write", arguments: ReportFormat.allCases)
    func everyFormat(_ format: ReportFormat) throws {
        let assessor = Assessor()
        let comparison = try assessor.compare(domesticFile: Self.domestic, referenceFile: Self.reference)
        let bytes = try assessor.render(comparison, as: format)
        #expect(try bytes == assessor.render(comparison, as: format), "deterministic")
        let options = ReportOptions()
        let expected: [UInt8]
        switch format {
        case .text: expected = Array(TextWriter(color: false).write(comparison).utf8)
        case .json: expected = JSONWriter().bytes(comparison)
        default:
            let pack = try ReportPack(options: options).files(comparison)
            expected = try #require(pack.first { $0.name == format.fileName }).bytes
        }
        #expect(bytes == expected)
        switch format {
        case .commentsDOCX, .annexesDOCX: #expect(bytes.starts(with: Array("PK".utf8)))
        case .csv, .correspondenceCSV, .differencesCSV, .commentsCSV: #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        case .json: #expect(String(decoding: bytes, as: UTF8.self).contains("\"format\": \"harmonia.comparison\""))
        default: #expect(String(decoding: bytes, as: UTF8.self).contains("JJG 99-2006"))
        }
    }

    @Test("every file of the pack has a format")
    func packFilesHaveFormats() {
        #expect(Set(ReportPack.fileNames).isSubset(of: Set(ReportFormat.allCases.map(\.fileName))))
    }

    @Test("report options choose the language; the pack is written whole")
    func languageAndPack() throws {
        let assessor = Assessor()
        let comparison = try assessor.compare(domesticFile: Self.domestic, referenceFile: Self.reference)
        let english = String(decoding: try assessor.render(comparison, as: .markdown), as: UTF8.self)
        let chinese = String(
            decoding: try assessor.render(comparison, as: .markdown, options: ReportOptions(language: .zh)),
            as: UTF8.self)
        #expect(english != chinese)
        #expect(chinese.contains("一致性"))
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try assessor.writeReportPack(comparison, to: folder.path)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ReportPack.fileNames)
    }

    /// A domestic MPE against the reference's `±1.6 mg`, both documents in memory.
    static func compareMPE(_ mpe: String, justification: String? = nil) throws -> Comparison {
        try Assessor().compare(
            domesticXML: specification(id: "JJG 1-2024", role: "domestic", mpe: mpe, justification: justification),
            referenceXML: specification(id: "OIML R 1:2020", role: "international", mpe: "±1.6 mg"))
    }

    @Test("a small pair in memory: a looser MPE is a deviation, unexplained, so NEQ; justified, MOD")
    func inMemory() throws {
        let looser = try Self.compareMPE("±2 mg")
        #expect(looser.pairs.map(\.verdict) == [.looser])
        #expect(looser.degree.computed == .NEQ)
        #expect(looser.domestic.sourceFile == "domestic.xml")
        #expect(try Self.compareMPE("±2 mg", justification: "why").degree.computed == .MOD)
        let same = try Self.compareMPE("±0.0016 g")
        #expect(same.pairs.map(\.verdict) == [.equivalent])
        #expect(same.degree.computed == .IDT)
        #expect(same.score.text == "100.0")
    }

    @Test("a broken text throws every error, naming the name given")
    func invalidText() throws {
        let failure = try #require(throws: IngestFailure.self) {
            try Assessor().compare(
                domesticXML: specification(id: "D", role: "domestic", mpe: "±1..6 mg"),
                referenceXML: specification(id: "R", role: "international", mpe: "±1 mg"),
                domesticName: "draft.xml")
        }
        #expect(failure.kind == .invalid)
        let error = try #require(failure.diagnostics.first { $0.severity == .error })
        #expect(error.location.file == "draft.xml")
        #expect(error.location.line == 5)
        #expect(failure.description.contains("draft.xml:5"))
    }

    @Test("a missing file is unreadable; when both files are broken the domestic one's failure is thrown")
    func unreadable() throws {
        let missing = try #require(throws: IngestFailure.self) {
            try Assessor().compare(domesticFile: "/nonexistent/d.xml", referenceFile: Self.reference)
        }
        #expect(missing.kind == .unreadable)
        let both = try #require(throws: IngestFailure.self) {
            try Assessor().compare(domesticFile: "/nonexistent/d.xml", referenceFile: "/nonexistent/r.xml")
        }
        #expect(both.description.contains("/nonexistent/d.xml"))
        #expect(!both.description.contains("/nonexistent/r.xml"))
    }
}
