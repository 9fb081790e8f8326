import Foundation

extension ImportPlan {
    /// A folder (or file) given to `track import` that cannot be read.
    public struct FolderError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Every `.xml` file under the folders, subfolders included and hidden ones left out, each folder's files
    /// in path order; a path that is a file is taken as it is. A subfolder that cannot be listed (no
    /// permission) is not skipped silently: it goes into `unreadable`, and the walk goes on.
    /// - Throws: when a folder given cannot be found or listed at all.
    public static func xmlFiles(in folders: [String], unreadable: inout [FolderError]) throws(FolderError) -> [String] {
        var paths: [String] = []
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
                throw FolderError(path: folder, message: "no such folder")
            }
            guard isDirectory.boolValue else {
                paths.append(folder)
                continue
            }
            let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            guard let top = try? FileManager.default.contentsOfDirectory(atPath: base) else {
                throw FolderError(path: folder, message: "cannot read the folder")
            }
            var found: [String] = []
            var pending: [(path: String, entries: [String])] = [(base, top)]
            while let (directory, entries) = pending.popLast() {
                for name in entries where !name.hasPrefix(".") {
                    let path = directory + "/" + name
                    var entryIsDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &entryIsDirectory) else { continue }
                    if entryIsDirectory.boolValue {
                        do {
                            pending.append((path, try FileManager.default.contentsOfDirectory(atPath: path)))
                        } catch {
                            unreadable.append(
                                FolderError(
                                    path: path,
                                    message:
                                        "cannot read the folder (permission denied, or it vanished); its files were not imported"
                                ))
                        }
                    } else if name.lowercased().hasSuffix(".xml") {
                        found.append(path)
                    }
                }
            }
            paths += found.sorted()
        }
        return paths
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
    /// read is an error. The caller reads the bytes, refusing a file from its size first (`BoundedFile`).
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
