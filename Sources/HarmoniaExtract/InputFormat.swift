import HarmoniaIngest

/// The kinds of file Harmonia reads, recognised by content, never by file name.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// Harmonia's own format: root `spec` in `urn:harmonia:spec:1`.
    case specification
    /// Metanorma XML (semantic or presentation): root `metanorma` (or a flavour's root) in a Metanorma namespace.
    case metanorma
    /// NISO STS or ISO STS: root `standard` or `adoption`, no namespace.
    case sts
    /// WordprocessingML: a zip holding `word/document.xml`.
    case docx

    public var displayName: String {
        switch self {
        case .specification: return "Harmonia specification"
        case .metanorma: return "Metanorma XML"
        case .sts: return "NISO/ISO STS"
        case .docx: return "DOCX"
        }
    }
}

/// Recognises a file's format from its first bytes: the zip signature, or the root element and its namespace.
enum FormatSniffer {
    /// How much of a file is looked at: the root start tag follows at most an XML declaration, a DOCTYPE
    /// and a few comments or processing instructions.
    static let prefixBytes = 64 << 10

    /// The root element's local name and namespace, as far as the first bytes tell.
    struct Root: Equatable {
        var localName: String
        var namespace: String?
    }

    /// `nil`: neither a zip nor an XML root the prefix shows (the specification reader then says why).
    static func format(of prefix: [UInt8]) -> InputFormat? {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .docx
        }
        guard let root = root(of: prefix) else { return nil }
        return format(of: root)
    }

    static func format(of root: Root) -> InputFormat? {
        switch (root.localName, root.namespace) {
        case ("spec", SpecReader.namespace?): return .specification
        case ("standard", nil), ("adoption", nil): return .sts
        case (_, let namespace?)
        where namespace.hasPrefix("https://www.metanorma.org/ns/")
            || namespace.hasPrefix("http://riboseinc.com/isoxml")
            || namespace.hasPrefix("https://open.ribose.com/standards/"):
            return .metanorma
        default: return nil
        }
    }

    /// The first start tag's name and namespace; comments, processing instructions and a DOCTYPE are skipped.
    static func root(of bytes: [UInt8]) -> Root? {
        var index = 0
        // A UTF-8 byte order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            let next = open + 1 < bytes.count ? bytes[open + 1] : 0
            if next == UInt8(ascii: "?") {
                guard let end = find([UInt8]("?>".utf8), in: bytes, from: open) else { return nil }
                index = end + 2
            } else if next == UInt8(ascii: "!") {
                if bytes[open...].starts(with: [UInt8]("<!--".utf8)) {
                    guard let end = find([UInt8]("-->".utf8), in: bytes, from: open + 4) else { return nil }
                    index = end + 3
                } else {
                    // A DOCTYPE: skip to its end, past an internal subset in brackets.
                    var depth = 0
                    var cursor = open + 2
                    while cursor < bytes.count {
                        let byte = bytes[cursor]
                        if byte == UInt8(ascii: "[") { depth += 1 }
                        if byte == UInt8(ascii: "]") { depth -= 1 }
                        if byte == UInt8(ascii: ">") && depth <= 0 { break }
                        cursor += 1
                    }
                    index = cursor + 1
                }
            } else {
                return startTag(in: bytes, at: open)
            }
        }
        return nil
    }

    private static func startTag(in bytes: [UInt8], at open: Int) -> Root? {
        guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let tag = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        let nameEnd =
            tag.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "/" } ?? tag.endIndex
        let qualified = String(tag[..<nameEnd])
        guard !qualified.isEmpty else { return nil }
        let parts = qualified.split(separator: ":", maxSplits: 1).map(String.init)
        let prefix = parts.count == 2 ? parts[0] : nil
        let localName = parts.count == 2 ? parts[1] : parts[0]
        let declaration = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        return Root(localName: localName, namespace: attribute(declaration, in: String(tag[nameEnd...])))
    }

    /// The value of `name="…"` (or `'…'`) in a start tag's attribute text.
    private static func attribute(_ name: String, in text: String) -> String? {
        var rest = Substring(text)
        while let range = rest.range(of: name) {
            let before = rest[..<range.lowerBound].last
            var after = rest[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            rest = rest[range.upperBound...]
            guard before == nil || before == " " || before == "\n" || before == "\t" || before == "\r",
                after.first == "="
            else { continue }
            after = after.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
            let value = after.dropFirst()
            guard let end = value.firstIndex(of: quote) else { return nil }
            return String(value[..<end])
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
