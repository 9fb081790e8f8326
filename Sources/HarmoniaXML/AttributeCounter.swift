#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts the attributes of each start tag in raw XML bytes, fed in pieces, before libxml2 parses them.
///
/// libxml2 2.9 spends time quadratic in the number of attributes of one element (its duplicate-attribute
/// check and its attribute list), so a file within the size limit holding a million attributes on one
/// element would keep it busy for hours. Counting first, in one linear pass, refuses such a file at
/// once. The count is of `=` signs in a start tag outside quoted values; comments, CDATA sections,
/// processing instructions, declarations and end tags are skipped. A well-formed file is counted
/// exactly; a malformed one may be miscounted, and libxml2 then refuses it anyway.
struct AttributeCounter {
    // Where the scan stands. Without payloads (the quote and the run of `-`, `]` or `?` are fields of
    // their own), so that the loop over every byte of a file stays tight.
    private enum State {
        case text, open, startTag, quoted, bang, commentOpening, comment, cdataOpening, cdata, instruction, toClose
    }

    let limit: Int
    private var state = State.text
    /// The quote that ends the current attribute value.
    private var quote: UInt8 = 0
    /// Dashes, brackets or question marks just seen, towards the end of a comment, CDATA section or
    /// processing instruction.
    private var run = 0
    private var count = 0
    /// Where the current start tag begins, and how many bytes came before this piece.
    private var tagOffset = 0
    private var offset = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Scans the next bytes of the input; returns the offset (from the start of the input) of the
    /// first start tag past the limit, if any. Lines are not counted here, to keep the pass over the
    /// whole file fast: ``line(at:in:)`` finds the line of a refused tag.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Int? {
        defer { offset += bytes.count }
        guard let base = bytes.baseAddress else { return nil }
        let lt = UInt8(ascii: "<")
        let gt = UInt8(ascii: ">")
        var index = 0
        let end = bytes.count
        while index < end {
            switch state {
            case .text:
                // Most of a file is text and attribute values: found by memchr, not byte by byte.
                guard let found = memchr(base + index, Int32(lt), end - index) else { return nil }
                index = base.distance(to: UnsafeRawPointer(found)) + 1
                state = .open
                tagOffset = offset + index - 1
                continue
            case .quoted:
                guard let found = memchr(base + index, Int32(quote), end - index) else { return nil }
                index = base.distance(to: UnsafeRawPointer(found)) + 1
                state = .startTag
                continue
            case .startTag:
                // Names and white space, to the next byte that matters in a start tag.
                while index < end {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "=") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                        || byte == gt
                    {
                        break
                    }
                    index += 1
                }
                guard index < end else { return nil }
            default:
                break
            }
            let byte = bytes[index]
            index += 1
            switch state {
            case .open:
                switch byte {
                case UInt8(ascii: "!"): state = .bang
                case UInt8(ascii: "?"):
                    state = .instruction
                    run = 0
                case UInt8(ascii: "/"): state = .toClose
                case gt: state = .text
                default:
                    state = .startTag
                    count = 0
                }
            case .startTag:
                switch byte {
                case UInt8(ascii: "="):
                    count += 1
                    if count > limit { return tagOffset }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    state = .quoted
                    quote = byte
                case gt: state = .text
                default: break
                }
            case .bang:
                switch byte {
                case UInt8(ascii: "-"): state = .commentOpening
                case UInt8(ascii: "["): state = .cdataOpening
                case gt: state = .text
                default: state = .toClose
                }
            case .commentOpening:
                state = byte == UInt8(ascii: "-") ? .comment : .toClose
                run = 0
            case .comment:
                if byte == UInt8(ascii: "-") {
                    run += 1
                } else {
                    if byte == gt && run >= 2 { state = .text }
                    run = 0
                }
            case .cdataOpening:
                // `CDATA[` follows; the section starts at the second `[`.
                if byte == UInt8(ascii: "[") {
                    state = .cdata
                    run = 0
                }
            case .cdata:
                if byte == UInt8(ascii: "]") {
                    run += 1
                } else {
                    if byte == gt && run >= 2 { state = .text }
                    run = 0
                }
            case .instruction:
                if byte == gt && run > 0 { state = .text }
                run = byte == UInt8(ascii: "?") ? 1 : 0
            case .toClose:  // end tags and declarations, to the next `>`.
                if byte == gt { state = .text }
            case .text, .quoted:  // scanned above, with memchr
                break
            }
        }
        return nil
    }

    /// The 1-based line of byte `offset` of `bytes`.
    static func line(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The 1-based line of byte `offset` of the file at `path`, read again (only when a tag is refused);
    /// `nil` if the file cannot be read now.
    static func line(at offset: Int, inFile path: String) -> Int? {
        guard let input = try? FileInput(path: path, limit: .max) else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var line = 1
        var seen = 0
        while seen < offset {
            let wanted = min(buffer.count, offset - seen)
            guard
                case .success(let count) = buffer.withUnsafeMutableBytes({
                    input.read(into: $0.baseAddress!, count: wanted)
                }),
                count > 0
            else { return nil }
            line += buffer[..<count].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            seen += count
        }
        return line
    }
}
