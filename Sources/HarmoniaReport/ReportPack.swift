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
        "report.html", "report.md", "correspondence.csv", "differences.csv", "pairs.csv", "comments.csv",
        "comments.docx",
        "annexes.docx",
    ]

    /// Whether the pack holds a comment sheet: only when the reference is an international document
    /// (OIML, BIPM, ISO). A comment sheet in the ISO/IEC/OIML form goes to the secretariat of an
    /// international committee; between two regional specifications there is none to send it to, so
    /// `comments.csv` and `comments.docx` are left out of the pack (the annex tables and reports stay).
    public static func hasCommentSheet(_ comparison: Comparison) -> Bool {
        comparison.international.role == .international
    }

    /// The files of the pack for `comparison`: ``fileNames`` without the comment sheet when
    /// ``hasCommentSheet(_:)`` is false.
    public static func fileNames(for comparison: Comparison) -> [String] {
        hasCommentSheet(comparison) ? fileNames : fileNames.filter { !$0.hasPrefix("comments.") }
    }

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// Every file of the pack, rendered in memory; nothing touches the disk.
    public func files(_ comparison: Comparison) throws(WriteError) -> [ReportFile] {
        let csv = CSVWriter(options: options)
        func text(_ name: String, _ content: String) -> ReportFile {
            ReportFile(name: name, bytes: Array(content.utf8))
        }
        let sheet = Self.hasCommentSheet(comparison)
        return [
            text("report.html", HTMLWriter(options: options).write(comparison)),
            text("report.md", MarkdownWriter(options: options).write(comparison)),
            text("correspondence.csv", csv.correspondence(comparison)),
            text("differences.csv", csv.differences(comparison)),
            text("pairs.csv", csv.pairs(comparison)),
        ]
            + (sheet
                ? [
                    text("comments.csv", csv.comments(comparison)),
                    ReportFile(name: "comments.docx", bytes: try DOCXWriter(options: options).write(comparison)),
                ] : [])
            + [ReportFile(name: "annexes.docx", bytes: try DOCXWriter(options: options).annexes(comparison))]
    }

    /// Renders the pack and writes it into `directory` (created when missing); returns the paths written.
    @discardableResult
    public func write(_ comparison: Comparison, to directory: String) throws(WriteError) -> [String] {
        try Self.write(try files(comparison), to: directory)
    }

    /// Writes files into `directory` all or nothing: stage, then swap. Every file first goes, flushed,
    /// into a hidden staging folder inside `directory`; only when all are there does each old file get a
    /// hard-linked backup in the staging folder and the new one renamed over it. Any failure — a full
    /// disk, no permission, a folder or a device where a file of the pack belongs (checked before anything
    /// is swapped) — puts back every file already swapped, so the folder is left exactly as it was. All
    /// of it goes through open directory handles (`openat`, `renameat`, `unlinkat`), so a folder swapped
    /// for a symbolic link meanwhile cannot redirect a write or the clean-up.
    @discardableResult
    public static func write(_ files: [ReportFile], to directory: String) throws(WriteError) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WriteError(path: directory, message: "it exists and is not a folder")
            }
        } else {
            try createFolders(directory)
        }
        let folder = try DirectoryHandle(directory, path: directory)
        // Refuse before anything is written: a file of the pack must be a file, a link or nothing.
        for file in files {
            guard let kind = folder.kind(of: file.name) else { continue }
            guard kind == S_IFREG || kind == S_IFLNK else {
                throw WriteError(
                    path: directory + "/" + file.name,
                    message:
                        "\(kind == S_IFDIR ? "a folder" : "something that is not a regular file") is in the way; the pack was not written"
                )
            }
        }
        let stagingName = ".harmonia-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdirat(folder.descriptor, stagingName, 0o700) == 0 else {
            throw WriteError(path: directory, message: String(cString: strerror(errno)))
        }
        let staging: DirectoryHandle
        do {
            staging = try DirectoryHandle(stagingName, in: folder, path: directory + "/" + stagingName)
        } catch {
            unlinkat(folder.descriptor, stagingName, AT_REMOVEDIR)
            throw error
        }
        defer {
            for file in files {
                unlinkat(staging.descriptor, file.name, 0)
                unlinkat(staging.descriptor, file.name + ".old", 0)
            }
            unlinkat(folder.descriptor, stagingName, AT_REMOVEDIR)
        }
        for file in files {
            if let failure = staging.create(file.name, bytes: file.bytes, mode: folder.mode(of: file.name)) {
                throw WriteError(path: directory + "/" + file.name, message: failure)
            }
        }
        var swapped: [(name: String, backedUp: Bool)] = []
        for file in files {
            let backedUp = folder.kind(of: file.name) != nil
            // A hard link keeps the old file in place until the new one replaces it; where the file system
            // has no hard links, the old file is moved aside instead (a moment without it, never a mix).
            if backedUp, linkat(folder.descriptor, file.name, staging.descriptor, file.name + ".old", 0) != 0,
                renameat(folder.descriptor, file.name, staging.descriptor, file.name + ".old") != 0
            {
                let reason = String(cString: strerror(errno))
                restore(swapped, folder: folder, staging: staging)
                throw WriteError(
                    path: directory + "/" + file.name, message: "cannot keep the old file while swapping: \(reason)")
            }
            guard renameat(staging.descriptor, file.name, folder.descriptor, file.name) == 0 else {
                let reason = String(cString: strerror(errno))
                restore(swapped, folder: folder, staging: staging)
                throw WriteError(path: directory + "/" + file.name, message: reason)
            }
            swapped.append((file.name, backedUp))
        }
        return files.map { directory + "/" + $0.name }
    }

    /// Undoes the swaps made so far: old files back in place, new files that had no old one removed.
    private static func restore(
        _ swapped: [(name: String, backedUp: Bool)], folder: DirectoryHandle, staging: DirectoryHandle
    ) {
        for (name, backedUp) in swapped.reversed() {
            if backedUp {
                renameat(staging.descriptor, name + ".old", folder.descriptor, name)
            } else {
                unlinkat(folder.descriptor, name, 0)
            }
        }
    }

    /// `mkdir -p`, with the system's reason when a level cannot be made.
    private static func createFolders(_ directory: String) throws(WriteError) {
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) == 0 { continue }
            let code = errno
            var isDirectory: ObjCBool = false
            if code == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                continue
            }
            let reason = code == EEXIST ? "it exists and is not a folder" : String(cString: strerror(code))
            throw WriteError(path: directory, message: "cannot create the folder \(path): \(reason)")
        }
    }
}
