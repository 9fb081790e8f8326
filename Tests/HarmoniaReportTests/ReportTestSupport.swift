import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import HarmoniaReport
import HarmoniaXML
import Testing
import ZIPFoundation

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixture pair with a golden comparison: `fixtures/<family>/expected/<domestic>--<international>.json`.
struct FixturePair: CustomStringConvertible, Sendable {
    var family: String
    var domestic: String
    var international: String

    var description: String { "\(family)/\(domestic)--\(international)" }

    var domesticPath: String { repositoryRoot.appendingPathComponent("fixtures/\(family)/\(domestic).xml").path }
    var internationalPath: String {
        repositoryRoot.appendingPathComponent("fixtures/\(family)/\(international).xml").path
    }

    /// Where the pack's golden files live: next to the comparison's golden JSON.
    var goldenFolder: URL {
        repositoryRoot.appendingPathComponent("fixtures/\(family)/expected/report-\(domestic)--\(international)")
    }

    /// Every pair that has a golden comparison, in a stable order.
    static let all: [FixturePair] = {
        let root = repositoryRoot.appendingPathComponent("fixtures")
        var pairs: [FixturePair] = []
        let families = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for family in families.sorted() {
            let expected = root.appendingPathComponent(family).appendingPathComponent("expected")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: expected.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".json") {
                let parts = String(file.dropLast(5)).components(separatedBy: "--")
                if parts.count == 2 {
                    pairs.append(FixturePair(family: family, domestic: parts[0], international: parts[1]))
                }
            }
        }
        return pairs
    }()
}

struct LoadFailure: Error, CustomStringConvertible {
    var description: String
}

/// Reads a document the way the command line does.
func load(_ path: String) throws -> Document {
    let result = SpecReader().read(file: path)
    guard let document = result.document, result.errors.isEmpty else {
        throw LoadFailure(description: result.errors.map(\.description).joined(separator: "\n"))
    }
    return document
}

/// Reads a document from text, for tests that build hostile or small inputs.
func document(_ xml: String, name: String = "test.xml") throws -> Document {
    let result = SpecReader().read(bytes: Array(xml.utf8), name: name)
    guard let document = result.document, result.errors.isEmpty else {
        throw LoadFailure(description: result.errors.map(\.description).joined(separator: "\n"))
    }
    return document
}

func comparison(_ pair: FixturePair) throws -> Comparison {
    Comparator().compare(try load(pair.domesticPath), try load(pair.internationalPath))
}

/// The options golden files are written with.
let goldenOptions = ReportOptions(language: .zh, memberBody: "CN")

/// Parses XML (an HTML page or a DOCX part) with libxml2; the HTML doctype line is dropped first since
/// the safe parse options refuse DTDs.
func parseXML(_ text: String, name: String) throws -> XMLDocument {
    var body = text
    if body.hasPrefix("<!DOCTYPE html>") { body.removeFirst("<!DOCTYPE html>".count) }
    return try XMLDocument.parse(bytes: Array(body.utf8), url: name)
}

/// All elements under `element`, depth first.
func descendants(_ element: XMLElement) -> [XMLElement] {
    element.childElements.flatMap { [$0] + descendants($0) }
}

/// The entries of a ZIP held in memory, by path.
func unzip(_ bytes: [UInt8]) throws -> [String: Data] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        entries[entry.path] = data
    }
    return entries
}

/// A minimal RFC 4180 reader for checking what the writers produce: records of fields.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    while index < scalars.count {
        let c = scalars[index]
        if quoted {
            if c == "\"" {
                if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                    field.unicodeScalars.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field)
            field = ""
        } else if c == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
            record.append(field)
            records.append(record)
            record = []
            field = ""
            index += 1
        } else {
            field.unicodeScalars.append(c)
        }
        index += 1
    }
    if !field.isEmpty || !record.isEmpty {
        record.append(field)
        records.append(record)
    }
    return records
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "harmonia-report-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
