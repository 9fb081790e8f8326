import Foundation

/// A file could not be written; nothing was left half-written.
public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: cannot write: \(message)" }
}

/// Writes files so that a reader sees the old file or the new one, never a mix: the bytes go to a
/// temporary file beside the target, are flushed to disk, and the temporary file is renamed over it.
///
/// What is at the target decides how:
/// - nothing, or a regular file: the atomic replace; an existing file keeps its permission bits (and,
///   when the process may, its owner). A symbolic link to a regular file is followed: the file it names
///   is replaced and the link stays. A hard link is not kept (the new file is a new inode).
/// - a character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe): written to directly,
///   never replaced; a FIFO nobody reads is refused at once rather than waited on.
/// - a directory, a socket or a block device: refused, left alone.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try write(to: path) { $0.write(bytes) }
    }

    /// Where a streamed output's bytes go, chunk by chunk; after the first failure the rest is dropped
    /// and the failure is reported when the file is finished.
    public struct Chunks {
        fileprivate let descriptor: Int32
        fileprivate var failure: String?

        /// Appends `bytes` to the file.
        public mutating func write(_ bytes: [UInt8]) {
            guard failure == nil else { return }
            failure = AtomicFile.writeAll(bytes, to: descriptor)
        }
    }

    /// The same atomic write, the bytes handed over in chunks by `produce` as they are made: an output
    /// of a hundred megabytes need never be held whole.
    public static func write(to path: String, _ produce: (inout Chunks) -> Void) throws(WriteError) {
        var target = path
        var keptMode: stat?
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                keptMode = info
                if let resolved = resolvedLink(path) {
                    // `/dev/stdout` redirected to a file resolves into /proc: the file is the shell's, write into it.
                    if resolved.hasPrefix("/proc/") || resolved.hasPrefix("/dev/") {
                        return try writeDirectly(produce, to: path, truncate: true)
                    }
                    target = resolved
                }
            case S_IFDIR:
                throw WriteError(path: path, message: "it is a directory")
            case S_IFCHR, S_IFIFO:
                return try writeDirectly(produce, to: path, truncate: false)
            default:
                throw WriteError(
                    path: path, message: "it is not a regular file (a socket or a block device); it was left alone")
            }
        }
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, message: "the folder \(directory) does not exist")
        }
        let temporary = directory + "/" + temporaryName(for: url.lastPathComponent)
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: path, message: String(cString: strerror(errno)))
        }
        if let keptMode {
            // Ownership first: changing the owner may clear set-id bits, which the mode then restores.
            _ = fchown(descriptor, keptMode.st_uid, keptMode.st_gid)
            _ = fchmod(descriptor, keptMode.st_mode & 0o7777)
        }
        var chunks = Chunks(descriptor: descriptor)
        produce(&chunks)
        var failure = chunks.failure
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, message: failure)
        }
    }

    /// `.NAME.tmp-PID-N`, with NAME cut (at a character boundary) so the whole name fits in `NAME_MAX`
    /// (255 bytes): a 245-byte output name must still be writable.
    public static func temporaryName(
        for name: String, suffix: String = ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    ) -> String {
        let room = 255 - 1 - suffix.utf8.count
        var kept = ""
        var used = 0
        for scalar in name.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > room { break }
            kept.unicodeScalars.append(scalar)
            used += size
        }
        return "." + kept + suffix
    }

    /// The path a symbolic link finally names, or nil when `path` is not a link (or cannot be resolved).
    private static func resolvedLink(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return nil
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes into what is already there — a device, a FIFO, the shell's file behind `/dev/stdout` —
    /// without replacing it. A FIFO is opened without waiting: with no reader it is refused (ENXIO).
    private static func writeDirectly(_ produce: (inout Chunks) -> Void, to path: String, truncate: Bool)
        throws(WriteError)
    {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | (truncate ? O_TRUNC : 0))
        guard descriptor >= 0 else {
            let reason = errno == ENXIO ? "it is a FIFO that nobody is reading" : String(cString: strerror(errno))
            throw WriteError(path: path, message: reason)
        }
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        var chunks = Chunks(descriptor: descriptor)
        produce(&chunks)
        var failure = chunks.failure
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw WriteError(path: path, message: failure) }
    }

    /// Writes every byte (retrying short writes and EINTR); the system's reason on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
