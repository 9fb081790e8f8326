import Benchmark
import BenchmarkSupport
import Foundation
import HarmoniaAlign
import HarmoniaIngest
import HarmoniaReport

// Comparison at three sizes: a domestic and an international document of 1k, 10k and 100k indicators
// each (half table cells, mixed units, 5 % of domestic values edited: stricter, looser, or equal in
// another unit or spelling). Per size: Comparator.compare on documents loaded at setup, JSONWriter.write
// on a comparison made at setup, and the whole run (load both + compare + JSON), as the CLI does it.
// Documents are read without the product's input limits (SpecReader.unlimited), so that any size can be measured.
// Goals: 100k vs 100k under 3 s and 1 GB in release; 10× the indicators at most 12× the time.

/// Per-size run limits: small sizes repeat until the time is up, 100k stops after a few runs.
///
/// 100k runs without a warm-up iteration, so that the first sample's peak resident memory is that of
/// a fresh process holding only the setup state, as a CLI run would be; later samples also carry what
/// the allocator kept from the runs before.
func configuration(indicators: Int) -> Benchmark.Configuration {
    let (duration, iterations, warmup): (Duration, Int, Int) =
        switch indicators {
        case ..<5_000: (.seconds(5), 1_000, 1)
        case ..<50_000: (.seconds(10), 50, 1)
        default: (.seconds(30), 5, 0)
        }
    return .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta],
        timeUnits: .milliseconds,
        warmupIterations: warmup,
        maxDuration: duration,
        maxIterations: iterations
    )
}

let benchmarks: @Sendable () -> Void = {
    for indicators in [1_000, 10_000, 100_000] {
        let size = "\(indicators / 1_000)k"
        let configuration = configuration(indicators: indicators)

        Benchmark("compare \(size)", configuration: configuration) { benchmark, documents in
            let comparator = Comparator()
            for _ in benchmark.scaledIterations {
                blackHole(comparator.compare(documents.domestic, documents.international))
            }
        } setup: {
            try ComparisonInputs(indicators: indicators).load()
        }

        Benchmark("JSON \(size)", configuration: configuration) { benchmark, comparison in
            let writer = JSONWriter()
            for _ in benchmark.scaledIterations {
                blackHole(writer.write(comparison))
            }
        } setup: {
            let documents = try ComparisonInputs(indicators: indicators).load()
            return Comparator().compare(documents.domestic, documents.international)
        }

        Benchmark("end-to-end load+compare+JSON \(size)", configuration: configuration) { benchmark, inputs in
            for _ in benchmark.scaledIterations {
                let documents = try inputs.load()
                let comparison = Comparator().compare(documents.domestic, documents.international)
                blackHole(JSONWriter().write(comparison))
            }
        } setup: {
            try ComparisonInputs(indicators: indicators)
        }
    }
}
