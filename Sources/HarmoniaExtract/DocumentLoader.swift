import HarmoniaIngest
import HarmoniaModel

/// The one way the commands load a document, whatever its format.
///
/// A specification file is read by ``SpecReader`` as it always was. A Metanorma, STS or DOCX document is
/// recognised by its content, extracted, written as a specification (``SpecWriter``) and read back by the
/// same reader: `compare` on a real document gives what `compare` on its extraction gives. The
/// extraction's warnings come first, then the reader's.
public struct DocumentLoader: Sendable {
    public var reader: SpecReader
    public var zipLimits: ZipLimits

    public init(reader: SpecReader = SpecReader(), zipLimits: ZipLimits = .docx) {
        self.reader = reader
        self.zipLimits = zipLimits
    }

    private var extractor: Extractor {
        Extractor(catalogue: reader.catalogue, limits: reader.limits, zipLimits: zipLimits)
    }

    /// Reads a file of any supported format.
    public func read(file path: String) -> IngestResult {
        guard let prefix = InputFile.prefix(path, count: FormatSniffer.prefixBytes),
            let format = FormatSniffer.format(of: prefix), format != .specification
        else {
            return reader.read(file: path)
        }
        return readBack(extractor.extract(file: path), name: path)
    }

    /// Reads bytes already in memory (`track record` hashes them first); `name` stands for the file.
    public func read(bytes: [UInt8], name: String) -> IngestResult {
        guard let format = FormatSniffer.format(of: Array(bytes.prefix(FormatSniffer.prefixBytes))),
            format != .specification
        else {
            return reader.read(bytes: bytes, name: name)
        }
        return readBack(extractor.extract(bytes: bytes, name: name), name: name)
    }

    /// The format a file is in, from its content; `nil` when it is none Harmonia reads.
    public static func format(of path: String) -> InputFormat? {
        InputFile.prefix(path, count: FormatSniffer.prefixBytes).flatMap(FormatSniffer.format(of:))
    }

    private func readBack(_ extraction: Extraction, name: String) -> IngestResult {
        guard let draft = extraction.draft, let format = extraction.format, extraction.errors.isEmpty else {
            return IngestResult(document: nil, diagnostics: extraction.diagnostics, unreadable: extraction.unreadable)
        }
        let text = SpecWriter.write(draft, sourceName: name, format: format)
        var result = reader.read(bytes: Array(text.utf8), name: "\(name) (as extracted)")
        result.diagnostics = extraction.diagnostics + result.diagnostics
        return result
    }
}
