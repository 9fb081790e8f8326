import ArgumentParser
import Foundation
import HarmoniaIngest
import HarmoniaModel

/// Exit statuses of the comparison contract.
enum Exit {
    static let gateFailed = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let unreadableInput = ExitCode(66)
    static let cannotWrite = ExitCode(73)
}

/// Standard error, unbuffered, one message a line.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Options every command that reads documents takes.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A concept catalogue of your own (JSON, see docs/concepts.md), added to the shipped one.",
        valueName: "FILE"))
    var concepts: String?

    /// The shipped catalogue, with the user's merged in; exits 66/65 when the user's cannot be read.
    func catalogue() throws -> ConceptCatalogue {
        guard let concepts else { return .shipped }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: concepts, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: concepts) else {
            Console.error("\(concepts): error: cannot read the concept catalogue (\(isDirectory.boolValue ? "it is a directory" : "no such readable file"))")
            throw Exit.unreadableInput
        }
        do {
            return ConceptCatalogue.shipped.merging(try ConceptCatalogue(contentsOf: concepts))
        } catch {
            Console.error(error.description)
            throw Exit.invalidInput
        }
    }
}

/// `--rel-tol`, for every command that compares.
struct ToleranceOption: ParsableArguments {
    @Option(name: .customLong("rel-tol"), help: ArgumentHelp("Relative tolerance within which two numbers count as equal, e.g. 1e-9. Default: exact.", valueName: "X"))
    var relativeTolerance: String?

    func validate() throws {
        if let relativeTolerance {
            guard let value = Rational(decimal: relativeTolerance), !value.isNegative else {
                throw ValidationError("--rel-tol takes a non-negative number such as 1e-9, not '\(relativeTolerance)'")
            }
        }
    }

    /// The tolerance as an exact number; `nil` is exact comparison.
    var tolerance: Rational? { relativeTolerance.flatMap { Rational(decimal: $0) } }
}

/// Loads documents for a command, printing diagnostics the way compilers do.
struct Loader {
    let reader: SpecReader

    /// Reads a file; prints its warnings, and on failure its errors, then exits with the contract's status.
    func load(_ path: String, quiet: Bool = false) throws -> Document {
        let result = reader.read(file: path)
        if !quiet {
            for warning in result.warnings { Console.error(warning.description) }
        }
        if let document = result.document, result.errors.isEmpty { return document }
        for error in result.errors { Console.error(error.description) }
        throw result.unreadable ? Exit.unreadableInput : Exit.invalidInput
    }
}
