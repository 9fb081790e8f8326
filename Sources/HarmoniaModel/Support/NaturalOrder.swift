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
    public struct Key: Comparable, Sendable {
        enum Reading: Sendable {
            /// Dimension (as text, to group quantities of one kind) and the value in coherent SI.
            case quantity(dimension: String, value: Rational)
            case designation(scheme: Int, position: Int)
            case text
        }

        let reading: Reading
        /// Natural text parts: digit runs as numbers, the rest as folded text.
        let parts: [Part]
        let whole: [UInt8]

        enum Part: Comparable, Sendable {
            case number(digits: [UInt8])
            case text([UInt8])

            static func < (a: Part, b: Part) -> Bool {
                switch (a, b) {
                case (.number(let x), .number(let y)):
                    return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
                case (.number, .text): return true
                case (.text, .number): return false
                case (.text(let x), .text(let y)): return x.lexicographicallyPrecedes(y)
                }
            }
        }

        public init(_ text: String) {
            whole = Array(text.utf8)
            parts = Self.split(TextFolding.tokenKey(text))
            if let (scheme, position) = DesignationOrder.shipped.position(of: text), !Self.isPlainNumber(text) {
                reading = .designation(scheme: scheme, position: position)
            } else if let value = Self.quantity(text) {
                reading = value
            } else {
                reading = .text
            }
        }

        private static func isPlainNumber(_ text: String) -> Bool {
            Rational(decimal: text.trimmingCharacters(in: .whitespaces)) != nil
        }

        /// The one value a quantity expression stands for: a point, a limit's half-width, an interval's
        /// lower end (else its upper one).
        private static func quantity(_ text: String) -> Reading? {
            // Every quantity expression starts with a number, a sign, a relation or a bracket, or is a chain
            // (`V < 0.1 L`) with a relation in it: ids and names (most texts sorted) are not worth a parse.
            guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                first.properties.numericType != nil || "+-−±≤≥<>[(.".unicodeScalars.contains(first)
                    || text.unicodeScalars.contains(where: { "≤≥<>".unicodeScalars.contains($0) })
            else { return nil }
            guard let parsed = try? QuantityExpressionParser.parse(text),
                case .numeric(let set) = parsed.expression.canonical
            else { return nil }
            let value: Rational?
            switch set.kind {
            case .point: value = set.lower?.value
            case .limit: value = set.upper?.value.magnitude
            case .range: value = set.lower?.value ?? set.upper?.value
            }
            return value.map { .quantity(dimension: set.dimension.description, value: $0) }
        }

        private static func split(_ text: String) -> [Part] {
            var parts: [Part] = []
            var digits: [UInt8] = []
            var rest: [UInt8] = []
            for byte in text.utf8 {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    if !rest.isEmpty {
                        parts.append(.text(rest))
                        rest = []
                    }
                    digits.append(byte)
                } else {
                    if !digits.isEmpty {
                        parts.append(.number(digits: Self.trimmed(digits)))
                        digits = []
                    }
                    rest.append(byte)
                }
            }
            if !digits.isEmpty { parts.append(.number(digits: Self.trimmed(digits))) }
            if !rest.isEmpty { parts.append(.text(rest)) }
            return parts
        }

        private static func trimmed(_ digits: [UInt8]) -> [UInt8] {
            let kept = Array(digits.drop { $0 == UInt8(ascii: "0") })
            return kept.isEmpty ? [UInt8(ascii: "0")] : kept
        }

        private var tier: Int {
            switch reading {
            case .quantity: 0
            case .designation: 1
            case .text: 2
            }
        }

        public static func < (a: Key, b: Key) -> Bool {
            if a.tier != b.tier { return a.tier < b.tier }
            switch (a.reading, b.reading) {
            case (.quantity(let da, let va), .quantity(let db, let vb)):
                if da != db { return da.utf8.lexicographicallyPrecedes(db.utf8) }
                if va != vb { return va < vb }
            case (.designation(let sa, let pa), .designation(let sb, let pb)):
                if sa != sb { return sa < sb }
                if pa != pb { return pa < pb }
            default:
                break
            }
            if a.parts != b.parts { return a.parts.lexicographicallyPrecedes(b.parts) }
            return a.whole.lexicographicallyPrecedes(b.whole)
        }

        public static func == (a: Key, b: Key) -> Bool { a.whole == b.whole }
    }
}

/// Designation schemes in their own order, from `designation-order.json`.
public struct DesignationOrder: Sendable {
    private var positions: [String: (scheme: Int, position: Int)] = [:]

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
    }

    /// The scheme and place of a designation, if a scheme names it.
    public func position(of designation: String) -> (Int, Int)? {
        positions[Self.key(designation)].map { ($0.scheme, $0.position) }
    }

    /// Case- and width-folded letters and digits: `M1-2` and `m12` are one designation.
    public static func key(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                TextFolding.tokenKey(text).unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }
}
