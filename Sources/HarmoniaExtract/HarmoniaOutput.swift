import Foundation
import HarmoniaXML

extension DocumentLoader {
    /// Whether the file is a DOCX that Harmonia wrote itself — a comment sheet or the annex tables of a
    /// report pack, whose core properties name Harmonia as their creator. Such a file is a report part, not
    /// a draft to read: a folder where report packs sit beside the documents they compare gives only the
    /// documents (`track import`, `survey`). Anything else, or a file that cannot be opened, answers `false`,
    /// so that reading it reports what is wrong.
    public static func isHarmoniaOutput(_ path: String, limit: Int = 32 << 20) -> Bool {
        guard format(of: path) == .docx, let bytes = try? BoundedFile.read(path, limit: limit),
            let package = try? ZipPackage(bytes: bytes, limits: .docx),
            let core = try? package.member("docProps/core.xml")
        else { return false }
        return String(decoding: core, as: UTF8.self).contains("<dc:creator>Harmonia</dc:creator>")
    }
}
