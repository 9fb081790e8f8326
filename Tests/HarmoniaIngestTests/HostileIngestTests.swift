import Foundation
import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML
import Testing

/// Regression tests for what fuzzing and the hostile-input suite found in ingestion and the quantity parsers
/// (Tests/Fuzz/README.md), and for the limits of docs/limits.md. Each input used to hang or take minutes.
@Suite("Hostile text and resource limits in ingestion")
struct HostileIngestTests {
    /// Runs `body` and expects it to take less than `limit`.
    func expectQuick<T>(
        _ limit: Duration = .seconds(5), sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ body: () throws -> T
    ) rethrows -> T {
        let started = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < limit, "took \(elapsed)", sourceLocation: sourceLocation)
        return result
    }

    // MARK: Found by fuzzing (Tests/Fuzz/Regressions)

    @Test("fuzz quantity #1: a ×10^ power past ±4096 is refused like 1e9999 (printing 81×10^-6602 took 9 s)")
    func timesTenPowerBeyondTheExponentLimit() throws {
        let error = try expectQuick {
            try #require(throws: QuantityError.self) { try QuantityExpressionParser.parse("081× 10^-6602") }
        }
        #expect(error.kind == .malformedNumber)
        #expect(error.message.contains("4096"))
        #expect(throws: QuantityError.self) { try QuantityExpressionParser.parse("1×10⁻⁹⁹⁹⁹ m") }
        // At the limit the value is exact, and printing it stays quick.
        let parsed = try QuantityExpressionParser.parse("1.5 × 10^-4096 kg")
        let set = try #require(parsed.expression.numericSet)
        let text = expectQuick { set.lower!.value.description }
        #expect(text.hasPrefix("0.000"))
        #expect(text.hasSuffix("15"))
    }

    @Test("Rational.description of numbers with thousands of digits is quick")
    func decimalExpansionOfHugePowers() throws {
        let tiny = try #require(Rational(decimal: "1e-4096")) * Rational.powerOfTen(-4096)
        let text = expectQuick { tiny.description }
        #expect(text.count == 8194)  // "0." and 8191 zeros, then 1
        let third = Rational(1, 3) * Rational.powerOfTen(-4096)
        #expect(expectQuick { third.description }.hasPrefix("1/3"))
    }

    // MARK: Numbers and texts of megabytes

    @Test("a number of more than 4096 digits is refused; reading it used to be quadratic (9 MB took hours)")
    func numbersWithTooManyDigits() throws {
        let limit = Rational.maximumDecimalDigits
        #expect(Rational(decimal: String(repeating: "7", count: limit)) != nil)
        #expect(Rational(decimal: "0." + String(repeating: "7", count: limit - 1)) != nil)
        #expect(Rational(decimal: String(repeating: "7", count: limit + 1)) == nil)
        let huge = String(repeating: "1", count: 2_000_000)
        #expect(expectQuick { Rational(decimal: huge) } == nil)
        // In an expression the length limit (4096 bytes) comes first; a number just under it reads exactly.
        let parsed = try expectQuick { try QuantityExpressionParser.parse(String(repeating: "7", count: 4090) + " mg") }
        #expect(parsed.expression.numericSet != nil)
    }

    @Test("an expression or unit text past its length limit is refused before it is scanned")
    func overlongTexts() throws {
        let long = String(repeating: "1", count: 9_000_000)
        let expression = try expectQuick {
            try #require(throws: QuantityError.self) { try QuantityExpressionParser.parse(long) }
        }
        #expect(expression.message.contains("too long for a quantity expression"))
        #expect(throws: QuantityError.self) {
            try QuantityExpressionParser.parse(String(repeating: "E2|", count: 2000) + "E1")
        }
        _ = try QuantityExpressionParser.parse(String(repeating: "E2|", count: 1000) + "E1")  // 3002 bytes: fine
        let unit = String(repeating: "m·", count: 600) + "m"
        let plain = try #require(throws: QuantityError.self) { try UnitParser.parse(unit) }
        #expect(plain.kind == .invalidUnit)
        #expect(plain.message.contains("too long for a unit"))
        #expect(throws: QuantityError.self) { try UnitParser.parseDSI(String(repeating: "\\metre", count: 200)) }
        _ = try UnitParser.parseDSI("\\kilogram\\metre\\tothe{2}\\second\\tothe{-3}\\ampere\\tothe{-1}")
    }

    @Test("a 9 MB value is refused quickly with a one-line message; a 9 MB qualifier is kept as text")
    func megabyteValueAndQualifier() throws {
        let digits = String(repeating: "1", count: 9_000_000)
        let value = expectQuick(.seconds(8)) {
            read(spec("<section num=\"1\"><indicator concept=\"mpe\"><value>\(digits)</value></indicator></section>"))
        }
        let error = try #require(value.errors.first)
        #expect(error.message.contains("too long for a quantity expression"))
        #expect(error.description.count < 700)
        #expect(!error.description.contains("\n"))
        let qualifier = expectQuick(.seconds(8)) {
            read(
                spec(
                    "<section num=\"1\"><indicator concept=\"mpe\"><where nominal=\"\(digits)\"/><value>1 mg</value></indicator></section>"
                ))
        }
        #expect(qualifier.errors.isEmpty)
        #expect(qualifier.document?.indicators.first?.qualifiers.first?.expression == nil)
    }

    @Test("a D-SI list of more than 10,000 entries is refused before its values are read (5 million took 6 s)")
    func longDSIList() throws {
        func document(_ values: Int) -> String {
            spec(
                "<section num=\"1\"><indicator concept=\"mpe\"><value><si:realListXMLList><si:valueXMLList>"
                    + String(repeating: "1 ", count: values)
                    + "</si:valueXMLList><si:unitXMLList>\\milli\\gram</si:unitXMLList></si:realListXMLList></value></indicator></section>"
            )
        }
        let long = expectQuick { read(document(4_000_000)) }
        #expect(long.errors.map(\.message) == ["si:valueXMLList has more than 10000 entries"])
        // At the limit the list is read, then refused as a value as any list is.
        #expect(read(document(10_000)).errors.first?.message.hasPrefix("a value must be one si:real") == true)
    }

    @Test("a long message is clipped to one readable line")
    func diagnosticsStayShort() {
        let text = String(repeating: "x", count: 10_000) + "\nsecond line"
        let diagnostic = Diagnostic(
            .error, "unexpected '\(text)'", at: HarmoniaModel.SourceLocation(file: "f.xml", line: 3), element: "value",
            text: text)
        let line = diagnostic.description
        #expect(!line.contains("\n"))
        #expect(line.count < 600)
        #expect(line.hasPrefix("f.xml:3: error: unexpected 'xxx"))
    }

    // MARK: Indicators, elements, file size

    @Test("past the indicator limit the document is refused, with one error at the indicator past it")
    func indicatorLimit() throws {
        let indicators = (1...6).map { "<indicator id=\"i\($0)\" concept=\"mpe\"><value>±\($0) mg</value></indicator>" }
        let text = spec("<section num=\"1\">\n" + indicators.joined(separator: "\n") + "\n</section>")
        let reader = SpecReader(maxIndicators: 5)
        let result = reader.read(bytes: Array(text.utf8), name: "many.xml")
        #expect(result.document == nil)
        #expect(result.errors.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.message.contains("more than 5 indicators"))
        #expect(error.location.line == 10)
        #expect(
            SpecReader(maxIndicators: 6).read(bytes: Array(text.utf8), name: "ok.xml").document?.indicators.count == 6)
        #expect(SpecReader().maxIndicators == SpecReader.defaultMaxIndicators)
    }

    @Test("a table bomb (1000 × 1000 cells in 2 MB) stops at the indicator limit")
    func tableBomb() throws {
        let columns = (0..<1000).map { "c\($0)" }.joined(separator: " ")
        let cells = String(repeating: "1 ", count: 1000)
        let rows = (0..<1000).map { "<row key=\"r\($0)\">\(cells)</row>" }.joined(separator: "\n")
        let text = spec(
            "<section num=\"1\"><table id=\"t\" concept=\"mpe\" unit=\"mg\" form=\"±\"><head>\(columns)</head>\n\(rows)</table></section>"
        )
        let result = expectQuick(.seconds(8)) { read(text) }
        #expect(result.document == nil)
        #expect(
            result.errors.map(\.message) == [
                "more than 200000 indicators (table cells included), the limit for one document; the rest was not read"
            ])
    }

    @Test("a head of millions of keys is refused without making them all")
    func wideHead() throws {
        let head = String(repeating: "c ", count: 3_000_000)
        let text = spec(
            "<section num=\"1\"><table id=\"t\" concept=\"mpe\"><head>\(head)</head><row key=\"a\">1</row></table></section>"
        )
        let result = expectQuick(.seconds(8)) { read(text) }
        #expect(
            result.errors.first?.message == "table \"t\" has more than 200000 column keys, the limit for one document")
    }

    @Test("specification files are read under the specification limits")
    func specificationLimits() throws {
        #expect(XMLLimits.specification.maxFileBytes == 32 << 20)
        #expect(XMLLimits.specification.maxDepth == 256)
        #expect(XMLLimits.specification.maxElements == 500_000)
        #expect(SpecReader().limits == .specification)
        let paragraphs = String(repeating: "<p>x</p>", count: 500_001)
        let result = expectQuick(.seconds(8)) { read(spec("<section num=\"1\">\(paragraphs)</section>")) }
        #expect(result.errors.first?.message == "the document has more elements than the limit of 500000")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "harmonia-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("big.xml").path
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(32 << 20) + 1)  // sparse: costs no disk
        try handle.close()
        let tooBig = SpecReader().read(file: big)
        #expect(!tooBig.unreadable)
        #expect(tooBig.errors.first?.message == "file is larger than the limit of 33554432 bytes")
    }

    // MARK: Columns

    @Test("columns are found on LF and CRLF lines; lone CRs count as libxml2 counts them (not at all)")
    func columnsOnAnyLineEnd() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "harmonia-col-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let body = spec(
            "<section num=\"1\">\n<indicator concept=\"mpe\">\n  <value>±1..6 mg</value></indicator>\n</section>")
        var places: [String: HarmoniaModel.SourceLocation] = [:]
        for (name, separator) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
            let path = directory.appendingPathComponent("\(name).xml").path
            try body.replacingOccurrences(of: "\n", with: separator).write(
                toFile: path, atomically: false, encoding: .utf8)
            let error = try #require(SpecReader().read(file: path).errors.first, "\(name)")
            places[name] = HarmoniaModel.SourceLocation(
                file: "", line: error.location.line, column: error.location.column)
        }
        // Column 10 is the `±`; the error points one further, at the malformed number.
        #expect(places["lf"] == HarmoniaModel.SourceLocation(file: "", line: 6, column: 11))
        #expect(places["crlf"] == places["lf"])
        // libxml2 numbers a file of lone CRs as one line: the column is then counted on that line.
        let cr = String(decoding: try Data(contentsOf: directory.appendingPathComponent("cr.xml")), as: UTF8.self)
        let column = cr.distance(from: cr.startIndex, to: try #require(cr.firstIndex(of: "±"))) + 2
        #expect(places["cr"] == HarmoniaModel.SourceLocation(file: "", line: 1, column: column))
    }
}
