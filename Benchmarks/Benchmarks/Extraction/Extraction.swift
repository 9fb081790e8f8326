import Benchmark
import Foundation
import HarmoniaExtract
import HarmoniaIngest

// Extraction of a real document: OIML R 60-1:2021 in Metanorma semantic XML (1.1 MB, mostly SVG
// figures; 6 tables, 119 clauses). The file is reference data outside the project: it is looked for at
// $HARMONIA_R60_1, else at ../shared/samples/metanorma/oiml-r60-1-2021.xml beside the checkout.
// Measured: the extraction alone (parse, read, draft), and what `compare` does with such a file
// (extraction, writing the specification, reading it back with SpecReader).

struct SampleMissing: Error, CustomStringConvertible {
    var description: String
}

func r60Path() throws -> String {
    if let path = ProcessInfo.processInfo.environment["HARMONIA_R60_1"] { return path }
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = checkout.deletingLastPathComponent().appendingPathComponent(
        "shared/samples/metanorma/oiml-r60-1-2021.xml"
    ).path
    guard FileManager.default.fileExists(atPath: path) else {
        throw SampleMissing(description: "oiml-r60-1-2021.xml not found at \(path); set HARMONIA_R60_1")
    }
    return path
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 20
    )

    Benchmark("extract R 60-1 (1.1 MB Metanorma)") { benchmark, path in
        let extractor = Extractor()
        for _ in benchmark.scaledIterations {
            let extraction = extractor.extract(file: path)
            guard extraction.errors.isEmpty, let draft = extraction.draft else {
                throw SampleMissing(description: "\(extraction.errors)")
            }
            blackHole(draft)
        }
    } setup: {
        try r60Path()
    }

    Benchmark("load R 60-1 as compare does (extract, write, read back)") { benchmark, path in
        let loader = DocumentLoader()
        for _ in benchmark.scaledIterations {
            let result = loader.read(file: path)
            guard let document = result.document else { throw SampleMissing(description: "\(result.errors)") }
            blackHole(document)
        }
    } setup: {
        try r60Path()
    }
}
