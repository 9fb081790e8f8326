import Foundation
import Testing

/// The repository's root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) -> String {
    repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(path).path
}

/// What a run of the `harmonia` executable did.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
}

/// Runs the built `harmonia` executable, which `swift test` builds beside the test bundle.
func harmonia(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes while the process runs, so a large output cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
        outData = drain(out.fileHandleForReading)
        group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
        errData = drain(err.fileHandleForReading)
        group.leave()
    }
    process.waitUntilExit()
    group.wait()
    return RunResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
}

/// Everything until end of file. Foundation's `readDataToEndOfFile()` traps (`try!`) when a signal
/// interrupts its read (EINTR), which tests that start and kill processes make likely: read by hand and
/// retry instead.
func drain(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let fd = handle.fileDescriptor
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            return data
        }
    }
}

struct MissingExecutable: Error, CustomStringConvertible {
    var description: String
}

func executable() throws -> URL {
    let bundle = Bundle.main.bundleURL
    let candidates = [
        bundle.appendingPathComponent("harmonia"),
        bundle.deletingLastPathComponent().appendingPathComponent("harmonia"),
        bundle.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("harmonia"),
    ]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw MissingExecutable(description: "harmonia executable not found near \(bundle.path)")
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
