import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel

@testable import HarmoniaStore

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fixture(_ path: String) -> String {
    repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(path).path
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

struct FixtureError: Error, CustomStringConvertible { var description: String }

/// A fixture file read as `track record` reads it: bytes hashed, the same bytes parsed.
func loaded(_ path: String) throws -> (Document, DocumentProvenance) {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture(path))))
    let result = SpecReader().read(bytes: bytes, name: fixture(path))
    guard let document = result.document, result.errors.isEmpty else {
        throw FixtureError(description: "\(path): \(result.errors.map(\.description))")
    }
    return (document, DocumentProvenance(bytes: bytes, document: document))
}

/// Compares two fixtures and records the comparison.
@discardableResult
func record(
    _ domestic: String, _ international: String, in store: HistoryStore, at date: String = "2024-01-01T00:00:00Z"
) throws -> RecordOutcome {
    let (d, dp) = try loaded(domestic)
    let (i, ip) = try loaded(international)
    return try store.record(Comparator().compare(d, i), domestic: dp, international: ip, at: date)
}

/// The three families with two domestic editions in the fixtures.
let editionPairs: [(String, String)] = [
    ("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml"),
    ("weights/jjg-99-2022.xml", "weights/oiml-r111-1-2004.xml"),
    ("water-meters/jjg-162-2009.xml", "water-meters/oiml-r49-1-2006.xml"),
    ("water-meters/jjg-162-2019.xml", "water-meters/oiml-r49-1-2013.xml"),
    ("fuel-dispensers/jjg-443-2006.xml", "fuel-dispensers/oiml-r117-1-2007.xml"),
    ("fuel-dispensers/jjg-443-2015.xml", "fuel-dispensers/oiml-r117-1-2007.xml"),
]

/// The `harmonia` executable that `swift test` builds beside the test bundle.
func harmoniaExecutable() throws -> URL {
    let bundle = Bundle.main.bundleURL
    let candidates = [
        bundle.appendingPathComponent("harmonia"),
        bundle.deletingLastPathComponent().appendingPathComponent("harmonia"),
        bundle.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("harmonia"),
    ]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw FixtureError(description: "harmonia executable not found near \(bundle.path)")
}

/// Starts `harmonia` with its output thrown away (so that a full pipe can never block it).
/// - Parameter standardError: a file to receive the process's diagnostics; they are discarded without one.
func startHarmonia(_ arguments: [String], environment: [String: String] = [:], standardError: URL? = nil) throws
    -> Process
{
    let process = Process()
    process.executableURL = try harmoniaExecutable()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    if let standardError {
        _ = FileManager.default.createFile(atPath: standardError.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: standardError)
    } else {
        process.standardError = FileHandle.nullDevice
    }
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
}
