import HarmoniaAlign
import HarmoniaModel

/// Which rows a comment sheet holds.
public enum CommentSelection: String, Hashable, Sendable, CaseIterable {
    /// Only the rows where the member body proposes a change.
    case proposals
    /// Every deviating requirement: proposals, and observations with an empty "Proposed change".
    case all
}

/// One row of a comment sheet in the ISO/IEC/OIML commenting-template layout.
struct CommentRow: Hashable, Sendable {
    var memberBody: String
    var lineNumber: String
    var clause: String
    var paragraph: String
    /// `ge`, `te` or `ed`.
    var type: String
    var comment: String
    var proposedChange: String
    var observations: String
    /// The domestic justification in its own language, when it is not English.
    var justification: String

    func fields(withJustification: Bool) -> [String] {
        [memberBody, lineNumber, clause, paragraph, type, comment, proposedChange, observations]
            + (withJustification ? [justification] : [])
    }
}

/// A comment sheet on the reference document, in English whatever the report's language: one comment per
/// deviating requirement (``DeviationGroup``), seen from the reference's side.
///
/// Rules (documented in `docs/reports.md`):
/// - type `ed` when the domestic justification calls the difference editorial; `ge` for a requirement
///   the reference does not have (a comment on the document as a whole); `te` otherwise;
/// - a proposal only where the national position makes one: a justified domestic requirement that is
///   stricter or added, on a matter that is not national by nature (verification periods, service life);
///   every other row is an observation, in "Comments", with "Proposed change" left empty;
/// - the domestic justification goes into the comment when it is English, else into a last column of
///   its own, in its own language.
struct CommentSheet {
    let model: ReportModel
    let rules = CommentRules.shipped
    let selection: CommentSelection

    /// `model` must be in English: the sheet is written for an international committee.
    init(_ comparison: Comparison, options: ReportOptions) {
        var english = options
        english.language = .en
        model = ReportModel(comparison, options: english)
        selection = options.comments
    }

    /// The template's headings, and the justification column when any of `rows` needs it.
    func headings(for rows: [CommentRow]) -> [String] {
        rules.headings
            + (Self.needsJustificationColumn(rows) ? [rules.fill("column.justification", ["did": model.did])] : [])
    }

    /// Whether any row carries a justification that is not in English.
    static func needsJustificationColumn(_ rows: [CommentRow]) -> Bool { rows.contains { !$0.justification.isEmpty } }

    var rows: [CommentRow] {
        let groups = DeviationGroups.comments(
            model.comparison, unexplained: model.unexplained, isEditorial: rules.isEditorial)
        let merged = DeviationGroups.merged(groups, model.comparison)
        return DeviationGroups.restated(DeviationGroups.joined(merged, model.comparison, rules.jointConcepts))
            .compactMap(row)
    }

    /// Date, Document, Project: the template's header.
    var header: [(String, String)] {
        let c = model.comparison
        return [
            (rules.fill("header.date"), model.options.date ?? ""),
            (rules.fill("header.document"), model.iid + (model.title(c.international).map { " — " + $0.text } ?? "")),
            (rules.fill("header.project"), model.options.project ?? ""),
        ]
    }

    private func row(_ group: DeviationGroup) -> CommentRow? {
        let pairs = group.pairIndices.map { model.comparison.pairs[$0] }
        let first = pairs[0]
        let editorial = group.editorial
        let type =
            editorial
            ? "ed"
            : group.restated
                ? "te" : (group.requirement.origin == .domestic || first.international == nil ? "ge" : "te")
        let proposes =
            !editorial && !group.restated && group.reason != nil
            && (group.verdict == .stricter || group.verdict == .added)
            && !rules.nationalConcepts.contains(group.concept)
            && !pairs.allSatisfy { rules.isNationalStage($0.domestic) }
        if selection == .proposals && !proposes { return nil }

        var values = values(for: pairs)
        var comment = observation(group, pairs, values)
        var justification = ""
        if let reason = group.reason {
            if ReportLanguage(tag: reason.lang ?? "") == .en && reason.lang != nil {
                comment += rules.fill("justification", ["did": model.did, "text": reason.text])
            } else {
                // An international secretariat cannot read it: the cell says a translation is owed.
                let han = reason.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                let tag = (reason.lang ?? (han ? "zh" : "")).lowercased()
                let key = "language." + (tag.split(separator: "-").first.map(String.init) ?? tag)
                let language = rules.fill(rules.has(key) ? key : "language.other")
                comment += rules.fill("justification.elsewhere", ["did": model.did, "language": language])
                justification = reason.text
            }
        }
        values["n"] = String(pairs.count)
        let proposal = proposes ? NaturalText.sentenceCase(self.proposal(group, pairs, values)) : ""
        comment = NaturalText.sentenceCase(comment)
        return CommentRow(
            memberBody: model.options.memberBody ?? "", lineNumber: "",
            clause: clauses(pairs.compactMap { $0.international?.clause }) ?? rules.fill("general"),
            paragraph: tables(pairs.compactMap(\.international)), type: type, comment: comment,
            proposedChange: proposal, observations: "", justification: justification)
    }

    private func values(for pairs: [Pair]) -> [String: String] {
        let first = pairs[0]
        var values = [
            "did": model.did, "iid": model.iid, "subject": model.subject(first), "concept": model.conceptName(first),
            "d": model.valueText(first.domestic), "i": model.valueText(first.international),
            "dclause": clauses(pairs.compactMap { $0.domestic?.clause }) ?? model.none,
            "diffs": model.differencesText(first), "mag": "",
            "common": parenthesised(model.commonQualifierText(pairs)),
        ]
        if pairs.count == 1, let magnitude = model.magnitude(first) {
            values["mag"] = magnitude.phrase(rules.fill)
        }
        return values
    }

    private func observation(_ group: DeviationGroup, _ pairs: [Pair], _ values: [String: String]) -> String {
        var values = values
        values["n"] = String(pairs.count)
        values["items"] = items(pairs, differing: group.verdict != .missing && group.verdict != .added)
        if let joint = group.joint {
            values["name"] = rules.fill("joint." + joint)
            values["i"] = rules.jointValues(pairs, joint: joint, separator: ", ") { model.valueText($0.international) }
            values["d"] = rules.jointValues(pairs, joint: joint, separator: ", ") { model.valueText($0.domestic) }
            return rules.fill("joint", values)
        }
        if group.restated {
            let missing = pairs.filter { $0.verdict == .missing }
            let added = pairs.filter { $0.verdict == .added }
            values["dclause"] = clauses(added.compactMap { $0.domestic?.clause }) ?? model.none
            values["icommon"] = parenthesised(model.commonQualifierText(missing))
            values["dcommon"] = parenthesised(model.commonQualifierText(added))
            values["iitems"] = items(missing, differing: false)
            values["ditems"] = items(added, differing: false)
            return rules.fill("restated", values)
        }
        if group.editorial && !pairs.contains(where: \.isTechnicalDeviation) {
            return rules.fill(pairs.count == 1 ? "editorial.one" : "editorial.many", values)
        }
        switch group.verdict {
        case .missing? where model.wholeTableMissing(group) != nil:
            return rules.fill("missing.table", values)
        case .missing?:
            return rules.fill(pairs.count == 1 ? "missing.one" : "missing.many", values)
        case .added?:
            return rules.fill(pairs.count == 1 ? "added.one" : "added.many", values)
        default:
            if pairs.count == 1 && pairs[0].step == .partial { return rules.fill("partial.one", values) }
            values["verdictPhrase"] = rules.fill(
                (pairs.count == 1 ? "verdict." : "verdictMany.") + (group.verdict?.rawValue ?? "different"))
            if pairs.count == 1 { return rules.fill("differs.one", values) }
            // Entries whose values read the same (the bands differ, the limit does not) are counted, not listed.
            let equal = pairs.filter(model.hasEqualValues).count
            values["k"] = String(equal)
            return rules.fill(
                equal == 0 ? "differs.many" : equal == pairs.count ? "differs.allEqual" : "differs.someEqual", values)
        }
    }

    private func proposal(_ group: DeviationGroup, _ pairs: [Pair], _ values: [String: String]) -> String {
        var values = values
        values["items"] = items(pairs, differing: group.verdict == .stricter)
        let key = "proposal." + (group.verdict?.rawValue ?? "") + (pairs.count == 1 ? ".one" : ".many")
        return rules.fill(key, values)
    }

    /// The entries named by their qualifiers (those of one value together, ``ReportModel/collapsedEntries(_:value:)``):
    /// all of them up to ten, else the first five and how many more (a comment on a table of 42 values
    /// names the table; the values are in the document).
    private func items(_ pairs: [Pair], differing: Bool) -> String {
        let all: [String]
        if differing {
            all = zip(pairs, model.entryNames(pairs)).filter { !model.hasEqualValues($0.0) }.map { pair, q -> String in
                if pair.verdict == .missing {
                    return rules.fill("item.missing", ["q": q, "i": model.valueText(pair.international)])
                }
                return rules.fill(
                    "item.differs",
                    ["q": q, "d": model.valueText(pair.domestic), "i": model.valueText(pair.international)])
            }
        } else {
            all = model.collapsedEntries(pairs) { model.valueText($0.international ?? $0.domestic) }.map {
                $0.names.isEmpty ? $0.value : rules.fill("item.value", ["q": $0.names, "v": $0.value])
            }
        }
        let shown = all.prefix(all.count > 10 ? 5 : all.count)
        let rest = all.count - shown.count
        return shown.joined(separator: "; ") + (rest > 0 ? rules.fill("more", ["k": String(rest)]) : "")
    }

    /// ` (basis Itr)`, or nothing for no text.
    private func parenthesised(_ text: String) -> String { text.isEmpty ? "" : " (" + text + ")" }

    /// `4.2, 4.3`: distinct clauses in clause order; `nil` when there are none.
    private func clauses(_ list: [String]) -> String? {
        let unique = Set(list).sorted(by: ClauseOrder.areInIncreasingOrder)
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }

    /// `Table 1` from the reference's printed table numbers, else the table's concept.
    private func tables(_ indicators: [Indicator]) -> String {
        var seen = Set<String>()
        var names: [String] = []
        for indicator in indicators {
            guard let cell = indicator.cell, seen.insert(cell.tableID).inserted else { continue }
            let name =
                cell.tableNumber.map { rules.fill("table.numbered", ["num": $0]) }
                ?? NaturalText.sentenceCase(
                    rules.fill("table.unnumbered", ["concept": model.conceptName(indicator.conceptID)]))
            // Two unnumbered tables of one concept read the same: named once.
            if !names.contains(name) { names.append(name) }
        }
        return names.joined(separator: ", ")
    }
}
