import HarmoniaAlign
import HarmoniaModel
import HarmoniaSurvey

/// Writes a ``Survey`` as plain text for a terminal or a file: the summary, every family, the gaps, and
/// each regional group's matrix with its equivalence classes and what separates the rest.
public struct SurveyTextWriter: Sendable {
    public init() {}

    public func write(_ survey: Survey) -> String {
        let documents = survey.documents
        var out = "Survey of \(documents.count) document\(documents.count == 1 ? "" : "s")\n\n"
        out += SurveyFigures.summaryLines(survey).map { "  " + $0 + "\n" }.joined()

        out += "\nFamilies (\(survey.families.count))\n"
        out += SurveyFigures.table(
            header: ["document", "reference", "score", "degree", "declared", "unexplained", "edition", "date"],
            rows: survey.families.map { family in
                let c = family.comparison
                let d = documents[c.domestic]
                return [
                    d.id, documents[c.reference].id, c.score.text, c.degree.rawValue,
                    (family.declaredDegree?.rawValue ?? "—") + (family.declarationSupported ? "" : " (not supported)"),
                    String(c.unexplained), d.edition ?? "—", d.date ?? "—",
                ]
            })
        let notes = survey.families.compactMap { family -> String? in
            let id = documents[family.comparison.domestic].id
            var lines: [String] = []
            if let note = family.note { lines.append("  note: \(note)") }
            if let newer = family.referenceSupersededBy {
                lines.append(
                    "  note: \(id)'s reference \(documents[family.comparison.reference].id) is superseded by \(newer)")
            }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
        if !notes.isEmpty { out += notes.joined(separator: "\n") + "\n" }

        out += "\nGaps: international documents nothing corresponds to (\(survey.gaps.uncovered.count))\n"
        out += survey.gaps.uncovered.map {
            "  \(documents[$0].id)" + (documents[$0].title.map { "  \($0)" } ?? "") + "\n"
        }.joined()
        out += "\nDeclared references not in the catalogue (\(survey.gaps.missingReferences.count))\n"
        out += survey.gaps.missingReferences.map { "  \($0.ref)  (named by \(documents[$0.document].id))\n" }.joined()

        out += "\nRegional groups (\(survey.regional.count))\n"
        for group in survey.regional { out += groupText(group, documents) }
        if !survey.leftOut.isEmpty {
            out += "\nLeft out (\(survey.leftOut.count))\n" + survey.leftOut.map { "  \($0)\n" }.joined()
        }
        if !survey.notes.isEmpty {
            out += "\nNotes\n" + survey.notes.map { "  \($0)\n" }.joined()
        }
        return out
    }

    private func groupText(_ group: RegionalGroup, _ documents: [SurveyDocument]) -> String {
        let ids = group.documents.map { documents[$0].id }
        var out = "\n  \(group.reference ?? "(documents naming one another)"): \(ids.count) documents\n"
        var scores: [Int: [Int: String]] = [:]
        for pair in group.pairs { scores[pair.domestic, default: [:]][pair.reference] = pair.score.text }
        let header = ["assessed \\ against"] + ids.indices.map { "[\($0 + 1)]" }
        let rows = group.documents.enumerated().map { row, member in
            ["[\(row + 1)] \(ids[row])"] + group.documents.map { scores[member]?[$0] ?? "—" }
        }
        out += SurveyFigures.table(header: header, rows: rows, indent: "    ")
        let classed = Set(group.equivalenceClasses.joined())
        for members in group.equivalenceClasses {
            out +=
                "    equivalent (candidates for mutual recognition): \(members.map { documents[$0].id }.joined(separator: ", "))\n"
        }
        if group.equivalenceClasses.isEmpty { out += "    no two documents are equivalent\n" }
        for pair in group.pairs
        where !classed.contains(pair.domestic) || !classed.contains(pair.reference)
            || !group.equivalenceClasses.contains(where: { $0.contains(pair.domestic) && $0.contains(pair.reference) })
        {
            guard !pair.deviations.isEmpty else { continue }
            let shown = pair.deviations.prefix(3).map {
                "\($0.verdict.rawValue) \($0.concept)" + (($0.domestic ?? $0.reference).map { " (\($0))" } ?? "")
            }
            let more = pair.deviations.count > 3 ? ", and \(pair.deviations.count - 3) more" : ""
            out +=
                "    \(documents[pair.domestic].id) against \(documents[pair.reference].id): \(pair.deviations.count) deviation\(pair.deviations.count == 1 ? "" : "s"): \(shown.joined(separator: "; "))\(more)\n"
        }
        return out
    }
}

/// Figures and layout shared by the survey's writers.
enum SurveyFigures {
    /// The summary, a line per figure.
    static func summaryLines(_ survey: Survey) -> [String] {
        let s = survey.summary
        let roles = DocumentRole.allCases.map { "\(s.documents[$0, default: 0]) \($0.rawValue)" }.joined(
            separator: ", ")
        var lines = [
            "documents: \(roles)"
                + (survey.leftOut.isEmpty ? "" : "; \(survey.leftOut.count) left out (not valid or not readable)")
        ]
        lines.append("families: \(survey.families.count) (\(s.comparisons) comparisons made)")
        lines.append(
            "domestic documents computed IDT or MOD: "
                + (s.domesticIDTorMODShareTenths.map {
                    "\(s.domesticIDTorMOD) of \(s.domesticCompared) (\(Score.format(tenths: $0)) %)"
                } ?? "none compared"))
        lines.append(
            "catalogue-wide consistency (scores weighted by the references' requirements): "
                + (s.consistencyTenths.map { Score.format(tenths: $0) } ?? "—"))
        lines.append("declarations the comparison does not support: \(s.unsupportedDeclarations) of \(s.declarations)")
        lines.append(
            "gaps: \(survey.gaps.uncovered.count) international document\(survey.gaps.uncovered.count == 1 ? "" : "s") without a counterpart; \(survey.gaps.missingReferences.count) declared reference\(survey.gaps.missingReferences.count == 1 ? "" : "s") not in the catalogue"
        )
        let classes = survey.regional.reduce(0) { $0 + $1.equivalenceClasses.count }
        lines.append(
            "regional groups: \(survey.regional.count), with \(classes) equivalence class\(classes == 1 ? "" : "es")")
        return lines
    }

    /// Columns padded to their widest cell (by characters; CJK text may sit a little off in a terminal).
    static func table(header: [String], rows: [[String]], indent: String = "  ") -> String {
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            indent
                + cells.enumerated().map { index, cell in
                    index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
                }.joined(separator: "  ") + "\n"
        }
        return ([line(header)] + rows.map(line)).joined()
    }
}
