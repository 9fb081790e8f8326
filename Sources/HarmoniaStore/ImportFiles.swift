import Foundation

extension ImportPlan {
    /// A folder (or file) given to `track import` that cannot be read.
    public struct FolderError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Every `.xml` file under the folders, subfolders included and hidden ones left out, each folder's files
    /// in path order; a path that is a file is taken as it is.
    public static func xmlFiles(in folders: [String]) throws(FolderError) -> [String] {
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
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
                throw FolderError(path: folder, message: "cannot read the folder")
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                guard !hidden, relative.lowercased().hasSuffix(".xml") else { continue }
                found.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
            }
            paths += found.sorted()
        }
        return paths
    }

    /// Whether the file's text names `namespace` anywhere (UTF-8, or UTF-16 with a byte order mark).
    ///
    /// Folders hold other XML too (report parts, D-SI samples, office files): a file that never names the
    /// specification namespace is not a specification and is passed over, while one that does and fails to
    /// read is an error. An unreadable file answers `true`, so that reading it reports the problem.
    public static func mentions(_ namespace: String, file path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return true }
        let bytes = Array(data)
        func utf16(bigEndian: Bool) -> String {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 2, to: bytes.count - 1, by: 2) {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
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
