import Foundation
import ZIPFoundation

/// Limits a zip (a DOCX) is read under, like the XML limits: a zip bomb, an absurdly compressed member or
/// a tricky entry name is refused before Harmonia inflates more than the limits allow.
public struct ZipLimits: Sendable, Hashable {
    /// The most entries the archive may list. A real DOCX has a few dozen.
    public var maxEntries: Int
    /// The largest one member may inflate to (declared, and counted while inflating): the XML size limit.
    public var maxMemberBytes: Int
    /// The most bytes all the members read may inflate to together.
    public var maxTotalBytes: Int
    /// The highest ratio of inflated to compressed size one member may have. XML compresses 5 to 20 times;
    /// a deflate bomb reaches a thousand.
    public var maxRatio: Int

    public init(
        maxEntries: Int = 10_000, maxMemberBytes: Int = 32 << 20, maxTotalBytes: Int = 64 << 20, maxRatio: Int = 100
    ) {
        self.maxEntries = maxEntries
        self.maxMemberBytes = maxMemberBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
    }

    /// 10,000 entries; 32 MiB a member; 64 MiB in all; 100:1.
    public static let docx = ZipLimits()
}

/// Why a zip was refused; the message names the entry.
struct ZipRefusal: Error {
    var message: String
}

/// A zip held in memory, its entry names checked, members inflated under ``ZipLimits``.
final class ZipPackage {
    private let archive: Archive
    private let limits: ZipLimits
    private var entries: [String: Entry] = [:]
    private var inflated = 0

    init(bytes: [UInt8], limits: ZipLimits) throws(ZipRefusal) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        } catch {
            throw ZipRefusal(message: "not a zip archive that can be read (a DOCX is a zip)")
        }
        self.archive = archive
        self.limits = limits
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw ZipRefusal(message: "the zip lists more than \(limits.maxEntries) entries, the limit")
            }
            let path = entry.path
            if let trick = Self.pathTrick(path) {
                throw ZipRefusal(message: "zip entry \"\(Self.printable(path))\" \(trick); the file was not read")
            }
            guard entry.type != .symlink else {
                throw ZipRefusal(
                    message: "zip entry \"\(Self.printable(path))\" is a symbolic link; the file was not read")
            }
            guard entries[path] == nil else {
                throw ZipRefusal(message: "zip entry \"\(Self.printable(path))\" appears twice; the file was not read")
            }
            entries[path] = entry
        }
    }

    /// Whether the archive holds `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The inflated bytes of `path`, or `nil` when the archive has no such member.
    func member(_ path: String) throws(ZipRefusal) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        guard declared <= limits.maxMemberBytes else {
            throw ZipRefusal(
                message: "zip member \(path) inflates to \(declared) bytes, past the limit of \(limits.maxMemberBytes)")
        }
        guard declared / compressed <= limits.maxRatio else {
            throw ZipRefusal(
                message:
                    "zip member \(path) is compressed \(declared / compressed):1, past the limit of \(limits.maxRatio):1"
            )
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(declared, limits.maxMemberBytes))
        let limits = limits
        let already = inflated
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                // Declared sizes can lie: the bytes actually inflated are counted too.
                if bytes.count > limits.maxMemberBytes || bytes.count / compressed > limits.maxRatio
                    || already + bytes.count > limits.maxTotalBytes
                {
                    throw ZipRefusal(
                        message:
                            "zip member \(path) inflates past its declared size and the limits (\(limits.maxMemberBytes) bytes, \(limits.maxRatio):1, \(limits.maxTotalBytes) bytes in all)"
                    )
                }
            }
        } catch let refusal as ZipRefusal {
            throw refusal
        } catch {
            throw ZipRefusal(message: "zip member \(path) cannot be inflated (\(error))")
        }
        inflated += bytes.count
        return bytes
    }

    /// What is wrong with an entry name, or `nil`: absolute paths, `..`, back slashes, drive letters, control characters.
    static func pathTrick(_ path: String) -> String? {
        if path.isEmpty { return "has an empty name" }
        if path.hasPrefix("/") || path.hasPrefix("\\") { return "is an absolute path" }
        if path.contains("\\") { return "holds a back slash" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "holds a control character"
        }
        if path.count >= 2, path.dropFirst().first == ":", path.first?.isLetter == true { return "names a drive" }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "climbs out of the archive with .."
        }
        return nil
    }

    private static func printable(_ path: String) -> String {
        String(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) }.prefix(200))
    }
}
