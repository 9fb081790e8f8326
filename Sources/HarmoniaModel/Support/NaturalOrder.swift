import Foundation

/// The order a reader expects for keys and values: quantities by value (100 mg < 1 g < 2 g < 10 g;
/// −25 °C < −10 °C), then designations in their scheme's order (E1 < E2 < F1 … M3), then text, with runs of
/// digits compared as numbers (`5.9` < `5.10`, `T30` < `T130`), code point order breaking ties.
///
/// Writers and the comparison use it wherever they sort keys, values or ids; parse a text once into a
/// ``Key`` when sorting many.
public enum NaturalOrder {
    /// -1, 0 or 1.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        let a = Key(lhs)
        let b = Key(rhs)
        return a < b ? -1 : (b < a ? 1 : 0)
    }

    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// A text read once for sorting: compares exactly as ``compare(_:_:)`` does.
    ///
    /// All of the order but a quantity's value is in ``bytes``: keys that are not both quantities compare
    /// by their bytes alone, so that a caller sorting many can compare them in place, with `memcmp`.
    public struct Key: Comparable, Sendable {
        /// A quantity's dimension (as text, to group quantities of one kind) and value in coherent SI,
        /// which order quantities before their bytes do.
        let quantity: (dimension: String, value: Rational)?
        /// The tier (0 quantity, 1 designation, 2 text), a designation's scheme and place (four bytes
        /// each, big-endian), the natural text parts (``encoded(_:)``), 0x00, and the text's own bytes.
        public let bytes: [UInt8]

        /// Whether the text reads as a quantity: two such keys compare by value before their bytes.
        public var isQuantity: Bool { quantity != nil }

        public init(_ text: String) {
            let folded = TextFolding.tokenKey(text)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(2 * text.utf8.count + 12)
            if let (scheme, position) = DesignationOrder.shipped.position(ofTokenKey: folded),
                !Self.isPlainNumber(text)
            {
                quantity = nil
                bytes.append(1)
                for number in [scheme, position] {
                    for shift in stride(from: 24, through: 0, by: -8) {
                        bytes.append(UInt8(truncatingIfNeeded: number >> shift))
                    }
                }
            } else if let value = Self.quantity(text) {
                quantity = value
                bytes.append(0)
            } else {
                quantity = nil
                bytes.append(2)
            }
            Self.encode(folded, into: &bytes)
            // Parts end with a number's digit or a text's closing 0x00, never a lone 0x00 after a complete
            // part: this 0x00 sorts keys whose parts end here before those with more parts.
            bytes.append(0x00)
            bytes += text.utf8
            self.bytes = bytes
        }

        private static func isPlainNumber(_ text: String) -> Bool {
            Rational(decimal: text.trimmingCharacters(in: .whitespaces)) != nil
        }

        /// The one value a quantity expression stands for: a point, a limit's half-width, an interval's
        /// lower end (else its upper one).
        private static func quantity(_ text: String) -> (dimension: String, value: Rational)? {
            guard mayBeQuantity(text),
                let parsed = try? QuantityExpressionParser.parse(text),
                case .numeric(let set) = parsed.expression.canonical
            else { return nil }
            let value: Rational?
            switch set.kind {
            case .point: value = set.lower?.value
            case .limit: value = set.upper?.value.magnitude
            case .range: value = set.lower?.value ?? set.upper?.value
            }
            return value.map { (dimension: set.dimension.description, value: $0) }
        }

        /// Every quantity expression starts with a number, a sign, a relation or a bracket, or is a chain
        /// (`V < 0.1 L`) with a relation in it: ids and names (most texts sorted) are not worth a parse.
        private static func mayBeQuantity(_ text: String) -> Bool {
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                // The same test on ASCII, byte by byte: its whitespace is 09–0D and space, its numbers 0–9.
                let first = text.utf8.first { $0 != 0x20 && !(0x09...0x0D).contains($0) }
                guard let first else { return false }
                return (0x30...0x39).contains(first) || "+-[(.<>".utf8.contains(first)
                    || text.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
            }
            guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
            return first.properties.numericType != nil || "+-−±≤≥<>[(.".unicodeScalars.contains(first)
                || text.unicodeScalars.contains(where: { "≤≥<>".unicodeScalars.contains($0) })
        }

        /// The parts of folded text — digit runs as numbers, the rest as text — as bytes in the parts' order:
        /// a number as 0x01, its digit count (four bytes, big-endian) and its digits without leading zeros,
        /// so that numbers compare by size; a text as 0x02, its bytes (0x00 and 0x01 escaped as 0x01 0x01
        /// and 0x01 0x02) and a closing 0x00, so that a text sorts before every longer text it begins. A
        /// number sorts before a text, and fewer parts first.
        static func encode(_ folded: String, into bytes: inout [UInt8]) {
            var inText = false
            var digitsStart = -1
            let utf8 = Array(folded.utf8)
            func closeNumber(at end: Int) {
                guard digitsStart >= 0 else { return }
                var first = digitsStart
                while first < end - 1 && utf8[first] == UInt8(ascii: "0") { first += 1 }
                let count = UInt32(end - first)
                bytes.append(0x01)
                for shift in stride(from: 24, through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: count >> shift))
                }
                bytes += utf8[first..<end]
                digitsStart = -1
            }
            for (index, byte) in utf8.enumerated() {
                if (0x30...0x39).contains(byte) {
                    if inText {
                        bytes.append(0x00)
                        inText = false
                    }
                    if digitsStart < 0 { digitsStart = index }
                    continue
                }
                if !inText {
                    closeNumber(at: index)
                    bytes.append(0x02)
                    inText = true
                }
                if byte < 0x02 {
                    bytes += [0x01, byte + 1]
                } else {
                    bytes.append(byte)
                }
            }
            closeNumber(at: utf8.count)
            if inText { bytes.append(0x00) }
        }

        public static func < (a: Key, b: Key) -> Bool {
            if let x = a.quantity, let y = b.quantity {
                if x.dimension != y.dimension { return x.dimension.utf8.lexicographicallyPrecedes(y.dimension.utf8) }
                if x.value != y.value { return x.value < y.value }
            }
            return compareBytes(a.bytes, b.bytes) < 0
        }

        public static func == (a: Key, b: Key) -> Bool { a.bytes == b.bytes }

        /// -1, 0 or 1, byte by byte, a shorter run first when it begins the longer.
        public static func compareBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
            let shared = min(x.count, y.count)
            if shared > 0 {
                let order = memcmp(x.baseAddress!, y.baseAddress!, shared)
                if order != 0 { return order < 0 ? -1 : 1 }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        }

        private static func compareBytes(_ x: [UInt8], _ y: [UInt8]) -> Int {
            x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in compareBytes(a, b) } }
        }
    }
}

/// Designation schemes in their own order, from `designation-order.json`.
public struct DesignationOrder: Sendable {
    private var positions: [String: (scheme: Int, position: Int)] = [:]
    /// The longest key's length in UTF-8 bytes.
    private var longest = 0

    /// The schemes shipped with Harmonia.
    public static let shipped: DesignationOrder = {
        guard let url = Bundle.module.url(forResource: "designation-order", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else {
            fatalError("the shipped designation-order.json is missing or broken")
        }
        return DesignationOrder(schemes: file.schemes.map(\.order))
    }()

    private struct File: Decodable {
        struct Scheme: Decodable {
            let name: String
            let order: [String]
        }
        let schemes: [Scheme]
    }

    /// Schemes given in order; a designation named by two schemes belongs to the first.
    public init(schemes: [[String]]) {
        for (scheme, order) in schemes.enumerated() {
            for (position, designation) in order.enumerated() where positions[Self.key(designation)] == nil {
                positions[Self.key(designation)] = (scheme, position)
            }
        }
        longest = positions.keys.map(\.utf8.count).max() ?? 0
    }

    /// The scheme and place of a designation, if a scheme names it.
    public func position(of designation: String) -> (Int, Int)? {
        position(ofTokenKey: TextFolding.tokenKey(designation))
    }

    /// ``position(of:)`` of text already folded by ``TextFolding/tokenKey(_:)``.
    func position(ofTokenKey folded: String) -> (Int, Int)? {
        let key = Self.lettersAndDigits(folded)
        // Designations are short: a longer key (most ids and values sorted) needs no lookup.
        guard key.utf8.count <= longest else { return nil }
        return positions[key].map { ($0.scheme, $0.position) }
    }

    /// Case- and width-folded letters and digits: `M1-2` and `m12` are one designation.
    public static func key(_ text: String) -> String {
        lettersAndDigits(TextFolding.tokenKey(text))
    }

    private static func lettersAndDigits(_ folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII's letters are A–Z and a–z, its numbers 0–9: the same filter, without property lookups.
            return String(
                decoding: folded.utf8.filter { byte in
                    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                }, as: UTF8.self)
        }
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
