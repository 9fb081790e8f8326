import Foundation
import Testing

/// Every file in fixtures/hostile, through `validate` and `compare`, with the outcome its README gives.
@Suite("hostile and broken input")
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        /// Each inner list: at least one of these must appear (case-insensitive) in standard error.
        var mentions: [[String]]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "billion-laughs.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "internal-entity.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "external-entity-file.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "external-entity-http.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "parameter-entity.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "external-dtd.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "doctype-only.xml", status: 65, mentions: [["DTD", "DOCTYPE"]]),
        Case(file: "xinclude.xml", status: 65, mentions: [["include"]]),
        Case(file: "deep-nesting.xml", status: 65, mentions: [["depth", "nesting", "deep"]]),
        Case(file: "truncated.xml", status: 65, mentions: [[":11:", ":12:", ":13:"]]),
        Case(file: "invalid-utf8.xml", status: 65, mentions: [["UTF-8", "utf8", "encoding"]]),
        Case(file: "empty.xml", status: 65, mentions: [["empty", "Document is empty"]]),
        Case(file: "random-bytes.bin", status: 65, mentions: [["random-bytes.bin"]]),
        Case(file: "wrong-root.xml", status: 65, mentions: [["document"]]),
        Case(file: "missing-namespace.xml", status: 65, mentions: [["namespace", "urn:harmonia:spec:1"]]),
        Case(file: "missing-required-attribute.xml", status: 65, mentions: [["role"]]),
        Case(file: "section-without-num.xml", status: 65, mentions: [["num"]]),
        Case(file: "duplicate-ids.xml", status: 65, mentions: [["period"]]),
        Case(file: "short-row.xml", status: 65, mentions: [["500 g"], ["mpe"]]),
        Case(file: "bad-unit.xml", status: 65, mentions: [["mgg"], ["value"]]),
        Case(file: "bad-number.xml", status: 65, mentions: [["1..6"], ["value"]]),
        Case(file: "bad-expression.xml", status: 65, mentions: [["≤ ≤ 3"], ["value"]]),
        Case(file: "utf16.xml", status: 0, mentions: []),
        Case(file: "bom-crlf.xml", status: 0, mentions: []),
        Case(file: "unknown-ref.xml", status: 0, mentions: []),
        Case(file: "does-not-exist.xml", status: 66, mentions: [["does-not-exist.xml"]]),
        Case(file: "duplicate-qualifier.xml", status: 65, mentions: [["\"class\" is given twice"]]),
        Case(file: "trailing-junk.xml", status: 65, mentions: [["NUL byte", "after the end of the document element"]]),
        Case(file: "unit-blow-up.xml", status: 65, mentions: [["unit too large", "exponent beyond"]]),
        Case(file: "number-blow-up.xml", status: 65, mentions: [["number too large"]]),
    ]

    @Test("validate gives the README's exit status and message, nothing on stdout, nothing leaked", arguments: cases)
    func validate(_ item: Case) throws {
        let path = fixture("hostile/" + item.file)
        let result = try harmonia(["validate", path])
        #expect(result.status == item.status, "\(result.stderr)")
        if item.status != 0 {
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(path), "the message must name the file")
            for alternatives in item.mentions {
                #expect(
                    alternatives.contains { result.stderr.localizedCaseInsensitiveContains($0) },
                    "stderr must mention one of \(alternatives): \(result.stderr)")
            }
        }
        try expectNoLeak(result)
    }

    @Test("compare gives the same status with the file on either side", arguments: cases.filter { $0.status != 0 })
    func compare(_ item: Case) throws {
        let path = fixture("hostile/" + item.file)
        let other = fixture("weights/oiml-r111-1-2004.xml")
        let asDomestic = try harmonia(["compare", path, other, "--format", "json"])
        #expect(asDomestic.status == item.status)
        #expect(asDomestic.stdout.isEmpty)
        let asReference = try harmonia(["compare", fixture("weights/jjg-99-2006.xml"), path, "--format", "json"])
        #expect(asReference.status == item.status)
        #expect(asReference.stdout.isEmpty)
        try expectNoLeak(asDomestic)
    }

    @Test("the UTF-16 file reads correctly")
    func utf16() throws {
        let result = try harmonia(["inspect", fixture("hostile/utf16.xml"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("砝码"))
        #expect(result.stdout.contains("≤ 2 a"))
    }

    @Test("a ref and an omission naming nothing are warned in compare, which still succeeds")
    func danglingRefs() throws {
        let result = try harmonia([
            "compare", fixture("hostile/unknown-ref.xml"), fixture("hostile/utf16.xml"), "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no-such-indicator"))
        #expect(result.stderr.contains("no-such-table"))
    }

    private func expectNoLeak(_ result: RunResult) throws {
        let secrets = [
            "root:x:0:0",
            (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines),
        ].compactMap { $0 }.filter { $0.count >= 4 }
        for secret in secrets {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "leaked \(secret)")
        }
    }
}

/// The README's choice for reading two files at once: reports come out as if read one after the other.
@Suite("compare reads both files at once, reports in order")
struct PairReadingTests {
    @Test("with both files broken, the first decides the status and only its errors are printed")
    func bothBroken() throws {
        let missing = fixture("hostile/no-such-file.xml")
        let invalid = fixture("hostile/bad-unit.xml")
        let first = try harmonia(["compare", missing, invalid, "--format", "json"])
        #expect(first.status == 66)
        #expect(first.stderr.contains("no-such-file.xml"))
        #expect(!first.stderr.contains("bad-unit.xml"))
        let second = try harmonia(["compare", invalid, missing, "--format", "json"])
        #expect(second.status == 65)
        #expect(second.stderr.contains("bad-unit.xml"))
        #expect(!second.stderr.contains("no-such-file.xml"))
        #expect(first.stdout.isEmpty && second.stdout.isEmpty)
    }

    @Test("warnings of the first file come before those of the second")
    func warningOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "harmonia-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, role: String, concept: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try """
            <spec xmlns="urn:harmonia:spec:1" id="\(name)" role="\(role)" lang="en">
              <meta><title>\(name)</title></meta>
              <section num="1"><indicator id="x" concept="\(concept)"><value>±1 mg</value></indicator></section>
            </spec>
            """.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let first = try write("first.xml", role: "domestic", concept: "first-unknown-concept")
        let second = try write("second.xml", role: "international", concept: "second-unknown-concept")
        let result = try harmonia(["compare", first, second, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let firstLine = try #require(lines.firstIndex { $0.contains("first-unknown-concept") })
        let secondLine = try #require(lines.firstIndex { $0.contains("second-unknown-concept") })
        #expect(firstLine < secondLine)
    }
}
