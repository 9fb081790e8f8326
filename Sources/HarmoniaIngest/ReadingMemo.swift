import Foundation
import HarmoniaModel

/// What this document has already read, by the text as written: qualifiers (by name and value),
/// quantity expressions and the concepts labels name.
///
/// A document repeats a few thousand (name, value) pairs across a hundred thousand indicators (every
/// cell of a table carries its row and column keys), the same cell values (`±x mg`) thousands of times,
/// and a few labels on every indicator; each is trimmed, parsed or folded once. A class, so that reading
/// stays non-mutating; one per ``DocumentBuilder``, so one thread, and let go with the read: the parsers
/// themselves keep nothing.
final class ReadingMemo {
    private var qualifiers: [QualifierKey: Qualifier] = [:]
    /// Expressions parsed, by their text (only those that parse: an error is reported where it is met).
    private var expressions: [UTF8Key: ParsedExpression] = [:]
    /// The concept id a label resolves to in the catalogue, or `nil` when it names none.
    private(set) var labelConcepts: [UTF8Key: String?] = [:]
    /// Past this many entries a table starts again: hostile input cannot grow it without bound.
    private let limit = 65_536

    /// The qualifier read before from this name and value as written.
    func qualifier(name: String, written: String) -> Qualifier? {
        qualifiers[QualifierKey(name, written)]
    }

    /// The qualifier read before from this name and value, looked up by their UTF-8 bytes (libxml2's,
    /// borrowed for the lookup only) without making strings.
    func qualifier(name: UnsafeBufferPointer<UInt8>, written: UnsafeBufferPointer<UInt8>) -> Qualifier? {
        qualifiers[QualifierKey(borrowing: name, written)]
    }

    func store(_ qualifier: Qualifier, name: String, written: String) {
        if qualifiers.count >= limit { qualifiers.removeAll(keepingCapacity: true) }
        qualifiers[QualifierKey(name, written)] = qualifier
    }

    /// `QuantityExpressionParser.parse(text)`, once per distinct text.
    func parse(_ text: String) throws(QuantityError) -> ParsedExpression {
        let key = UTF8Key(text)
        if let known = expressions[key] { return known }
        let parsed = try QuantityExpressionParser.parse(text)
        if expressions.count >= limit { expressions.removeAll(keepingCapacity: true) }
        expressions[key] = parsed
        return parsed
    }

    /// The concept `label` names in `catalogue`, resolved once per distinct text.
    func concept(labelled label: String, in catalogue: ConceptCatalogue) -> String? {
        let key = UTF8Key(label)
        if let known = labelConcepts[key] { return known }
        let id = catalogue.resolve(label: label)?.id
        if labelConcepts.count >= limit { labelConcepts.removeAll(keepingCapacity: true) }
        labelConcepts[key] = .some(id)
        return id
    }
}

/// A qualifier's name and written value as ``ReadingMemo`` keys them: by UTF-8 bytes, each part hashed with
/// its length, as ``UTF8Pair`` does. A stored key owns its strings; a probe may borrow bytes it does not
/// own, which is why only the memo makes keys and it never stores a borrowing one.
private struct QualifierKey: Hashable {
    private enum Part {
        case owned(String)
        case borrowed(UnsafeBufferPointer<UInt8>)

        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch self {
            case .borrowed(let bytes): return body(bytes)
            case .owned(let text):
                if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
                var copy = text
                return copy.withUTF8(body)
            }
        }
    }

    private let name: Part
    private let written: Part

    init(_ name: String, _ written: String) {
        self.name = .owned(name)
        self.written = .owned(written)
    }

    init(borrowing name: UnsafeBufferPointer<UInt8>, _ written: UnsafeBufferPointer<UInt8>) {
        self.name = .borrowed(name)
        self.written = .borrowed(written)
    }

    static func == (lhs: QualifierKey, rhs: QualifierKey) -> Bool {
        equal(lhs.name, rhs.name) && equal(lhs.written, rhs.written)
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(name, into: &hasher)
        Self.hash(written, into: &hasher)
    }

    private static func hash(_ part: Part, into hasher: inout Hasher) {
        part.withBytes { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    private static func equal(_ a: Part, _ b: Part) -> Bool {
        a.withBytes { x in
            b.withBytes { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }
}
