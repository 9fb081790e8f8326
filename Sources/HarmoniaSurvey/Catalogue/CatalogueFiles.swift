import Foundation
import HarmoniaAlign
import HarmoniaExtract
import HarmoniaIngest
import HarmoniaModel

/// Which files under the folders a catalogue command reads: one walk and one rule, for `track import` and
/// `survey` alike (the plan of what to compare is ``ImportPlan``).
///
/// Every file under the paths is looked at, subfolders included and hidden ones left out. A file is read
/// when its content is in a format Harmonia reads (a specification, Metanorma, STS, DOCX), or when it is
/// an `.xml` file that names the specification namespace but is broken, so that it is reported rather than
/// passed over. Anything else — report parts (Harmonia's own DOCX outputs included), D-SI samples, notes —
/// is passed over and counted.
public struct CatalogueFiles: Sendable {
    /// A path given that cannot be found or listed, or a subfolder that cannot be listed.
    public struct PathError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// The files to read: each path's in path order, paths in the order given.
    public var documents: [String]
    /// How many files were passed over as not in a format Harmonia reads.
    public var passedOver: Int
    /// Paths and subfolders that could not be read; their files are not among ``documents``.
    public var errors: [PathError]

    /// Walks the paths (a path that is a file is taken as it is) and picks the files to read.
    public init(paths: [String]) {
        var files: [String] = []
        var errors: [PathError] = []
        for path in paths { files += Self.walk(path, errors: &errors) }
        let candidates = Parallel.map(files, Self.isCandidate)
        documents = zip(files, candidates).filter(\.1).map(\.0)
        passedOver = files.count - documents.count
        self.errors = errors
    }

    /// Every file under `path`, in path order. A subfolder that cannot be listed (no permission) is not
    /// skipped silently: it goes into `errors`, and the walk goes on.
    static func walk(_ path: String, errors: inout [PathError]) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            errors.append(PathError(path: path, message: "no such file or folder"))
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let top = try? FileManager.default.contentsOfDirectory(atPath: base) else {
            errors.append(PathError(path: path, message: "cannot read the folder"))
            return []
        }
        var found: [String] = []
        var pending: [(path: String, entries: [String])] = [(base, top)]
        while let (directory, entries) = pending.popLast() {
            for name in entries where !name.hasPrefix(".") {
                let entry = directory + "/" + name
                var entryIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: entry, isDirectory: &entryIsDirectory) else { continue }
                guard entryIsDirectory.boolValue else {
                    found.append(entry)
                    continue
                }
                do {
                    pending.append((entry, try FileManager.default.contentsOfDirectory(atPath: entry)))
                } catch {
                    errors.append(
                        PathError(
                            path: entry,
                            message:
                                "cannot read the folder (permission denied, or it vanished); its files were not read"
                        ))
                }
            }
        }
        return found.sorted()
    }

    /// A file in a format Harmonia reads, recognised by its content, or an `.xml` file that names the
    /// specification namespace (a broken specification, to be reported).
    @Sendable public static func isCandidate(_ path: String) -> Bool {
        // A DOCX that Harmonia wrote (a report pack's comment sheet or annex tables) is a report part.
        if let format = DocumentLoader.format(of: path) {
            return format != .docx || !DocumentLoader.isHarmoniaOutput(path)
        }
        return path.lowercased().hasSuffix(".xml") && mentions(SpecReader.namespace, file: path)
    }

    /// Whether the file at `path` names `namespace` (see ``mentions(_:in:)``). A file larger than `limit`, or
    /// one that cannot be read, answers `true` without being read, so that reading it — which refuses it from
    /// its size (`BoundedFile`) — reports the problem instead of passing the file over in silence.
    public static func mentions(_ namespace: String, file path: String, limit: Int = 32 << 20) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size <= limit,
            let data = FileManager.default.contents(atPath: path), data.count <= limit
        else { return true }
        return mentions(namespace, in: Array(data))
    }

    /// Whether a file's bytes name `namespace` anywhere (UTF-8, or UTF-16 with a byte order mark).
    ///
    /// Folders hold other XML too (report parts, D-SI samples, office files): a file that never names the
    /// specification namespace is not a specification and is passed over, while one that does and fails to
    /// read is an error.
    public static func mentions(_ namespace: String, in bytes: [UInt8]) -> Bool {
        func utf16(bigEndian: Bool) -> String {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 2, to: bytes.count - 1, by: 2) {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
            }
            return String(decoding: units, as: UTF16.self)
        }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bigEndian: true)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        return text.contains(namespace)
    }
}
