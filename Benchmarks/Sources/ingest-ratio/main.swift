import BenchmarkSupport
import Foundation
import HarmoniaIngest
import HarmoniaXML

// ingest-ratio: times SpecReader against libxml2's bare parse on the same generated file and prints
// the ratio the goal is stated in (ingest within 2× of bare parse). package-benchmark runs each
// benchmark in its own process and reports them separately; this puts the two side by side.
//
//   swift run -c release ingest-ratio [--megabytes 50] [--runs 5] [--file PATH]

var megabytes = 50.0
var runs = 5
var file: String?
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("usage: ingest-ratio [--megabytes M] [--runs N] [--file PATH]\n".utf8))
        exit(2)
    }
    switch flag {
    case "--megabytes": megabytes = Double(value) ?? megabytes
    case "--runs": runs = max(1, Int(value) ?? runs)
    case "--file": file = value
    default:
        FileHandle.standardError.write(Data("ingest-ratio: unknown option \(flag)\n".utf8))
        exit(2)
    }
}

/// Peak resident memory since the last reset, in bytes (Linux; `nil` elsewhere).
func peakResident() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(line.split(whereSeparator: \.isWhitespace)[1])
    else { return nil }
    return kilobytes * 1024
}

/// Resets the peak to the current resident size (Linux ≥ 4.0: writing 5 to clear_refs).
func resetPeakResident() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

struct Timing {
    var name: String
    var median: Duration
    var peak: Int?
}

func time(_ name: String, runs: Int, _ body: () throws -> Void) rethrows -> Timing {
    try body()  // warm-up: page cache, lazily loaded schema and catalogue
    resetPeakResident()
    var samples: [Duration] = []
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        samples.append(clock.now - start)
    }
    samples.sort()
    return Timing(name: name, median: samples[samples.count / 2], peak: peakResident())
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

do {
    let path = try file ?? IngestionInput.path(megabytes: megabytes)
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print("file: \(path) (\(size) bytes), median of \(runs) runs after one warm-up")

    func ingest(_ validates: Bool) throws {
        let result = SpecReader.unlimited(validatesSchema: validates).read(file: path)
        guard result.document != nil else { throw IngestionFailed(diagnostics: result.errors) }
    }
    let bare = try time("libxml2 bare parse", runs: runs) { _ = try XMLDocument.parse(file: path) }
    let validating = try time("SpecReader ingest (schema)", runs: runs) { try ingest(true) }
    let plain = try time("SpecReader ingest (no schema)", runs: runs) { try ingest(false) }
    for timing in [bare, validating, plain] {
        let peak = timing.peak.map { String(format: "%.0f MB", Double($0) / 1e6) } ?? "n/a"
        let ratio = seconds(timing.median) / seconds(bare.median)
        let name = timing.name.padding(toLength: 32, withPad: " ", startingAt: 0)
        print(name + String(format: " %8.3f s   ×%.2f of bare parse   peak RSS ", seconds(timing.median), ratio) + peak)
    }
    let worst = seconds(validating.median) / seconds(bare.median)
    print(String(format: "ingest/bare = %.2f (goal ≤ 2.00): ", worst) + (worst <= 2 ? "met" : "NOT met"))
} catch {
    FileHandle.standardError.write(Data("ingest-ratio: \(error)\n".utf8))
    exit(1)
}
