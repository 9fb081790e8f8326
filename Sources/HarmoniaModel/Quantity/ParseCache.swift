import Foundation

/// A lock-protected memo table for parse results, shared by all threads.
///
/// Specifications repeat the same few units and values thousands of times (every cell of a table is
/// `±x mg`), so parsing each distinct text once pays. The table is cleared when it reaches `limit`
/// entries, which bounds memory on adversarial input without any bookkeeping on the hot path.
final class ParseCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [UTF8Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 65_536) {
        self.limit = limit
    }

    func value(for key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return table[UTF8Key(key)]
    }

    func store(_ value: Value, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[UTF8Key(key)] = value
    }
}
