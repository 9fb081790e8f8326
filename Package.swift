// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Harmonia",
    // macOS 15: the command line and HarmoniaXML lock with `Synchronization.Mutex`.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "harmonia", targets: ["harmonia"]),
        // The front door for library users: one import, one `Assessor` (see README "Use as a library").
        // Not "Harmonia": macOS file systems ignore case, and `harmonia` is the command's module and folder.
        .library(name: "HarmoniaKit", targets: ["HarmoniaKit"]),
        .library(name: "HarmoniaXML", targets: ["HarmoniaXML"]),
        .library(name: "HarmoniaModel", targets: ["HarmoniaModel"]),
        .library(name: "HarmoniaIngest", targets: ["HarmoniaIngest"]),
        .library(name: "HarmoniaAlign", targets: ["HarmoniaAlign"]),
        .library(name: "HarmoniaReport", targets: ["HarmoniaReport"]),
        .library(name: "HarmoniaStore", targets: ["HarmoniaStore"]),
        .library(name: "HarmoniaText", targets: ["HarmoniaText"]),
        .library(name: "HarmoniaSurvey", targets: ["HarmoniaSurvey"]),
        .library(name: "HarmoniaExtract", targets: ["HarmoniaExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2, found through pkg-config; Debian/Ubuntu ship it as libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "HarmoniaXML", dependencies: ["CLibXML2"]),
        .target(
            name: "HarmoniaModel",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            resources: [
                .copy("Resources/concepts.json"), .copy("Resources/designation-order.json"),
                .copy("Resources/qualifiers.json"), .copy("Resources/designations.json"),
            ]
        ),
        .target(
            name: "HarmoniaIngest",
            dependencies: ["HarmoniaXML", "HarmoniaModel"],
            resources: [.copy("Resources/harmonia-spec-1.xsd")]
        ),
        // Real documents in (Metanorma, NISO/ISO STS, DOCX) → a specification file, and the one loader the
        // commands use. Its own module: it needs ZIPFoundation for DOCX, which HarmoniaIngest's users need not carry.
        .target(
            name: "HarmoniaExtract",
            dependencies: [
                "HarmoniaXML", "HarmoniaModel", "HarmoniaIngest",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/extract-vocabulary.json")]
        ),
        // The one JSON builder and the escaping for the text formats written by the report writers and the store.
        .target(name: "HarmoniaText"),
        .target(name: "HarmoniaAlign", dependencies: ["HarmoniaModel", .product(name: "BigInt", package: "BigInt")]),
        .target(
            name: "HarmoniaReport",
            dependencies: [
                "HarmoniaAlign", "HarmoniaModel", "HarmoniaSurvey", "HarmoniaText",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Rainbow", package: "Rainbow"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [
                .copy("Resources/strings.json"), .copy("Resources/qualifiers.json"), .copy("Resources/comments.json"),
                .copy("Resources/chart-strings.json"), .copy("Resources/referring-justifications.json"),
            ]
        ),
        .target(
            name: "HarmoniaStore",
            dependencies: [
                "HarmoniaAlign", "HarmoniaModel", "HarmoniaText", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Catalogues: which files under folders are documents and which pairs to compare (track import and
        // survey), and a whole catalogue at once: families, gaps, regional equivalence.
        .target(
            name: "HarmoniaSurvey",
            dependencies: ["HarmoniaAlign", "HarmoniaModel", "HarmoniaIngest", "HarmoniaExtract"]),
        // The umbrella module: re-exports model, reader, comparison and writers behind `Assessor`.
        .target(
            name: "HarmoniaKit",
            dependencies: ["HarmoniaModel", "HarmoniaIngest", "HarmoniaExtract", "HarmoniaAlign", "HarmoniaReport"]),
        .executableTarget(
            name: "harmonia",
            dependencies: [
                "HarmoniaXML", "HarmoniaModel", "HarmoniaIngest", "HarmoniaAlign", "HarmoniaReport", "HarmoniaStore",
                "HarmoniaExtract", "HarmoniaSurvey", "HarmoniaText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HarmoniaXMLTests", dependencies: ["HarmoniaXML"]),
        .testTarget(name: "HarmoniaTextTests", dependencies: ["HarmoniaText"]),
        .testTarget(
            name: "HarmoniaModelTests",
            dependencies: ["HarmoniaModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "HarmoniaExtractTests",
            dependencies: [
                "HarmoniaExtract", "HarmoniaIngest", "HarmoniaModel",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "HarmoniaIngestTests", dependencies: ["HarmoniaIngest", "HarmoniaModel", "HarmoniaXML"]),
        .testTarget(
            name: "HarmoniaAlignTests",
            dependencies: [
                "HarmoniaAlign", "HarmoniaIngest", "HarmoniaModel", "HarmoniaReport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HarmoniaReportTests",
            dependencies: [
                "HarmoniaReport", "HarmoniaAlign", "HarmoniaIngest", "HarmoniaXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HarmoniaStoreTests",
            dependencies: [
                "HarmoniaStore", "HarmoniaAlign", "HarmoniaIngest", "HarmoniaModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HarmoniaSurveyTests",
            dependencies: ["HarmoniaSurvey", "HarmoniaReport", "HarmoniaIngest", "HarmoniaModel"],
            exclude: ["Golden"]  // read by path, not bundled
        ),
        .testTarget(
            name: "harmoniaTests",
            dependencies: ["harmonia", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "HarmoniaKitTests", dependencies: ["HarmoniaKit"]),
    ],
    swiftLanguageModes: [.v6]
)
