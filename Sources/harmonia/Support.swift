import ArgumentParser
import Foundation
import HarmoniaAlign
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel
import HarmoniaText
import Synchronization

/// Exit statuses of the comparison contract.
enum Exit {
    static let gateFailed = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let unreadableInput = ExitCode(66)
    static let cannotWrite = ExitCode(73)
    /// The history database failed inside SQLite.
    static let databaseFailed = ExitCode(74)
    /// Standard output could not be written (the same status: an I/O failure).
    static let outputFailed = ExitCode(74)
}

/// Standard error, unbuffered, one message a line.
enum Console {
    /// One message on standard error, its control and bidi characters shown escaped (`\u{202E}`): a
    /// document's text or a file name must not drive the terminal. A standard error that cannot be
    /// written (closed) is ignored: there is nowhere left to say so.
    static func error(_ message: String) {
        let bytes = Array((TerminalText.escaped(message) + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Output in any format: on a terminal, its control and bidi characters are shown escaped; to a file
    /// or a pipe it is data and goes as it is (JSON escapes them itself; text formats escape always).
    static func out(_ text: String) {
        out(Array((stdoutIsTerminal ? TerminalText.escaped(text) : text).utf8))
    }

    /// A message or listing for a person (`valid`, `recorded #3`…), which may name files and documents:
    /// its control and bidi characters are shown escaped wherever it goes.
    static func text(_ text: String) {
        out(Array(TerminalText.escaped(text).utf8))
    }

    /// Writes the bytes to standard output as they are: a JSON comparison can be 75 MB, not worth a copy.
    /// Output that cannot be written — a full disk or `/dev/full`, a closed standard output, a pipe whose
    /// reader has gone — is never lost silently: the reason goes to standard error and the process exits
    /// with 74 at once.
    static func out(_ bytes: [UInt8]) {
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure {
            error(
                "error: cannot write to standard output: \(String(cString: strerror(failure))); the output is incomplete"
            )
            exit(Exit.outputFailed.rawValue)
        }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Options every command that reads documents takes.
struct CatalogueOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A concept catalogue of your own (JSON, see docs/concepts.md), added to the shipped one.",
            valueName: "FILE"))
    var concepts: String?

    /// The shipped catalogue, with the user's merged in; exits 66/65 when the user's cannot be read.
    func catalogue() throws -> ConceptCatalogue {
        guard let concepts else { return .shipped }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: concepts, isDirectory: &isDirectory), !isDirectory.boolValue,
            FileManager.default.isReadableFile(atPath: concepts)
        else {
            Console.error(
                "\(concepts): error: cannot read the concept catalogue (\(isDirectory.boolValue ? "it is a directory" : "no such readable file"))"
            )
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
    @Option(
        name: .customLong("rel-tol"),
        help: ArgumentHelp(
            "Relative tolerance within which two numbers count as equal, e.g. 1e-9. Default: exact.", valueName: "X"))
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
///
/// Every format goes through `DocumentLoader` (HarmoniaExtract): specification files as before;
/// Metanorma, STS and DOCX documents, recognised by content, extracted and read back.
struct Loader {
    let reader: SpecReader

    private var documents: DocumentLoader { DocumentLoader(reader: reader) }

    /// Reads a file; prints its warnings, and on failure its errors, then exits with the contract's status.
    func load(_ path: String) throws -> Document {
        try accept(documents.read(file: path))
    }

    /// Reads the two documents of a comparison at once, one per core, then reports on them in order:
    /// the first file's warnings and errors before the second's, as if read one after the other.
    func loadPair(_ first: String, _ second: String) throws -> (Document, Document) {
        let documents = documents
        let results = Parallel.map([first, second]) { documents.read(file: $0) }
        SystemMemory.giveBackFreed()
        return (try accept(results[0]), try accept(results[1]))
    }

    private func accept(_ result: IngestResult) throws -> Document {
        for warning in result.warnings { Console.error(warning.description) }
        if let document = result.document, result.errors.isEmpty { return document }
        for error in result.errors { Console.error(error.description) }
        throw result.unreadable ? Exit.unreadableInput : Exit.invalidInput
    }
}

/// Memory the process has freed, given back to the system.
enum SystemMemory {
    /// Each document is read on its own thread, and glibc's malloc keeps what a thread frees (its libxml2
    /// tree, about 140 MB for a 10 MB file) in that thread's arena, where the main thread's pairing and
    /// writing cannot reuse it: they grew the peak past the reading's. Given back after reading, the
    /// 100k pair's peak stays that of reading (measured: 443 MB without, see Benchmarks/README.md).
    static func giveBackFreed() {
        #if canImport(Glibc)
        // glibc's `malloc_trim`, looked up at run time: Swift's Glibc module does not declare it, and a C
        // library without it (musl) simply has nothing to give back this way.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}

/// With `HARMONIA_TIMINGS` set, prints how long each phase of a command took and the peak memory so far,
/// on standard error; for profiling and the benchmarks, never in a report.
final class PhaseTimings {
    private let enabled = ProcessInfo.processInfo.environment["HARMONIA_TIMINGS"].map { !$0.isEmpty } ?? false
    private var last = DispatchTime.now()

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        let peak = Self.peakResidentMegabytes().map { ", peak \($0) MB" } ?? ""
        Console.error("timing: \(phase): \(String(format: "%.3f", seconds)) s\(peak)")
        last = now
    }

    /// The process's peak resident memory so far (`VmHWM`), where the system says it (Linux).
    private static func peakResidentMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}

/// Values a command has finished with, kept from being freed one by one on the way out.
///
/// The process exits right after, and the system takes its memory back at once. Measured on the 100k
/// pair (`compare --format json`, release, 2026-12-05, strace from the last write to `exit_group`):
/// without it, freeing both documents and the comparison object by object takes 0.16–0.36 s after the
/// output is written (3–7 % of the run); with it, nothing. The peak memory is the same either way: the
/// values live until the command ends in both cases.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    static func keep(_ kept: any Sendable...) {
        values.withLock { $0 += kept }
    }
}
