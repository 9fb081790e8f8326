// swift-tools-version: 6.1
import PackageDescription

// Harmonia's benchmarks: a package of their own, so that the main package never depends on
// package-benchmark (and its malloc interposer). Run with `swift package benchmark` from this folder.
let package = Package(
    name: "HarmoniaBenchmarks",
    platforms: [.macOS(.v15)],  // as the Harmonia package it benchmarks
    products: [
        .executable(name: "generate-spec", targets: ["generate-spec"]),
        .executable(name: "generate-catalogue", targets: ["generate-catalogue"]),
        .library(name: "SpecGenerator", targets: ["SpecGenerator"]),
    ],
    dependencies: [
        .package(name: "Harmonia", path: ".."),
        // Only the malloc interposer trait: the default traits also pull in swift-runtime-interposer,
        // which is neither needed for these metrics nor available everywhere.
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic generator of specification-format files, shared by the benchmarks and generate-spec.
        .target(name: "SpecGenerator"),
        .executableTarget(name: "generate-spec", dependencies: ["SpecGenerator"]),
        // A whole catalogue for `harmonia survey`, with what the survey must find (scripts/survey.sh).
        .executableTarget(name: "generate-catalogue", dependencies: ["SpecGenerator"]),
        // The benchmarks' inputs and a reader without the product's input limits.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "SpecGenerator",
                .product(name: "HarmoniaXML", package: "Harmonia"),
                .product(name: "HarmoniaModel", package: "Harmonia"),
                .product(name: "HarmoniaIngest", package: "Harmonia"),
            ]
        ),
        // Bare parse vs SpecReader on the same file, side by side, with the ratio.
        .executableTarget(
            name: "ingest-ratio",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "HarmoniaXML", package: "Harmonia"),
                .product(name: "HarmoniaIngest", package: "Harmonia"),
            ]
        ),
        .executableTarget(
            name: "Ingestion",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "HarmoniaXML", package: "Harmonia"),
                .product(name: "HarmoniaIngest", package: "Harmonia"),
            ],
            path: "Benchmarks/Ingestion",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Compare",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "HarmoniaIngest", package: "Harmonia"),
                .product(name: "HarmoniaAlign", package: "Harmonia"),
                .product(name: "HarmoniaReport", package: "Harmonia"),
            ],
            path: "Benchmarks/Compare",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        // Extraction of the real 1.1 MB OIML R 60-1 Metanorma file (outside the project; see the source).
        .executableTarget(
            name: "Extraction",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "HarmoniaExtract", package: "Harmonia"),
                .product(name: "HarmoniaIngest", package: "Harmonia"),
            ],
            path: "Benchmarks/Extraction",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
