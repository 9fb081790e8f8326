import Benchmark
import BenchmarkSupport
import Foundation
import HarmoniaIngest
import HarmoniaXML

// Ingestion of one ~50 MB specification file: libxml2's bare parse against the whole SpecReader
// (parse, hostile-construct scan, optional XSD validation, model building, quantity parsing).
// Goal: SpecReader within 2× of the bare parse. `ingest-ratio` prints that ratio directly.
// SpecReader runs without the product's input limits (SpecReader.unlimited): by default it refuses
// files over 32 MiB, which is the point of those limits and not what is measured here.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta],
        timeUnits: .milliseconds,
        // No warm-up: the first sample's peak resident memory is then that of a fresh process, as a
        // CLI run would see; later samples also carry what the allocator kept from earlier runs.
        warmupIterations: 0,
        maxDuration: .seconds(40),
        maxIterations: 5
    )

    Benchmark("libxml2 bare parse 50MB") { benchmark, path in
        for _ in benchmark.scaledIterations {
            blackHole(try XMLDocument.parse(file: path))
        }
    } setup: {
        try IngestionInput.path()
    }

    for validates in [true, false] {
        let name = "SpecReader ingest 50MB" + (validates ? "" : " (no schema)")
        Benchmark(name) { benchmark, path in
            let reader = SpecReader.unlimited(validatesSchema: validates)
            for _ in benchmark.scaledIterations {
                let result = reader.read(file: path)
                guard let document = result.document else { throw IngestionFailed(diagnostics: result.errors) }
                blackHole(document)
            }
        } setup: {
            try IngestionInput.path()
        }
    }
}
