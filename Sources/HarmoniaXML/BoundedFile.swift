/// The one way Harmonia reads a whole input file into memory: every command and library path that reads
/// a file's bytes (a specification for `track record` and `track import`, a folder's files before their
/// namespace is looked at, and any later extractor or survey) calls ``read(_:limit:)``.
///
/// The file is opened once, checked to be a regular file (not a directory, FIFO or device) and refused
/// from its size — `fstat` on the open descriptor — before a byte is read; a file that grows past the
/// limit while it is read is refused too. So a 3 GB file costs nothing, and it is reported, never
/// skipped without a word.
public enum BoundedFile {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Throws: an ``XMLError`` naming the file: a read failure (``XMLError/isReadFailure``, exit 66)
    ///   when it is missing, unreadable or not a regular file; "file is larger than the limit of N
    ///   bytes" (exit 65) past `limit`.
    public static func read(_ path: String, limit: Int) throws(XMLError) -> [UInt8] {
        let input = try FileInput(path: path, limit: limit)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(input.size, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let result = chunk.withUnsafeMutableBytes { input.read(into: $0.baseAddress!, count: $0.count) }
            switch result {
            case .failure(let error): throw error
            case .success(0): return bytes
            case .success(let count): bytes.append(contentsOf: chunk[..<count])
            }
        }
    }
}
