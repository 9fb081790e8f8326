import Foundation

/// A string compared and hashed by its UTF-8 bytes. `String`'s own hashing normalises non-ASCII text
/// (`±`, `°C`, `m³`) first, which costs more than the lookup it serves; byte equality is all a memo table
/// or an id index needs.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        // Keys of different lengths differ without a look at their bytes: most keys a hash table's probe
        // meets are such. Native strings lend their bytes in place (no copy, so no retain of the buffer).
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        return lhs.withBytes { x in
            rhs.withBytes { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }

    public func hash(into hasher: inout Hasher) {
        // The length goes in too, so that keys hashed side by side (`("ab", "c")`, `("a", "bc")`) differ.
        withBytes { utf8 in
            hasher.combine(utf8.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        }
    }

    /// Calls `body` with the text's UTF-8 bytes: in place for a native string, else from a native copy.
    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}

/// Two strings hashed and compared by their UTF-8 bytes, as ``UTF8Key`` hashes one: a qualifier's
/// name and value, for the tables that read or prepare each distinct qualifier once.
public struct UTF8Pair: Hashable, Sendable {
    public let first: UTF8Key
    public let second: UTF8Key

    public init(_ first: String, _ second: String) {
        self.first = UTF8Key(first)
        self.second = UTF8Key(second)
    }
}
