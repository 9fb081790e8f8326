import HarmoniaAlign
import HarmoniaModel

/// The report page's requirement view: each deviating requirement once, in one row, with both values and
/// the reason; a requirement of several entries (a table) keeps them in a collapsible section of its row.
/// This is where a deviation is stated; the other lists (what stands between the document and MOD,
/// annex B, every pair) link here by anchor (``HTMLAnchors``).
enum HTMLRequirements {
    private static func h(_ text: String) -> String { Escape.html(text) }

    /// A requirement with more entries than this starts folded: its sentence in annex B lists them all.
    static let openUpTo = 10

    static func section(_ model: ReportModel, anchors: HTMLAnchors) -> [String] {
        let s = model.strings
        guard !model.groups.isEmpty else { return ["<p>" + h(s["deviations.none"]) + "</p>"] }
        var lines = ["<p class=\"caption\">" + h(s["requirements.intro"]) + "</p>", "<div class=\"filter\">"]
        let rows = model.groups.map { $0.verdicts(model.comparison) }
        lines += HTMLFilter.radios(model, list: "deviations", rows: rows)
        lines += [
            "<table class=\"deviations\">",
            HTMLFilter.header([
                s.fill("col.clauseOf", ["id": model.iid]), s.fill("col.clauseOf", ["id": model.did]),
                s["col.concept"], s["col.verdict"], model.did, model.iid, s["col.reason"],
            ]),
            "<tbody>",
        ]
        for (group, verdicts) in zip(model.groups, rows) {
            lines.append(row(group, verdicts: verdicts, model, anchors))
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }

    private static func row(_ group: DeviationGroup, verdicts: [Verdict], _ model: ReportModel, _ anchors: HTMLAnchors)
        -> String
    {
        let s = model.strings
        let pairs = group.pairIndices.map { model.comparison.pairs[$0] }
        let classes = HTMLFilter.rowClasses(verdicts) + (group.unexplained ? " unexplained" : "")
        let reason =
            group.reason.map(HTMLTables.documentText)
            ?? (group.unexplained && model.reasonsOwed
                ? "<span class=\"flag\">" + h(s["flag.noReason"]) + "</span>" : "")
        // Each document's clause in its own column: a number alone would not say whose it is.
        var domesticClauses: [String] = []
        for clause in pairs.compactMap({ $0.domestic?.clause }) where !domesticClauses.contains(clause) {
            domesticClauses.append(clause)
        }
        var cells =
            "<td>" + h(group.requirement.internationalClause ?? model.none) + "</td><td>"
            + h(domesticClauses.isEmpty ? model.none : s.list(domesticClauses)) + "</td>"
        if pairs.count == 1 {
            let pair = pairs[0]
            cells +=
                "<td>" + h(model.subject(pair)) + "</td><td>" + verdict(pair, model) + "</td><td>"
                + side(pair.domestic, model, clause: false) + "</td><td>"
                + side(pair.international, model, clause: false) + "</td>"
        } else {
            let badges = verdicts.map { HTMLTables.badge($0, model) }.joined(separator: " ")
            let open = pairs.count <= openUpTo ? " open=\"open\"" : ""
            cells +=
                "<td>" + h(name(pairs, model)) + "</td><td>" + badges + "</td><td colspan=\"2\">"
                + "<details" + open + "><summary>" + h(s.fill("requirements.entries", ["n": String(pairs.count)]))
                + "</summary>" + entries(group, model, anchors) + "</details></td>"
        }
        return "<tr id=\"" + anchors.requirement(group) + "\" class=\"" + classes + "\">" + cells + "<td>" + reason
            + "</td></tr>"
    }

    /// The entries of a requirement of several: qualifiers, the verdict when they do not share one, both
    /// values (the reference's clause is the row's).
    private static func entries(_ group: DeviationGroup, _ model: ReportModel, _ anchors: HTMLAnchors) -> String {
        let s = model.strings
        let verdicts = group.verdict == nil
        var table =
            "<table class=\"entries\">"
            + HTMLFilter.header([s["col.qualifiers"]] + (verdicts ? [s["col.verdict"]] : []) + [model.did, model.iid])
            + "<tbody>"
        let pairs = group.pairIndices.map { model.comparison.pairs[$0] }
        for (index, (pair, entry)) in zip(group.pairIndices, zip(pairs, model.entryNames(pairs))) {
            table +=
                "<tr id=\"" + anchors.entry(index) + "\" class=\"" + HTMLFilter.rowClasses([pair.verdict]) + "\"><td>"
                + h(entry) + "</td><td>"
                + (verdicts ? verdict(pair, model) + "</td><td>" : "") + side(pair.domestic, model) + "</td><td>"
                + side(pair.international, model, clause: false) + "</td></tr>"
        }
        return table + "</tbody></table>"
    }

    /// A requirement of several entries by its concept and what its entries share (`最大允许误差（功率因数
    /// 1）`), so that two tables of one concept and clause read apart.
    private static func name(_ pairs: [Pair], _ model: ReportModel) -> String {
        let common = model.commonQualifierText(pairs)
        let concept = model.conceptName(pairs[0])
        return common.isEmpty
            ? concept : model.strings.fill("subject.qualified", ["concept": concept, "q": common])
    }

    /// The verdict's badge, with the size of the difference or the conditions of a partial pair below it.
    private static func verdict(_ pair: Pair, _ model: ReportModel) -> String {
        let s = model.strings
        var text = HTMLTables.badge(pair.verdict, model)
        if let magnitude = model.magnitude(pair) {
            text +=
                "<span class=\"where\">"
                + h(magnitude.phrase(s.fill))
                + "</span>"
        }
        if pair.step == .partial { text += "<span class=\"where\">" + h(model.differencesText(pair)) + "</span>" }
        return text
    }

    /// A value with where the document states it: `±1.6 mg` over `5.1 · 表 1` (without the clause where
    /// the row already names it). The indicator's id is for tools, not readers: it stays in the tooltip.
    static func side(_ indicator: Indicator?, _ model: ReportModel, clause: Bool = true) -> String {
        guard let indicator else { return "<span class=\"muted\">" + h(model.none) + "</span>" }
        let place = model.place(indicator, clause: clause)
        return "<span class=\"value\" title=\"" + h(indicator.id) + "\">" + h(model.valueText(indicator))
            + "</span>" + (place.isEmpty ? "" : "<span class=\"where\">" + h(place) + "</span>")
    }
}

/// Where each deviation is stated on the page, so other lists can link to it: a requirement's row is
/// `r-N` (N: its first pair's index), an entry of a requirement of several is `p-N`.
struct HTMLAnchors {
    private var byPair: [Int: String] = [:]

    init(_ model: ReportModel) {
        for group in model.groups {
            if group.pairIndices.count == 1 {
                byPair[group.pairIndices[0]] = requirement(group)
            } else {
                for index in group.pairIndices { byPair[index] = entry(index) }
            }
        }
    }

    func requirement(_ group: DeviationGroup) -> String { "r-\(group.pairIndices[0])" }
    func entry(_ index: Int) -> String { "p-\(index)" }

    /// The anchor of the place a pair's deviation is stated; `nil` for a pair that is no technical deviation.
    func pair(_ index: Int) -> String? { byPair[index] }
}
