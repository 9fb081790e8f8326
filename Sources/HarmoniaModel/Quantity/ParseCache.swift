import Foundation

/// A lock-protected memo table for parse results, shared by all threads.
///
/// Specifications repeat the same few units and values thousands of times (every cell of a table is
/// `±x mg`), so parsing each distinct text once pays. The table is cleared when it reaches `limit`
/// entries, which bounds memory on adversarial input without any bookkeeping on the hot path.
final class ParseCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 65_536) {
        self.limit = limit
    }

    private typealias Key = UTF8Key

    func value(for key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return table[Key(key)]
    }

    func store(_ value: Value, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[Key(key)] = value
    }
}

/// A string compared and hashed by its UTF-8 bytes. `String`'s own hashing normalises non-ASCII text
/// (`±`, `°C`, `m³`) first, which costs more than the lookup it serves; byte equality is all a memo table
/// or an id index needs.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var a = lhs.text, b = rhs.text
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
