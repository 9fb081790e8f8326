import HarmoniaAlign
import HarmoniaModel
import HarmoniaText

/// Writes a ``Comparison`` as the contract's JSON (`format: harmonia.comparison`, version 2: the
/// changes from version 1 are listed in `docs/scoring.md`).
///
/// The writer builds the text directly rather than through `JSONEncoder`: the contract fixes the key
/// order, and the same comparison must always give the same bytes.
public struct JSONWriter: Sendable {
    /// The version of `harmonia.comparison` this writer writes.
    public static let version = "2"

    public init() {}

    public func write(_ comparison: Comparison) -> String {
        String(decoding: bytes(comparison), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, ending in a newline.
    public func bytes(_ comparison: Comparison) -> [UInt8] {
        var out = JSONBuilder(capacity: 1024 + comparison.pairs.count * 1200)
        write(comparison, into: &out, streaming: false) { _ in }
        return out.finish()
    }

    /// The same JSON handed to `emit` in chunks (a megabyte or two each for long lists), in order, as it
    /// is made: a comparison of 100,000 pairs is over 100 MB of text, which need never be held whole on
    /// its way to a file.
    public func write(_ comparison: Comparison, chunks emit: ([UInt8]) -> Void) {
        var out = JSONBuilder(capacity: 1 << 20)
        write(comparison, into: &out, streaming: true, emit)
        emit(out.finish())
    }

    private func write(
        _ comparison: Comparison, into out: inout JSONBuilder, streaming: Bool, _ emit: ([UInt8]) -> Void
    ) {
        out.open("{")
        out.field("format") { $0.string("harmonia.comparison") }
        out.field("version") { $0.raw(JSONWriter.version) }
        out.field("domestic") { $0.document(comparison.domestic) }
        out.field("international") { $0.document(comparison.international) }
        out.field("summary") { out in
            out.open("{")
            out.field("score") { $0.raw(comparison.score.text) }
            out.field("degree") { $0.string(comparison.degree.computed.rawValue) }
            out.field("declaredDegree") { $0.optionalString(comparison.degree.declared?.rawValue) }
            out.field("counts") { $0.verdictCounts(comparison.counts) }
            out.field("unexplained") { $0.number(comparison.degree.unexplained.count) }
            out.field("declarationSupported") { $0.bool(comparison.degree.declarationSupported) }
            out.field("declarationNote") { $0.optionalString(comparison.degree.declarationNote) }
            out.field("declarationWarning") { $0.optionalString(comparison.declarationWarning) }
            out.field("degreeReasons") { out in
                out.open("[")
                for reason in comparison.degree.reasons { out.element { $0.string(reason) } }
                out.close("]")
            }
            out.field("technicalDeviations") { $0.number(comparison.degree.technicalDeviations) }
            out.field("editorialDifferences") { $0.number(comparison.pairs.count { $0.difference == .editorial }) }
            out.field("kept") { $0.raw(JSONBuilder.decimal(comparison.degree.kept)) }
            out.field("keptThreshold") { $0.raw(JSONBuilder.decimal(DegreeAssessment.keptThreshold)) }
            out.field("scoreTerms") { out in
                out.open("{")
                out.field("formula") { $0.string(Score.formula) }
                out.field("requirements") { $0.number(comparison.score.requirements) }
                out.field("credit") { $0.raw(JSONBuilder.decimal(comparison.score.credit)) }
                out.field("exact") { $0.raw(JSONBuilder.decimal(comparison.score.exact)) }
                out.field("pairs") { $0.number(comparison.score.pairs) }
                out.field("weights") { out in
                    out.inlineObject(
                        Verdict.allCases.compactMap { verdict in
                            Score.weights[verdict].map { (verdict.rawValue, $0.description) }
                        }
                            + [("editorial", "1")])
                }
                out.close("}")
            }
            out.close("}")
        }
        out.field("requirements") { out in
            out.open("[")
            out.elements(comparison.requirements, streaming: streaming, emit) { $0.requirement($1) }
            out.close("]")
        }
        out.field("pairs") { out in
            out.open("[")
            out.elements(comparison.pairs, streaming: streaming, emit) { $0.pair($1) }
            out.close("]")
        }
        out.field("unexplainedDeviations") { out in
            out.open("[")
            let requirementOfPair = comparison.degree.unexplained.isEmpty ? [] : comparison.requirementIndexOfPairs()
            for deviation in comparison.degree.unexplained {
                let pair = comparison.pairs[deviation.pairIndex]
                out.element { out in
                    out.open("{")
                    out.field("verdict") { $0.string(pair.verdict.rawValue) }
                    out.field("clause") { $0.string(pair.clause) }
                    out.field("domestic") { $0.optionalString(pair.domestic?.id) }
                    out.field("international") { $0.optionalString(pair.international?.id) }
                    out.field("reason") { $0.string(deviation.reason) }
                    out.field("requirement") {
                        $0.string(comparison.requirements[requirementOfPair[deviation.pairIndex]].summary)
                    }
                    out.close("}")
                }
            }
            out.close("]")
        }
        out.field("warnings") { out in
            out.open("[")
            for warning in comparison.warnings { out.element { $0.string(warning) } }
            out.close("]")
        }
        out.close("}")
        out.raw("\n")
    }
}

/// What comparison, inspection and survey JSON add to the shared builder: long lists written on all
/// cores, and the contract's pieces (requirements, documents, decimals).
extension JSONBuilder {
    /// One element per item, the same bytes as calling `element` for each in turn. Long lists are
    /// written in pieces on all cores, a batch of pieces at a time: 100,000 pairs are over 100 MB of
    /// text. When `streaming`, each batch's pieces go to `emit` as they are (after what was written
    /// before them), so that only a batch is ever held and no piece is copied; otherwise they are joined.
    mutating func elements<Item: Sendable>(
        _ items: [Item], streaming: Bool = false, _ emit: ([UInt8]) -> Void = { _ in },
        _ write: @Sendable (inout JSONBuilder, Item) -> Void
    ) {
        guard items.count >= Self.parallelThreshold else {
            for item in items { element { write(&$0, item) } }
            return
        }
        let depth = self.depth
        let hasItems = hasElements
        let batch = max(Self.parallelThreshold, Parallel.pieces * Self.pieceSize)
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch)
            let ranges = Parallel.ranges(of: end - start, pieces: Parallel.pieces).map {
                ($0.lowerBound + start)..<($0.upperBound + start)
            }
            var parts = Parallel.map(ranges) { range -> [UInt8] in
                // A piece starts where the one before it ends: inside the list, after an element unless first.
                var piece = JSONBuilder(
                    pieceAt: depth, afterElement: range.lowerBound > 0 || hasItems, capacity: range.count * 1200)
                // Items are read in place, not copied out of the array (a retain and a release each).
                items.withUnsafeBufferPointer { items in
                    for index in range { piece.element { write(&$0, items[index]) } }
                }
                return piece.finish()
            }
            if streaming {
                if !bytes.isEmpty { emit(handOver()) }
                for part in parts where !part.isEmpty { emit(part) }
                noteElementsWritten()
            } else {
                // Each piece is let go as soon as it is copied: the whole text is never held twice.
                for index in parts.indices {
                    append(piece: parts[index])
                    parts[index] = []
                }
            }
            start = end
        }
    }

    /// Below this many elements a list is written on one thread: starting threads would cost more.
    static let parallelThreshold = 2_000

    /// Elements in one piece of a batch: enough that starting a piece costs nothing beside writing it.
    static let pieceSize = 2_048

    /// One requirement of the requirements view.
    mutating func requirement(_ requirement: Requirement) {
        open("{")
        field("origin") { $0.string(requirement.origin.rawValue) }
        field("shape") { $0.string(requirement.shape.rawValue) }
        field("id") { $0.string(requirement.id) }
        field("concept") { $0.string(requirement.concept) }
        field("internationalClause") { $0.optionalString(requirement.internationalClause) }
        field("domesticClauses") { out in
            out.raw("[")
            for (index, clause) in requirement.domesticClauses.enumerated() {
                if index > 0 { out.raw(", ") }
                out.string(clause)
            }
            out.raw("]")
        }
        field("status") { $0.string(requirement.status.rawValue) }
        field("values") { $0.number(requirement.values) }
        field("weight") { $0.raw(JSONBuilder.decimal(requirement.weight)) }
        field("credit") { $0.raw(JSONBuilder.decimal(requirement.credit)) }
        field("kept") { $0.raw(JSONBuilder.decimal(requirement.kept)) }
        field("counts") { $0.verdictCounts(requirement.counts) }
        field("editorial") { $0.number(requirement.editorial) }
        field("technical") { $0.number(requirement.technical) }
        field("summary") { $0.string(requirement.summary) }
        field("pairs") { out in
            out.raw("[")
            for (position, index) in requirement.pairIndices.enumerated() {
                if position > 0 { out.raw(", ") }
                out.number(index)
            }
            out.raw("]")
        }
        close("}")
    }

    /// `{ "identical": 3, "equivalent": 0, … }` on one line, every verdict in order.
    mutating func verdictCounts(_ counts: VerdictCounts) {
        raw("{ ")
        for (index, verdict) in Verdict.allCases.enumerated() {
            if index > 0 { raw(", ") }
            string(verdict.rawValue)
            raw(": ")
            number(counts[verdict])
        }
        raw(" }")
    }

    /// A rational as a JSON number: exact when its decimal ends (`0.875`), else cut after 6 decimals (`0.333333`).
    static func decimal(_ value: Rational) -> String {
        // Most weights, credits and shares are 0 or 1: no need for long division.
        if value.isZero { return "0" }
        if value == .one { return "1" }
        return ReportModel.decimal(value, places: 6).replacingOccurrences(of: "…", with: "")
    }

    mutating func document(_ summary: DocumentSummary) {
        open("{")
        field("id") { $0.string(summary.id) }
        field("role") { $0.string(summary.role.rawValue) }
        field("edition") { $0.optionalString(summary.edition) }
        field("date") { $0.optionalString(summary.date) }
        close("}")
    }
}
