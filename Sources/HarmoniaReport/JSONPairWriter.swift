import HarmoniaAlign
import HarmoniaModel
import HarmoniaText

extension JSONBuilder {
    /// One pair, as `{ "verdict": …, "concept": …, "domestic": {…}, … }` pretty-printed at the current
    /// depth: the pair's layout, written once, field by field.
    mutating func pair(_ pair: Pair) {
        open("{")
        field("verdict") { $0.string(pair.verdict.rawValue) }
        field("concept") { $0.string(pair.concept) }
        field("domestic") { $0.side(pair.domestic) }
        field("international") { $0.side(pair.international) }
        field("qualifierDifferences") { out in
            out.open("[")
            for difference in pair.qualifierDifferences {
                out.element { out in
                    out.open("{")
                    out.field("name") { $0.string(difference.name) }
                    out.field("domestic") { $0.optionalString(difference.domestic) }
                    out.field("international") { $0.optionalString(difference.international) }
                    out.field("overlaps") { $0.bool(difference.overlaps) }
                    out.close("}")
                }
            }
            out.close("]")
        }
        field("explained") { out in
            switch pair.explained {
            case nil: out.raw("null")
            case let value?: out.bool(value)
            }
        }
        field("justification") { $0.optionalString(pair.explanation?.text.text) }
        field("detail") { $0.string(pair.detail) }
        let difference = pair.difference
        field("difference") { $0.string(difference.rawValue) }
        // Only a pair that differs has a converted value or a size; agreement is not worth the arithmetic.
        let detail =
            difference == .none || pair.domestic == nil || pair.international == nil ? nil : pair.deviationDetail
        field("converted") { $0.optionalString(detail?.converted) }
        field("size") { $0.optionalString(detail?.size) }
        field("pairing") { $0.string(pair.step.rawValue) }
        if let restatement = pair.restatementOf {
            // Only on a pair whose requirement another pair already holds (docs/pairing.md).
            field("restatementOf") { out in
                out.raw("{ \"side\": ")
                out.string(restatement.side.rawValue)
                out.raw(", \"id\": ")
                out.string(restatement.id)
                out.raw(" }")
            }
        }
        close("}")
    }

    private mutating func side(_ indicator: Indicator?) {
        guard let indicator else {
            raw("null")
            return
        }
        open("{")
        field("id") { $0.string(indicator.id) }
        field("clause") { $0.string(indicator.clause) }
        field("value") { $0.string(indicator.writtenValue) }
        field("qualifiers") { $0.qualifiers(indicator.qualifiers) }
        field("concept") { $0.string(indicator.conceptID) }
        close("}")
    }

    /// Up to this many qualifiers, a look-back beats a set.
    private static let smallQualifierList = 16

    /// `{ "name": "value", … }` on one line, the first qualifier of each name.
    private mutating func qualifiers(_ qualifiers: [Qualifier]) {
        guard !qualifiers.isEmpty else {
            raw("{}")
            return
        }
        raw("{ ")
        // An indicator has a handful of qualifiers: a linear look-back beats hashing them; hundreds (only
        // hostile files have them) are told apart by a set. Read in place by index: copying each
        // qualifier out costs three retains and three releases.
        var seen = Set<String>()
        let small = qualifiers.count <= Self.smallQualifierList
        qualifiers.withUnsafeBufferPointer { qualifiers in
            var first = true
            for index in qualifiers.indices {
                let name = qualifiers[index].name
                if small ? qualifiers[..<index].contains(where: { $0.name == name }) : !seen.insert(name).inserted {
                    continue
                }
                if !first { raw(", ") }
                first = false
                string(name)
                raw(": ")
                string(qualifiers[index].written)
            }
        }
        raw(" }")
    }
}
