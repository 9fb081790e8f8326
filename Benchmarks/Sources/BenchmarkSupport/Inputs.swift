import HarmoniaIngest
import HarmoniaModel
import HarmoniaXML
import SpecGenerator

extension SpecReader {
    /// A reader without the product's input limits (by default 16 MiB, 200,000 elements and 20,000
    /// indicators per file, which refuse the 50 MB and 100k inputs on purpose): the benchmarks
    /// measure how the code scales past them. Otherwise the reader the CLI uses.
    public static func unlimited(validatesSchema: Bool = true) -> SpecReader {
        SpecReader(validatesSchema: validatesSchema, limits: .default, maxIndicators: .max)
    }
}

/// A document that did not ingest: a benchmark on it would be meaningless, so it fails loudly.
public struct IngestionFailed: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        "ingestion failed: " + diagnostics.prefix(5).map(\.description).joined(separator: "; ")
    }
}

/// The ~50 MB domestic document of the ingestion benchmarks (half table cells, half indicator
/// elements, 5 % of values edited into other units and spellings), generated once and reused.
public enum IngestionInput {
    public static let bytes = 50_000_000

    public static func path(megabytes: Double? = nil) throws -> String {
        let size = megabytes.map { Int($0 * 1_000_000) } ?? bytes
        return try SpecFiles.file(for: SpecGenerator(seed: 1, role: .domestic, size: .bytes(size)))
    }
}

/// The pair of generated files of the comparison benchmarks for one size, written once and reused.
public struct ComparisonInputs: Sendable {
    public var domestic: String
    public var international: String

    public init(indicators: Int) throws {
        (domestic, international) = try SpecFiles.pair(indicators: indicators, seed: 1, changeRate: 0.05)
    }

    /// Both documents, read as the CLI reads them (schema validation on), without the input limits.
    public func load() throws -> (domestic: Document, international: Document) {
        let reader = SpecReader.unlimited()
        return (try reader.load(file: domestic), try reader.load(file: international))
    }
}
