import Foundation
import HarmoniaIngest
import HarmoniaModel

/// Reading an input file whole, refused from its size before a byte is read.
///
/// The one place extraction checks a file's size itself: when the shared "refuse from size before
/// reading" function lands on main, this is the call site to switch to it.
enum InputFile {
    struct Failure: Error {
        var diagnostic: Diagnostic
        var unreadable: Bool
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        func fail(_ message: String, unreadable: Bool) -> Result<[UInt8], Failure> {
            .failure(
                Failure(diagnostic: Diagnostic(.error, message, at: SourceLocation(file: path)), unreadable: unreadable)
            )
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return fail("cannot read the file (no such file)", unreadable: true)
        }
        guard !isDirectory.boolValue else { return fail("cannot read the file (it is a directory)", unreadable: true) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
            return fail("cannot read the file (not a regular file)", unreadable: true)
        }
        if let size = attributes?[.size] as? Int, size > limit {
            return fail("file is larger than the limit of \(limit) bytes", unreadable: false)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return fail("cannot read the file (permission denied)", unreadable: true)
        }
        defer { try? handle.close() }
        // One byte past the limit tells a file that grew since it was measured.
        guard let data = try? handle.read(upToCount: limit + 1) else { return .success([]) }
        guard data.count <= limit else {
            return fail("file is larger than the limit of \(limit) bytes", unreadable: false)
        }
        return .success(Array(data))
    }

    /// The first bytes of a file, enough to recognise its format; `nil` when it cannot be opened.
    static func prefix(_ path: String, count: Int) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)).map { Array($0) }
    }
}
