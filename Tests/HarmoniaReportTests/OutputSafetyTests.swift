import Foundation
import HarmoniaAlign
import HarmoniaModel
import HarmoniaReport
import Testing

/// Where outputs go: devices and FIFOs are never replaced, modes are kept, temporary names fit, a report
/// pack is all or nothing; and what goes in them: every CSV cell is safe from formula injection.
@Suite("output safety")
struct OutputSafetyTests {
    // MARK: AtomicFile

    @Test("a character device is written to directly and stays a device")
    func device() throws {
        try AtomicFile.write("hello", to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a FIFO nobody reads is refused at once and left a FIFO")
    func fifoWithoutReader() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let error = #expect(throws: WriteError.self) { try AtomicFile.write("x", to: fifo) }
        #expect(error?.message.contains("FIFO") == true)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a FIFO with a reader gets the bytes, and is not replaced")
    func fifoWithReader() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("an existing file keeps its mode; a link to a file stays a link")
    func modeAndLink() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("out.json").path
        try AtomicFile.write("old", to: target)
        #expect(chmod(target, 0o600) == 0)
        try AtomicFile.write("new", to: target)
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        let link = root.appendingPathComponent("link.json").path
        #expect(symlink(target, link) == 0)
        try AtomicFile.write("through the link", to: link)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "through the link")
    }

    @Test("a 250-byte output name is writable: the temporary name fits in NAME_MAX")
    func longName() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let name = String(repeating: "名", count: 80) + "1234567890.json"  // 255 bytes
        #expect(name.utf8.count == 255)
        try AtomicFile.write("x", to: root.appendingPathComponent(name).path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [name])
        #expect(AtomicFile.temporaryName(for: name).utf8.count <= 255)
        // Cut at a character boundary, never inside one.
        #expect(AtomicFile.temporaryName(for: name, suffix: ".tmp-1-2").utf8.count <= 255)
    }

    // MARK: ReportPack

    @Test("a folder in the way of one file: the pack is refused and the folder left exactly as it was")
    func packAllOrNothing() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try comparison(ReportPackTests.weights)
        try ReportPack(options: goldenOptions).write(result, to: root.path)
        // Mark every old file, then put a folder where pairs.csv goes.
        for name in ReportPack.fileNames where name != "pairs.csv" {
            try Data("old \(name)".utf8).write(to: root.appendingPathComponent(name))
        }
        try FileManager.default.removeItem(at: root.appendingPathComponent("pairs.csv"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("pairs.csv"), withIntermediateDirectories: false)
        let before = try snapshot(root)
        let error = #expect(throws: WriteError.self) {
            try ReportPack(options: goldenOptions).write(result, to: root.path)
        }
        #expect(error?.path.hasSuffix("pairs.csv") == true)
        #expect(try snapshot(root) == before)
    }

    @Test("a failure while swapping puts every swapped file back")
    func swapRollback() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a.csv", "b.csv"] { try Data("old \(name)".utf8).write(to: root.appendingPathComponent(name)) }
        let before = try snapshot(root)
        // The last file's name is too long for any file system: everything is staged, then its swap fails.
        let files = [
            ReportFile(name: "a.csv", bytes: Array("new".utf8)), ReportFile(name: "b.csv", bytes: Array("new".utf8)),
            ReportFile(name: "c.csv", bytes: Array("new".utf8)),
            ReportFile(name: String(repeating: "x", count: 300), bytes: []),
        ]
        #expect(throws: WriteError.self) { try ReportPack.write(files, to: root.path) }
        #expect(try snapshot(root) == before)
    }

    /// Every entry of a folder with its bytes (folders as "<dir>").
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var entries: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            entries[name] =
                isDirectory.boolValue ? Data("<dir>".utf8) : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return entries
    }

    // MARK: CSV

    static let hostileDomestic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <spec xmlns="urn:harmonia:spec:1" id="=JJG 1-2000" role="domestic" lang="en">
          <meta><title lang="en">=title</title><correspondence ref="@OIML R 1" degree="MOD"/></meta>
          <section num="-1" title="=section">
            <indicator id="=HYPERLINK(1)" concept="=HYPERLINK(&quot;http://x&quot;)">
              <where class="=E2" nominal="+1 kg"/>
              <value>-10 °C</value>
              <justification lang="en">=cmd|' /C calc'!A0</justification>
            </indicator>
            <indicator id="+added" concept="@other"><value>@token</value><justification lang="en">  =1+1</justification></indicator>
          </section>
        </spec>
        """
    static let hostileInternational = """
        <?xml version="1.0" encoding="UTF-8"?>
        <spec xmlns="urn:harmonia:spec:1" id="@OIML R 1" role="international" lang="en">
          <meta><title lang="en">＝title</title></meta>
          <section num="+2" title="-section">
            <indicator id="-x" concept="=HYPERLINK(&quot;http://x&quot;)"><where class="=E2" nominal="+1 kg"/><value>-20 °C</value></indicator>
            <indicator id="\u{200B}=missing" concept="=missing"><value>＋5 mg</value></indicator>
          </section>
        </spec>
        """

    @Test("every field of every CSV — pack files and compare --format csv — is safe, whatever column it is in")
    func everyColumn() throws {
        let result = Comparator().compare(
            try document(Self.hostileDomestic, name: "d.xml"),
            try document(Self.hostileInternational, name: "i.xml"))
        let writer = CSVWriter(options: goldenOptions)
        let outputs = [
            writer.pairs(result), writer.correspondence(result), writer.differences(result), writer.comments(result),
            CSVWriter(options: ReportOptions(language: .en)).pairs(result),
        ]
        var checked = 0
        for output in outputs {
            for record in parseCSV(output) {
                for field in record {
                    checked += 1
                    #expect(!Self.startsFormula(field), "unsafe CSV field: \(field.debugDescription)")
                }
            }
        }
        #expect(checked > 50)
        // The concept column (once written unescaped) is among them.
        #expect(outputs[0].contains("'=HYPERLINK"))
    }

    /// Whether a spreadsheet would run `field`: its first visible character starts a formula, and it is not
    /// a bare number (`-1`, `+2`, which every spreadsheet reads as a number).
    static func startsFormula(_ field: String) -> Bool {
        if field.wholeMatch(of: /[+-]?[0-9]+(\.[0-9]+)?/) != nil { return false }
        for scalar in field.unicodeScalars {
            if "=+-@\t\r\n＝＋－＠﹦﹢﹣﹫−".unicodeScalars.contains(scalar) { return true }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format { continue }
            return false
        }
        return false
    }
}
