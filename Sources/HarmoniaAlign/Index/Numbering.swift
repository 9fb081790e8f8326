/// Small integers for keys, in order of first appearance: 0 for the first key numbered, 1 for the next
/// new one, and so on.
///
/// Pairing compares integers where it would otherwise hash strings and canonical forms a hundred
/// thousand times. Each document is numbered on its own (on its own core); ``absorb(_:)`` then
/// translates the second document's numbers into the first's (``PreparedIndex``).
struct Numbering<Key: Hashable & Sendable>: Sendable {
    private var ids: [Key: Int] = [:]
    /// The keys by number.
    private(set) var keys: [Key] = []

    /// The key's number, a new one if it has none yet.
    mutating func number(_ key: Key) -> Int {
        if let id = ids[key] { return id }
        ids[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    /// For each number of `other`, the number its key has here; keys new here are numbered after these,
    /// in `other`'s order, so the numbers are those one numbering of both documents in turn gives.
    mutating func absorb(_ other: Numbering) -> [Int] {
        other.keys.map { number($0) }
    }
}
