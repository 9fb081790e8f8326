internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What follows the document element: only white space, comments and processing instructions, as XML
/// allows — no text, no NUL bytes, no second document — so that nothing the parser passed over can hide
/// in a file or change its content hash.
///
/// libxml2 stops at a NUL byte as if the input ended there, so a valid document followed by NUL bytes
/// and junk parsed cleanly. The check looks at the raw bytes instead: no NUL byte anywhere (XML cannot
/// hold one; UTF-16 input, where they are normal, is left to libxml2), and the last non-white-space bytes
/// of the input must be the root element's end tag (`</spec>`, `</h:spec >`), the `/>` of an empty
/// root, or the end of a comment or processing instruction libxml2 parsed. It keeps only the last few
/// hundred bytes of the input, so it costs nothing on large files.
struct TrailingContent {
    /// The bytes up to and including the last non-white-space byte seen (at most ``keep`` of them).
    private(set) var tail: [UInt8] = []
    /// The last bytes seen, white space included.
    private var recent: [UInt8] = []
    /// The first two bytes, to leave UTF-16 input alone (its end tag is not ASCII bytes).
    private var head: [UInt8] = []
    /// Whether a NUL byte was seen.
    private var sawNUL = false
    private static let keep = 320

    /// Feeds the next bytes of the input.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if head.count < 2 { head += bytes.prefix(2 - head.count) }
        if !sawNUL, let base = bytes.baseAddress { sawNUL = memchr(base, 0, bytes.count) != nil }
        if let last = bytes.lastIndex(where: { !Self.isSpace($0) }) {
            let from = max(bytes.startIndex, last + 1 - Self.keep)
            tail = Array((recent + bytes[from...last]).suffix(Self.keep))
        }
        let from = max(bytes.startIndex, bytes.endIndex - Self.keep)
        recent = Array((recent + bytes[from...]).suffix(Self.keep))
    }

    /// nil when only white space, comments and processing instructions follow the root element named
    /// `name` (`prefix:local` as written), else the error message. UTF-16 input is not checked here.
    func problem(rootName name: String, isEmpty: Bool) -> String? {
        if head == [0xFF, 0xFE] || head == [0xFE, 0xFF] || head.first == 0 || (head.count == 2 && head[1] == 0) {
            return nil
        }
        if sawNUL { return "a NUL byte in the file, which XML cannot hold (content after it would be passed over)" }
        let message =
            "content after the end of the document element (only white space, comments and processing instructions may follow it)"
        var end = tail.endIndex
        guard end > 0, tail[end - 1] == UInt8(ascii: ">") else { return message }
        // A comment or processing instruction after the root: libxml2 parsed it (no NUL stopped it).
        if tail.count >= 3, Array(tail.suffix(3)) == Array("-->".utf8) || Array(tail.suffix(2)) == Array("?>".utf8) {
            return nil
        }
        end -= 1
        if isEmpty, end > 0, tail[end - 1] == UInt8(ascii: "/") { return nil }
        while end > 0, Self.isSpace(tail[end - 1]) { end -= 1 }
        let closing = Array("</".utf8) + Array(name.utf8)
        guard end >= closing.count, Array(tail[(end - closing.count)..<end]) == closing else { return message }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The root element's name as written in the file, with its prefix.
    static func rootName(_ document: xmlDocPtr) -> (name: String, isEmpty: Bool)? {
        guard let root = xmlDocGetRootElement(document), let local = root.pointee.name else { return nil }
        var name = String(cString: local)
        if let ns = root.pointee.ns, let prefix = ns.pointee.prefix { name = String(cString: prefix) + ":" + name }
        return (name, root.pointee.children == nil)
    }
}
