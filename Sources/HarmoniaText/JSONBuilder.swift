/// The one JSON builder every JSON file Harmonia writes goes through — comparisons, inspections,
/// surveys, histories and diffs: two-space indentation, keys in the order written, strings escaped by
/// ``JSONString``, so the same content always gives the same bytes.
///
/// It appends UTF-8 bytes to one buffer: a comparison of 100,000 pairs writes over 100 MB, and
/// string-by-string concatenation dominated the time. A long list can be written in pieces apart (on
/// other threads) and joined: ``init(pieceAt:afterElement:)``, ``append(piece:)``.
public struct JSONBuilder: Sendable {
    /// What has been written (and not yet handed on, when streaming: ``handOver()``).
    public private(set) var bytes: [UInt8] = []
    /// Open objects and arrays.
    public private(set) var depth = 0
    /// For each open object or array: whether an element or field has been written in it.
    private var needsComma: [Bool] = []

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// A builder for a piece of a list written apart: inside an open list at `depth`, after an element
    /// of it when `afterElement`. Its bytes are what ``element(_:)`` calls on the whole would have written.
    public init(pieceAt depth: Int, afterElement: Bool, capacity: Int = 256) {
        self.init(capacity: capacity)
        self.depth = depth
        needsComma = [afterElement]
    }

    /// The bytes written, handed over without a copy.
    public consuming func finish() -> [UInt8] { bytes }

    /// The bytes written so far, leaving the builder empty (its open objects and lists stay open).
    public mutating func handOver() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Whether the innermost open object or list has an element or field already.
    public var hasElements: Bool { needsComma.last ?? false }

    /// Appends a piece written apart (``init(pieceAt:afterElement:)``) as elements of the open list.
    public mutating func append(piece: [UInt8]) {
        bytes.append(contentsOf: piece)
        if !piece.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    public mutating func open(_ bracket: StaticString) {
        raw(bracket)
        depth += 1
        needsComma.append(false)
    }

    public mutating func close(_ bracket: StaticString) {
        depth -= 1
        let hadItems = needsComma.removeLast()
        if hadItems { newline() }
        raw(bracket)
    }

    private mutating func newline() {
        bytes.append(0x0A)
        let width = depth * 2
        Self.spaces.withUTF8Buffer { spaces in
            if width <= spaces.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[..<width]))
            } else {
                bytes.append(contentsOf: repeatElement(0x20, count: width))
            }
        }
    }

    /// Indentation to copy from; a literal, so reading it needs no lazy initialisation.
    private static let spaces: StaticString = "                                                                "

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    /// `"key": value` in the open object; the key is written as it is (a literal needs no escaping).
    public mutating func field(_ key: StaticString, _ value: (inout JSONBuilder) -> Void) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        raw(key)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), 0x20])
        value(&self)
    }

    /// `"key": value` in the open object, the key escaped (keys made from data).
    public mutating func field(named key: String, _ value: (inout JSONBuilder) -> Void) {
        separator()
        string(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), 0x20])
        value(&self)
    }

    public mutating func element(_ value: (inout JSONBuilder) -> Void) {
        separator()
        value(&self)
    }

    public mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func raw(_ literal: String) {
        bytes.append(contentsOf: literal.utf8)
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
        bytes.append(UInt8(ascii: "\""))
        JSONString.appendEscaped(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
}
