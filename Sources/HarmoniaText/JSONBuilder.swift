/// The one JSON builder every JSON file Harmonia writes goes through — comparisons, inspections,
/// surveys, histories and diffs: two-space indentation, keys in the order written, strings escaped by
/// ``JSONString``, so the same content always gives the same bytes.
///
/// It appends UTF-8 bytes to one buffer: a comparison of 100,000 pairs writes over 100 MB, and
/// string-by-string concatenation dominated the time. A long list can be written in pieces apart (on
/// other threads) and joined: ``init(pieceAt:afterElement:)``, ``append(piece:)``.
///
/// `field` and `element` are inlinable, so that the closure giving each value is inlined where it is
/// written rather than called through a context (a comparison has over three million fields); the
/// punctuation around them is written by ordinary functions, once each.
public struct JSONBuilder: Sendable {
    /// What has been written (and not yet handed on, when streaming: ``handOver()``).
    public var bytes: [UInt8] { output }
    @usableFromInline var output: [UInt8] = []
    /// Open objects and arrays.
    public private(set) var depth = 0
    /// Whether an element or field has been written in the innermost open object or list; kept apart
    /// from the outer ones (``enclosing``) because every field reads it.
    private var innermostHasItems = false
    /// The same for each enclosing open object or list, outermost first.
    private var enclosing: [Bool] = []

    public init(capacity: Int = 256) {
        output.reserveCapacity(capacity)
    }

    /// A builder for a piece of a list written apart: inside an open list at `depth`, after an element
    /// of it when `afterElement`. Its bytes are what ``element(_:)`` calls on the whole would have written.
    public init(pieceAt depth: Int, afterElement: Bool, capacity: Int = 256) {
        self.init(capacity: capacity)
        self.depth = depth
        innermostHasItems = afterElement
    }

    /// The bytes written, handed over without a copy.
    public consuming func finish() -> [UInt8] { output }

    /// The bytes written so far, leaving the builder empty (its open objects and lists stay open).
    public mutating func handOver() -> [UInt8] {
        defer { output.removeAll(keepingCapacity: true) }
        return output
    }

    /// Whether the innermost open object or list has an element or field already.
    public var hasElements: Bool { innermostHasItems }

    /// Appends a piece written apart (``init(pieceAt:afterElement:)``) as elements of the open list.
    public mutating func append(piece: [UInt8]) {
        output.append(contentsOf: piece)
        if !piece.isEmpty { innermostHasItems = true }
    }

    /// Records that pieces written apart were handed on directly (not appended) as elements of the open list.
    public mutating func noteElementsWritten() {
        innermostHasItems = true
    }

    public mutating func open(_ bracket: StaticString) {
        raw(bracket)
        depth += 1
        enclosing.append(innermostHasItems)
        innermostHasItems = false
    }

    public mutating func close(_ bracket: StaticString) {
        depth -= 1
        let hadItems = innermostHasItems
        innermostHasItems = enclosing.removeLast()
        if hadItems { lineBreak(comma: false) }
        raw(bracket)
    }

    /// `,` (when asked), a new line and the indentation of the current depth, in one append.
    private mutating func lineBreak(comma: Bool) {
        let end = 2 + depth * 2
        Self.breakAndIndent.withUTF8Buffer { text in
            if end <= text.count {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[(comma ? 0 : 1)..<end]))
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[(comma ? 0 : 1)..<2]))
                output.append(contentsOf: repeatElement(0x20, count: depth * 2))
            }
        }
    }

    /// A comma, a line break and indentation to copy from; a literal, so reading it needs no lazy
    /// initialisation.
    private static var breakAndIndent: StaticString {
        ",\n                                                                "
    }

    /// Starts the next element or field of the open object or list: a comma after one before, a new line.
    @usableFromInline mutating func separator() {
        lineBreak(comma: innermostHasItems)
        innermostHasItems = true
    }

    /// Starts a field: `"key": `, on a new line. The comma, line break, indentation and key are put
    /// together on the stack and appended at once: a comparison has millions of fields, and each append
    /// to the buffer has a cost of its own beside the bytes it copies.
    @usableFromInline mutating func key(_ key: StaticString) {
        let comma = innermostHasItems
        innermostHasItems = true
        let indent = depth * 2
        let length = (comma ? 1 : 0) + 1 + indent + 1 + key.utf8CodeUnitCount + 3
        guard length <= Self.composedLimit else {
            lineBreak(comma: comma)
            output.append(UInt8(ascii: "\""))
            raw(key)
            raw("\": ")
            return
        }
        // Eight bytes to spare: the indentation is written eight spaces at a time, and what follows it
        // overwrites the spaces written past it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 8) { line in
            var end = 0
            if comma {
                line[end] = UInt8(ascii: ",")
                end += 1
            }
            line[end] = 0x0A
            end += 1
            let raw = UnsafeMutableRawPointer(line.baseAddress!)
            for offset in stride(from: 0, to: indent, by: 8) {
                raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: end + offset, as: UInt64.self)
            }
            end += indent
            line[end] = UInt8(ascii: "\"")
            end += 1
            key.withUTF8Buffer { key in
                end = line[end..<end + key.count].initialize(fromContentsOf: key)
            }
            line[end] = UInt8(ascii: "\"")
            line[end + 1] = UInt8(ascii: ":")
            line[end + 2] = 0x20
            output.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<length]))
        }
    }

    /// Up to this many bytes, a line's punctuation is put together on the stack before it is appended.
    private static var composedLimit: Int { 256 }

    /// `"key": value` in the open object; the key is written as it is (a literal needs no escaping).
    @inlinable public mutating func field(_ key: StaticString, _ value: (inout JSONBuilder) -> Void) {
        self.key(key)
        value(&self)
    }

    /// `"key": value` in the open object, the key escaped (keys made from data).
    public mutating func field(named key: String, _ value: (inout JSONBuilder) -> Void) {
        separator()
        string(key)
        raw(": ")
        value(&self)
    }

    @inlinable public mutating func element(_ value: (inout JSONBuilder) -> Void) {
        separator()
        value(&self)
    }

    public mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    public mutating func raw(_ literal: String) {
        // Native strings hand over their bytes in place; the fallback copies.
        if literal.utf8.withContiguousStorageIfAvailable({ output.append(contentsOf: $0) }) == nil {
            output.append(contentsOf: literal.utf8)
        }
    }

    /// An integer as a JSON number, its digits written straight into the buffer (no `String` made).
    public mutating func number(_ value: Int) {
        if value >= 0 && value < 10 {
            output.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 { output.append(UInt8(ascii: "-")) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    /// `{ "a": 1, "b": 2 }` on one line, values given as JSON literals.
    public mutating func inlineObject(_ entries: [(String, String)]) {
        raw("{ ")
        for (index, entry) in entries.enumerated() {
            if index > 0 { raw(", ") }
            string(entry.0)
            raw(": ")
            raw(entry.1)
        }
        raw(" }")
    }

    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    public mutating func string(_ value: String) {
        JSONString.appendQuoted(value, to: &output)
    }
}
