#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file opened and checked by us, then fed to libxml2 through read callbacks.
///
/// Why not `xmlCtxtReadFile`: libxml2 would reopen the path itself (after our checks), treat it
/// as a URI, and transparently decompress gzip/xz files, which would let a small file expand far
/// past ``XMLLimits/maxFileBytes``. Reading the descriptor we checked avoids all three.
final class FileInput {
    let path: String
    private let descriptor: Int32
    private let limit: Int
    private var bytesRead = 0
    /// The file's size when it was opened (it may still grow; reads past the limit fail).
    let size: Int

    /// Opens `path` for reading, refusing what is not a readable regular file within `limit`.
    init(path: String, limit: Int) throws(XMLError) {
        // O_NONBLOCK keeps a FIFO from blocking the open; it changes nothing for regular files.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw XMLError.readFailure(path, Self.reason(errno))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw XMLError.readFailure(path, Self.reason(code))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            throw XMLError.readFailure(path, kind == S_IFDIR ? "is a directory" : "not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            close(descriptor)
            throw XMLError.tooLarge(path, limit: limit, isFile: true)
        }
        self.path = path
        self.descriptor = descriptor
        self.limit = limit
        size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `count` bytes; 0 at end of file. A file that grew past the limit since it was
    /// opened, or a failing read, is an error rather than a short document.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Result<Int, XMLError> {
        while true {
            let n = posixRead(descriptor, buffer, count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.readFailure(path, Self.reason(errno)))
            }
            bytesRead += n
            if bytesRead > limit {
                return .failure(.tooLarge(path, limit: limit, isFile: true))
            }
            return .success(n)
        }
    }

    /// Short, stable wording for the errors a caller is likely to meet.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code))
        }
    }
}

/// `read(2)`, named apart from ``FileInput/read(into:count:)``.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
