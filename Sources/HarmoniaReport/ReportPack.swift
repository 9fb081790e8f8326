import Foundation
import HarmoniaAlign

/// One file of the submission pack, rendered.
public struct ReportFile: Hashable, Sendable {
    /// The file name inside the pack's folder, e.g. `report.html`.
    public var name: String
    /// The file's bytes.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The submission pack `harmonia report` writes: the HTML and Markdown reports, the two annex tables,
/// every pair, and the comment sheet as CSV and DOCX.
public struct ReportPack: Sendable {
    public var options: ReportOptions

    /// The files of a pack, in the order they are written.
    public static let fileNames = [
        "report.html", "report.md", "correspondence.csv", "differences.csv", "pairs.csv", "comments.csv", "comments.docx",
        "annexes.docx",
    ]

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// Every file of the pack, rendered in memory; nothing touches the disk.
    public func files(_ comparison: Comparison) throws(WriteError) -> [ReportFile] {
        let csv = CSVWriter(options: options)
        func text(_ name: String, _ content: String) -> ReportFile { ReportFile(name: name, bytes: Array(content.utf8)) }
        return [
            text("report.html", HTMLWriter(options: options).write(comparison)),
            text("report.md", MarkdownWriter(options: options).write(comparison)),
            text("correspondence.csv", csv.correspondence(comparison)),
            text("differences.csv", csv.differences(comparison)),
            text("pairs.csv", csv.pairs(comparison)),
            text("comments.csv", csv.comments(comparison)),
            ReportFile(name: "comments.docx", bytes: try DOCXWriter(options: options).write(comparison)),
            ReportFile(name: "annexes.docx", bytes: try DOCXWriter(options: options).annexes(comparison)),
        ]
    }

    /// Renders the pack and writes it into `directory` (created when missing); returns the paths written.
    @discardableResult
    public func write(_ comparison: Comparison, to directory: String) throws(WriteError) -> [String] {
        try Self.write(try files(comparison), to: directory)
    }

    /// Writes files into `directory` all or nothing, as far as a file system allows: every file first
    /// goes, flushed, into a hidden folder inside `directory`, and only when all are there are they
    /// renamed into place, each rename atomic. A failure while writing (a full disk, no permission)
    /// leaves the folder as it was; the hidden folder is removed whatever happens.
    @discardableResult
    public static func write(_ files: [ReportFile], to directory: String) throws(WriteError) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WriteError(path: directory, message: "it exists and is not a folder") }
        } else {
            try createFolders(directory)
        }
        let staging = directory + "/.harmonia-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else {
            throw WriteError(path: directory, message: String(cString: strerror(errno)))
        }
        defer {
            for file in files { unlink(staging + "/" + file.name) }
            rmdir(staging)
        }
        for file in files {
            do {
                try AtomicFile.write(file.bytes, to: staging + "/" + file.name)
            } catch {
                throw WriteError(path: directory + "/" + file.name, message: error.message)
            }
        }
        var written: [String] = []
        for file in files {
            let target = directory + "/" + file.name
            guard rename(staging + "/" + file.name, target) == 0 else {
                throw WriteError(path: target, message: String(cString: strerror(errno)))
            }
            written.append(target)
        }
        return written
    }

    /// `mkdir -p`, with the system's reason when a level cannot be made.
    private static func createFolders(_ directory: String) throws(WriteError) {
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) == 0 { continue }
            let code = errno
            var isDirectory: ObjCBool = false
            if code == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            let reason = code == EEXIST ? "it exists and is not a folder" : String(cString: strerror(code))
            throw WriteError(path: directory, message: "cannot create the folder \(path): \(reason)")
        }
    }
}
