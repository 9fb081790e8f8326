/// A value's stored fields behind one reference, copied on write.
///
/// For the values a comparison holds by the hundred thousand (pairs, requirements): sorting, grouping and
/// writing them copy each many times, and a copy must cost one retain, not one per field. Reads go to the
/// shared fields in place; a write first copies them if another value shares them, so the value keeps
/// its value semantics.
public struct CopyOnWrite<Fields: Hashable & Sendable>: Hashable, @unchecked Sendable {
    // Unchecked: the box is mutable, but only through `fields`' `_modify`, after
    // `isKnownUniquelyReferenced` — no box another value can see is ever written.
    @usableFromInline
    final class Box {
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var box: Box

    @inlinable
    public init(_ fields: Fields) {
        box = Box(fields)
    }

    /// The fields, read in place and written after a copy when shared.
    @inlinable
    public var fields: Fields {
        _read { yield box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    @inlinable
    public static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool {
        a.box === b.box || a.box.fields == b.box.fields
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }
}
