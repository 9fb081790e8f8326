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
        var a = lhs.text
        var b = rhs.text
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        // The length goes in too, so that keys hashed side by side (`("ab", "c")`, `("a", "bc")`) differ.
        text.withUTF8 { utf8 in
            hasher.combine(utf8.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        }
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
