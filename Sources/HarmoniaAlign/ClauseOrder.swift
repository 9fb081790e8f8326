import Foundation

/// Orders clause numbers as a reader expects: numerically by component (`5.10` after `5.9`),
/// a clause before its subclauses (`5` before `5.1`), numbered clauses before lettered ones (annexes).
public enum ClauseOrder {
    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        let left = Key(lhs)
        let right = Key(rhs)
        return left < right ? -1 : (right < left ? 1 : 0)
    }
}

/// Byte order of UTF-8, which is code point order: the same on every platform and in every language.
public enum Utf8Order {
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs
        var right = rhs
        // Compared in place, a block at a time: both strings hand out their UTF-8 bytes.
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let shared = min(a.count, b.count)
                if shared > 0 {
                    let order = memcmp(a.baseAddress!, b.baseAddress!, shared)
                    if order != 0 { return order < 0 ? -1 : 1 }
                }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }

    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) < 0
    }
}

extension ClauseOrder {
    /// A clause number parsed once, for sorting many pairs: compares exactly as ``compare(_:_:)`` does.
    public struct Key: Comparable, Sendable {
        struct Component: Comparable, Sendable {
            /// Leading digits without leading zeros; empty when the component does not start with a digit.
            let digits: [UInt8]
            let isNumeric: Bool
            let rest: [UInt8]

            static func < (a: Component, b: Component) -> Bool {
                if a.isNumeric != b.isNumeric { return a.isNumeric }
                if a.isNumeric {
                    if a.digits.count != b.digits.count { return a.digits.count < b.digits.count }
                    if a.digits != b.digits { return a.digits.lexicographicallyPrecedes(b.digits) }
                }
                return a.rest.lexicographicallyPrecedes(b.rest)
            }
        }

        let components: [Component]
        let whole: [UInt8]

        public init(_ clause: String) {
            whole = Array(clause.utf8)
            components = whole.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { part in
                let digitCount = part.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
                let digits = Array(part.prefix(digitCount).drop { $0 == UInt8(ascii: "0") })
                return Component(digits: digits, isNumeric: digitCount > 0, rest: Array(part.dropFirst(digitCount)))
            }
        }

        public static func < (a: Key, b: Key) -> Bool {
            for (x, y) in zip(a.components, b.components) where x != y {
                return x < y
            }
            if a.components.count != b.components.count { return a.components.count < b.components.count }
            return a.whole.lexicographicallyPrecedes(b.whole)
        }
    }
}
