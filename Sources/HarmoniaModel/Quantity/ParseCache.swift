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

    /// A key compared and hashed by its UTF-8 bytes: `String`'s own hashing normalises non-ASCII text
    /// (`±`, `°C`, `m³`) first, which costs more than the parse it would save. Byte equality is all a memo
    /// table needs.
    private struct Key: Hashable {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        static func == (l: Key, r: Key) -> Bool {
            l.text.utf8.elementsEqual(r.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

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
