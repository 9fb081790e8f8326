import HarmoniaModel

/// Turns a raw pair into a judged ``Pair``: the effective direction (the catalogue's, by the role of a
/// condition), designation tokens folded, and a real verdict for a partial pair whose qualifiers differ
/// only where one side states a qualifier the other does not (the scope, a declared designation or an
/// omission having explained the rest); a partial pair whose shared qualifiers differ stays `different`.
///
/// A class: the pairs are judged on all cores, and every closure that reads the judge then holds one
/// reference, not a copy of its documents and tables.
final class PairJudge: Sendable {
    let catalogue: ConceptCatalogue
    let comparator: ValueComparator
    let domesticFolding: QualifierFolding
    let internationalFolding: QualifierFolding
    let domestic: Document
    let international: Document
    /// Classes the domestic document leaves out (scope omissions on `class`) or keeps (its scope's `class`).
    let omittedClasses: Set<String>
    let scopeClasses: Set<String>?
    /// Section titles by clause number, for the role of conditions stated under `检定条件` and the like.
    private let domesticTitles: [String: String]
    private let internationalTitles: [String: String]

    init(
        catalogue: ConceptCatalogue, comparator: ValueComparator, domesticFolding: QualifierFolding,
        internationalFolding: QualifierFolding, domestic: Document, international: Document,
        omittedClasses: Set<String> = [], scopeClasses: Set<String>? = nil
    ) {
        self.omittedClasses = omittedClasses
        self.scopeClasses = scopeClasses
        self.catalogue = catalogue
        self.comparator = comparator
        self.domesticFolding = domesticFolding
        self.internationalFolding = internationalFolding
        self.domestic = domestic
        self.international = international
        domesticTitles = Self.titles(domestic.sections)
        internationalTitles = Self.titles(international.sections)
    }

    private static func titles(_ sections: [Section]) -> [String: String] {
        var result: [String: String] = [:]
        func walk(_ sections: [Section], _ inherited: String?) {
            for section in sections {
                let title = section.title ?? inherited
                if let title { result[section.num] = title }
                walk(section.sections, title)
            }
        }
        walk(sections, nil)
        return result
    }

    /// The role a condition plays: its `condition` qualifier, else the title of its clause.
    func role(of indicator: Indicator, folding: QualifierFolding, titles: [String: String]) -> String? {
        for qualifier in indicator.qualifiers where folding.name(qualifier.name) == "condition" {
            if let value = folding.vocabulary.canonicalValue(qualifier.written, name: "condition") { return value }
        }
        return titles[indicator.clause].flatMap {
            folding.vocabulary.canonicalValue(containedIn: $0, name: "condition")
        }
    }

    /// The direction a pair is judged by: the concept's, by the role of the domestic side's condition
    /// (else the reference's).
    func direction(concept: String, domestic d: Indicator, international i: Indicator) -> Direction {
        guard let entry = catalogue.concept(id: concept) else { return .exact }
        guard entry.conditions != nil else { return entry.direction }
        let role =
            role(of: d, folding: domesticFolding, titles: domesticTitles)
            ?? role(of: i, folding: internationalFolding, titles: internationalTitles)
        return entry.direction(role: role)
    }

    /// A reference list of classes without those the domestic document omits or leaves outside its scope:
    /// `I|II|III|IIII` against a document that omits `I|II` reads `III|IIII`.
    private func applicableClasses(_ value: WrittenExpression) -> WrittenExpression {
        guard case .set(let members) = value.expression, !omittedClasses.isEmpty || scopeClasses != nil else {
            return value
        }
        let kept = members.filter { !omittedClasses.contains($0) && (scopeClasses?.contains($0) ?? true) }
        guard !kept.isEmpty, kept.count < members.count else { return value }
        return WrittenExpression(written: value.written, expression: kept.count == 1 ? .token(kept[0]) : .set(kept))
    }

    func judge(_ raw: RawPair, index: PreparedIndex) -> Pair {
        var pair = judgeSides(raw, index: index)
        if let restates = raw.restates {
            let indicators = restates.side == .domestic ? domestic.indicators : international.indicators
            pair.restatementOf = Restatement(side: restates.side, id: indicators[restates.index].id)
        }
        return pair
    }

    private func judgeSides(_ raw: RawPair, index: PreparedIndex) -> Pair {
        let d = raw.domestic.map { domestic.indicators[$0] }
        let i = raw.international.map { international.indicators[$0] }
        switch (d, i) {
        case (let d?, let i?):
            let concept = i.conceptID
            let verdict: ValueJudgement
            func context() -> ValueContext {
                ValueContext(
                    direction: direction(concept: concept, domestic: d, international: i),
                    concept: catalogue.concept(id: concept), conceptID: concept, domestic: d, international: i)
            }
            if raw.step != .partial, raw.restates == nil,
                index.writtenTheSame(domestic: raw.domestic!, international: raw.international!)
            {
                verdict = comparator.judge(domestic: d, international: i, writtenTheSame: true, context: context)
            } else {
                let name: String? = concept.contains("class") ? "class" : nil
                let folded = internationalFolding.foldedValue(i.value, name: name)
                let reference = name == nil ? folded : applicableClasses(folded)
                var judged = comparator.judge(
                    domestic: domesticFolding.foldedValue(d.value, name: name),
                    international: reference, context: context())
                if reference != folded {
                    judged.detail +=
                        " (the reference's classes that the domestic document omits or leaves outside its scope left out)"
                }
                verdict = judged
            }
            if let band = raw.band {
                // Bands of one axis: judged on the sub-range they share; the value comparison stands.
                let outcome = verdict.verdict == .identical ? Verdict.equivalent : verdict.verdict
                return Pair(
                    verdict: outcome, concept: concept, domestic: d, international: i,
                    qualifierDifferences: raw.differences, detail: "on \(band.subRange): \(verdict.detail)",
                    step: .partial)
            }
            if raw.step == .partial {
                let conflicting = raw.differences.filter { $0.domestic != nil && $0.international != nil }
                if !conflicting.isEmpty {
                    let shown = conflicting.map { "\($0.name) \($0.domestic!) against \($0.international!)" }.joined(
                        separator: "; ")
                    return Pair(
                        verdict: .different, concept: concept, domestic: d, international: i,
                        qualifierDifferences: raw.differences,
                        detail: "partial pair (qualifiers differ: \(shown)); values: \(verdict.detail)", step: .partial)
                }
                // Only qualifiers one side states differ: the value comparison stands.
                let names = raw.differences.map(\.name).joined(separator: ", ")
                let outcome = verdict.verdict == .identical ? Verdict.equivalent : verdict.verdict
                return Pair(
                    verdict: outcome, concept: concept, domestic: d, international: i,
                    qualifierDifferences: raw.differences,
                    detail: names.isEmpty ? verdict.detail : "\(verdict.detail) (stated by one side only: \(names))",
                    step: .partial)
            }
            return Pair(
                verdict: verdict.verdict, concept: concept, domestic: d, international: i,
                qualifierDifferences: raw.differences, detail: verdict.detail, step: raw.step)
        case (nil, let i?):
            return Pair(
                verdict: .missing, concept: i.conceptID, domestic: nil, international: i,
                detail: "no domestic counterpart", step: .unpaired)
        case (let d?, nil):
            return Pair(
                verdict: .added, concept: d.conceptID, domestic: d, international: nil,
                detail: raw.restates == nil
                    ? "no international counterpart" : "restates another clause; no international counterpart",
                step: .unpaired)
        case (nil, nil):
            preconditionFailure("a pair has at least one side")
        }
    }
}
