import Foundation
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel
import HarmoniaStore
import HarmoniaXML

/// A specification file read once: its bytes give the content hash, and the same bytes are parsed.
struct LoadedFile {
    var path: String
    var document: Document
    var provenance: DocumentProvenance
    var warnings: [String]

    /// Reads and parses `path`; on failure returns the error messages and whether the file was unreadable.
    static func read(_ path: String, reader: SpecReader) -> Result<LoadedFile, LoadFailure> {
        readBytes(path, reader: reader).flatMap { parse($0, path: path, reader: reader) }
    }

    /// The file's bytes, refused from its size before a byte is read (``BoundedFile``).
    private static func readBytes(_ path: String, reader: SpecReader) -> Result<[UInt8], LoadFailure> {
        do {
            return .success(try BoundedFile.read(path, limit: reader.limits.maxFileBytes))
        } catch {
            return .failure(LoadFailure(unreadable: error.isReadFailure, messages: [error.description]))
        }
    }

    /// Parses bytes already read from `path`.
    private static func parse(_ bytes: [UInt8], path: String, reader: SpecReader) -> Result<LoadedFile, LoadFailure> {
        // Any format: a Metanorma, STS or DOCX document is extracted from the same bytes that are hashed.
        let result = DocumentLoader(reader: reader).read(bytes: bytes, name: path)
        guard let document = result.document, result.errors.isEmpty else {
            return .failure(LoadFailure(unreadable: result.unreadable, messages: result.errors.map(\.description)))
        }
        return .success(
            LoadedFile(
                path: path, document: document, provenance: DocumentProvenance(bytes: bytes, document: document),
                warnings: result.warnings.map(\.description)))
    }

    /// Reads a file for a command that needs it: prints warnings, and on failure the errors, then exits 65/66.
    static func load(_ path: String, reader: SpecReader) throws -> LoadedFile {
        switch read(path, reader: reader) {
        case .success(let file):
            for warning in file.warnings { Console.error(warning) }
            return file
        case .failure(let failure):
            for message in failure.messages { Console.error(message) }
            throw failure.unreadable ? Exit.unreadableInput : Exit.invalidInput
        }
    }
}

struct LoadFailure: Error {
    var unreadable: Bool
    var messages: [String]
}
