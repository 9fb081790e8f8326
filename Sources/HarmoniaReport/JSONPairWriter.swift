import HarmoniaAlign
import HarmoniaModel
import HarmoniaText

extension JSONOutput {
    /// One pair, as `{ "verdict": …, "concept": …, "domestic": {…}, … }` pretty-printed at the current
    /// depth.
    ///
    /// The same bytes ``field(_:_:)`` would write field by field, but the text between the values (commas,
    /// line breaks, indentation, keys) is appended in whole pieces made once per depth: a comparison of
    /// 100,000 pairs writes two million fields.
    mutating func pair(_ pair: Pair) {
        let layout = PairLayout.at(depth: depth)
        // The pair counts as the list's element, as `element` would record it.
        bytes += layout.verdict
        string(pair.verdict.rawValue)
        bytes += layout.concept
        string(pair.concept)
        bytes += layout.domestic
        side(pair.domestic, layout)
        bytes += layout.international
        side(pair.international, layout)
        if pair.qualifierDifferences.isEmpty {
            bytes += layout.noDifferences
        } else {
            differences(pair.qualifierDifferences)
        }
        bytes += layout.explained
        switch pair.explained {
        case nil: raw("null")
        case let value?: raw(value ? "true" : "false")
        }
        bytes += layout.justification
        optionalString(pair.explanation?.text.text)
        bytes += layout.detail
        string(pair.detail)
        let difference = pair.difference
        bytes += layout.difference
        string(difference.rawValue)
        // Only a pair that differs has a converted value or a size; agreement is not worth the arithmetic.
        let detail =
            difference == .none || pair.domestic == nil || pair.international == nil ? nil : pair.deviationDetail
        bytes += layout.converted
        optionalString(detail?.converted)
        bytes += layout.size
        optionalString(detail?.size)
        bytes += layout.pairing
        string(pair.step.rawValue)
        if let restatement = pair.restatementOf {
            // Only on a pair whose requirement another pair already holds (docs/pairing.md).
            bytes += layout.restatementOf
            raw("{ \"side\": ")
            string(restatement.side.rawValue)
            raw(", \"id\": ")
            string(restatement.id)
            raw(" }")
        }
        bytes += layout.close
    }

    private mutating func side(_ indicator: Indicator?, _ layout: PairLayout) {
        guard let indicator else {
            raw("null")
            return
        }
        bytes += layout.sideID
        string(indicator.id)
        bytes += layout.sideClause
        string(indicator.clause)
        bytes += layout.sideValue
        string(indicator.writtenValue)
        bytes += layout.sideQualifiers
        qualifiers(indicator.qualifiers)
        bytes += layout.sideConcept
        string(indicator.conceptID)
        bytes += layout.sideClose
    }

    /// Up to this many qualifiers, a look-back beats a set (as in pairing's `PreparedQualifierTable`).
    private static let smallQualifierList = 16

    /// `{ "name": "value", … }` on one line, the first qualifier of each name.
    private mutating func qualifiers(_ qualifiers: [Qualifier]) {
        guard !qualifiers.isEmpty else {
            raw("{}")
            return
        }
        // An indicator has a handful of qualifiers: a linear look-back beats hashing them. Read in
        // place by index: copying each qualifier out costs three retains and three releases.
        raw("{ ")
        // Hundreds of qualifiers (only hostile files have them) are told apart by a set, not a look-back.
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
                member(name, qualifiers[index].written)
            }
        }
        raw(" }")
    }

    /// `"name": "value"`.
    private mutating func member(_ name: String, _ value: String) {
        string(name)
        raw(": ")
        string(value)
    }

    /// The `qualifierDifferences` field of a pair that has some, field by field (few pairs have any).
    private mutating func differences(_ differences: [QualifierDifference]) {
        // Inside the pair's object, after its first fields.
        depth += 1
        needsComma.append(true)
        field("qualifierDifferences") { out in
            out.open("[")
            for difference in differences {
                out.element { out in
                    out.open("{")
                    out.field("name") { $0.string(difference.name) }
                    out.field("domestic") { $0.optionalString(difference.domestic) }
                    out.field("international") { $0.optionalString(difference.international) }
                    out.field("overlaps") { $0.raw(difference.overlaps ? "true" : "false") }
                    out.close("}")
                }
            }
            out.close("]")
        }
        needsComma.removeLast()
        depth -= 1
    }
}

/// The fixed text of a pair written at one depth: each piece runs from the end of one value to the
/// start of the next (the comma, the line break, the indentation, the next key).
struct PairLayout: Sendable {
    let verdict, concept, domestic, international: [UInt8]
    let sideID, sideClause, sideValue, sideQualifiers, sideConcept, sideClose: [UInt8]
    let noDifferences, explained, justification, detail, difference, converted, size, pairing, restatementOf,
        close: [UInt8]

    init(depth: Int) {
        func line(_ level: Int) -> String { "\n" + String(repeating: "  ", count: level) }
        func key(_ name: String, _ level: Int, first: Bool = false) -> [UInt8] {
            Array(((first ? "" : ",") + line(level) + "\"\(name)\": ").utf8)
        }
        let field = depth + 1
        let sideField = depth + 2
        verdict = Array("{".utf8) + key("verdict", field, first: true)
        concept = key("concept", field)
        domestic = key("domestic", field)
        international = key("international", field)
        sideID = Array("{".utf8) + key("id", sideField, first: true)
        sideClause = key("clause", sideField)
        sideValue = key("value", sideField)
        sideQualifiers = key("qualifiers", sideField)
        sideConcept = key("concept", sideField)
        sideClose = Array((line(field) + "}").utf8)
        noDifferences = key("qualifierDifferences", field) + Array("[]".utf8)
        explained = key("explained", field)
        justification = key("justification", field)
        detail = key("detail", field)
        difference = key("difference", field)
        converted = key("converted", field)
        size = key("size", field)
        pairing = key("pairing", field)
        restatementOf = key("restatementOf", field)
        close = Array((line(depth) + "}").utf8)
    }

    /// Layouts for the depths pairs are written at (2 in a comparison's JSON); others are made on demand.
    static func at(depth: Int) -> PairLayout {
        depth < common.count ? common[depth] : PairLayout(depth: depth)
    }

    private static let common = (0..<6).map(PairLayout.init(depth:))
}
