import Foundation

/// A memo table for parse results, one per thread.
///
/// Specifications repeat the same few units and values thousands of times (every cell of a table is
/// `±x mg`), so parsing each distinct text once pays. Each thread keeps its own table: `compare` reads
/// its two documents on two threads, and one shared, locked table made them wait on each other (a
/// tenth of the reading time went to the lock). A table is cleared when it reaches `limit` entries,
/// which bounds memory on adversarial input without any bookkeeping on the hot path.
final class ParseCache<Value: Sendable>: @unchecked Sendable {
    // Reached only through `table`, from the thread that owns it.
    private final class Table {
        var entries: [UTF8Key: Value] = [:]
    }

    private let key: pthread_key_t
    private let limit: Int

    init(limit: Int = 65_536) {
        self.limit = limit
        var key = pthread_key_t()
        // The caches are static and live as long as the process; a thread's table goes with the thread.
        // (Darwin hands the destructor a non-optional pointer, Glibc an optional one.)
        #if canImport(Darwin)
        let status = pthread_key_create(&key) { pointer in
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        #else
        let status = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        #endif
        precondition(status == 0, "pthread_key_create failed (\(status))")
        self.key = key
    }

    private var table: Table {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Table>.fromOpaque(pointer).takeUnretainedValue()
        }
        let table = Table()
        pthread_setspecific(key, Unmanaged.passRetained(table as AnyObject).toOpaque())
        return table
    }

    func value(for key: String) -> Value? {
        table.entries[UTF8Key(key)]
    }

    func store(_ value: Value, for key: String) {
        let table = self.table
        if table.entries.count >= limit { table.entries.removeAll(keepingCapacity: true) }
        table.entries[UTF8Key(key)] = value
    }
}
