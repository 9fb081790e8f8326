import Foundation

/// An open folder, for writing and removing files by name relative to it (`openat`, `unlinkat`): what
/// the handle names cannot be swapped for a symbolic link between two steps.
final class DirectoryHandle {
    let descriptor: Int32

    /// Opens `path` (relative to the current folder or absolute); `shown` names it in errors.
    convenience init(_ path: String, path shown: String) throws(WriteError) {
        try self.init(descriptor: open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), path: shown)
    }

    /// Opens the folder `name` inside `parent`, never following a link.
    convenience init(_ name: String, in parent: DirectoryHandle, path shown: String) throws(WriteError) {
        try self.init(
            descriptor: openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), path: shown)
    }

    private init(descriptor: Int32, path: String) throws(WriteError) {
        guard descriptor >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The file type (`S_IFREG`, `S_IFDIR`, …) of `name`, not following a link; nil when nothing is there.
    func kind(of name: String) -> mode_t? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The permission bits of the regular file `name`, followed through a link; nil when there is none.
    func mode(of name: String) -> mode_t? {
        var info = stat()
        guard fstatat(descriptor, name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return info.st_mode & 0o7777
    }

    /// Creates `name` (which must not exist) with `bytes`, flushed to disk, with `mode` (the old file's)
    /// or else 0644 less the umask; the system's reason on failure.
    func create(_ name: String, bytes: [UInt8], mode: mode_t?) -> String? {
        let file = openat(descriptor, name, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { return String(cString: strerror(errno)) }
        if let mode { _ = fchmod(file, mode) }
        var failure = AtomicFile.writeAll(bytes, to: file)
        if failure == nil && fsync(file) != 0 { failure = String(cString: strerror(errno)) }
        if close(file) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }
}
