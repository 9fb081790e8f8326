import HarmoniaAlign
import HarmoniaModel
import HarmoniaSurvey

/// Writes a ``Survey`` as plain text for a terminal or a file: the summary, every family, the gaps, and
/// each regional group's matrix with its equivalence classes and what separates the rest. Interface text
/// comes from `Resources/strings.json` in the chosen language; documents' text is never translated.
public struct SurveyTextWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    public func write(_ survey: Survey) -> String {
        let s = ReportStrings(language)
        let documents = survey.documents
        var out = s.fill("survey.title", count: documents.count, ["n": String(documents.count)]) + "\n\n"
        out += SurveyFigures.summaryLines(survey, s).map { "  " + $0 + "\n" }.joined()

        out += "\n" + s.fill("survey.families", ["n": String(survey.families.count)]) + "\n"
        out += SurveyFigures.table(
            header: SurveyFigures.familyColumns.map { s[$0] },
            rows: survey.families.map { SurveyFigures.familyRow($0, documents, s) })
        let notes = survey.families.flatMap { SurveyFigures.familyNotes($0, documents, s) }.map { "  note: " + $0 }
        if !notes.isEmpty { out += notes.joined(separator: "\n") + "\n" }

        out += "\n" + s.fill("survey.gaps", ["n": String(survey.gaps.uncovered.count)]) + "\n"
        out += survey.gaps.uncovered.map {
            "  \(documents[$0].id)" + (documents[$0].title.map { "  \($0)" } ?? "") + "\n"
        }.joined()
        out += "\n" + s.fill("survey.missing", ["n": String(survey.gaps.missingReferences.count)]) + "\n"
        out += survey.gaps.missingReferences.map {
            "  \($0.ref)  (" + s.fill("survey.missing.namedBy", ["id": documents[$0.document].id]) + ")\n"
        }.joined()

        out += "\n" + s.fill("survey.regional", ["n": String(survey.regional.count)]) + "\n"
        for group in survey.regional { out += groupText(group, documents, s) }
        if !survey.leftOut.isEmpty {
            out +=
                "\n" + s.fill("survey.leftOut", ["n": String(survey.leftOut.count)]) + "\n"
                + survey.leftOut.map { "  \($0)\n" }.joined()
        }
        if !survey.notes.isEmpty {
            out += "\n" + s["survey.notes"] + "\n" + survey.notes.map { "  \($0)\n" }.joined()
        }
        return out
    }

    private func groupText(_ group: RegionalGroup, _ documents: [SurveyDocument], _ s: ReportStrings) -> String {
        let ids = group.documents.map { documents[$0].id }
        let title = group.reference.map { s.fill("survey.group.reference", ["ref": $0]) } ?? s["survey.group.mutual"]
        var out = "\n  \(title) (\(ids.count))\n"
        var scores: [Int: [Int: String]] = [:]
        for pair in group.pairs { scores[pair.domestic, default: [:]][pair.reference] = pair.score.text }
        let header = [s["survey.group.corner"]] + ids.indices.map { "[\($0 + 1)]" }
        let rows = group.documents.enumerated().map { row, member in
            ["[\(row + 1)] \(ids[row])"] + group.documents.map { scores[member]?[$0] ?? "—" }
        }
        out += SurveyFigures.table(header: header, rows: rows, indent: "    ")
        for members in group.equivalenceClasses {
            let names = members.map { documents[$0].id }.joined(separator: ", ")
            out += "    " + s.fill("survey.group.equivalent", ["ids": names]) + "\n"
        }
        if group.equivalenceClasses.isEmpty { out += "    " + s["survey.group.noneEquivalent"] + "\n" }
        for pair in group.pairs where !pair.deviations.isEmpty {
            let shown = pair.deviations.prefix(3).map(SurveyFigures.describe).joined(separator: "; ")
            let more = pair.deviations.count > 3 ? "; …" : ""
            out +=
                "    "
                + s.fill(
                    "survey.group.separated", count: pair.deviations.count,
                    [
                        "a": documents[pair.domestic].id, "b": documents[pair.reference].id,
                        "n": String(pair.deviations.count), "list": shown + more,
                    ]) + "\n"
        }
        return out
    }
}

/// Figures and layout shared by the survey's writers.
enum SurveyFigures {
    /// The summary, a line per figure.
    static func summaryLines(_ survey: Survey, _ s: ReportStrings) -> [String] {
        let summary = survey.summary
        let roles = DocumentRole.allCases.map { "\(summary.documents[$0, default: 0]) \(s["role." + $0.rawValue])" }
        var lines = [s.fill("survey.summary.documents", ["roles": roles.joined(separator: ", ")])]
        if !survey.leftOut.isEmpty {
            lines.append(s.fill("survey.summary.leftOut", ["n": String(survey.leftOut.count)]))
        }
        lines.append(
            s.fill(
                "survey.summary.families", count: summary.comparisons,
                ["families": String(survey.families.count), "comparisons": String(summary.comparisons)]))
        if let share = summary.domesticIDTorMODShareTenths {
            lines.append(
                s.fill(
                    "survey.summary.share",
                    [
                        "count": String(summary.domesticIDTorMOD), "total": String(summary.domesticCompared),
                        "share": Score.format(tenths: share),
                    ]))
        } else {
            lines.append(s["survey.summary.shareNone"])
        }
        lines.append(
            s.fill(
                "survey.summary.consistency",
                ["value": summary.consistencyTenths.map { Score.format(tenths: $0) } ?? "—"]))
        lines.append(
            s.fill(
                "survey.summary.declarations",
                ["count": String(summary.unsupportedDeclarations), "total": String(summary.declarations)]))
        lines.append(
            s.fill(
                "survey.summary.gaps",
                ["gaps": String(survey.gaps.uncovered.count), "missing": String(survey.gaps.missingReferences.count)]))
        let classes = survey.regional.reduce(0) { $0 + $1.equivalenceClasses.count }
        lines.append(
            s.fill("survey.summary.regional", ["groups": String(survey.regional.count), "classes": String(classes)]))
        return lines
    }

    /// The keys of the families table's columns.
    static let familyColumns = [
        "survey.col.document", "survey.col.reference", "survey.col.score", "survey.col.degree", "survey.col.declared",
        "survey.col.unexplained", "survey.col.edition", "survey.col.date",
    ]

    /// One family's cells, in ``familyColumns`` order.
    static func familyRow(_ family: SurveyFamily, _ documents: [SurveyDocument], _ s: ReportStrings) -> [String] {
        let c = family.comparison
        let d = documents[c.domestic]
        let declared =
            (family.declaredDegree?.rawValue ?? "—")
            + (family.declarationSupported ? "" : " (" + s["survey.notSupported"] + ")")
        return [
            d.id, documents[c.reference].id, c.score.text, c.degree.rawValue, declared, String(c.unexplained),
            d.edition ?? "—", d.date ?? "—",
        ]
    }

    /// Why a family's reference is another edition, and whether a later edition replaces it.
    static func familyNotes(_ family: SurveyFamily, _ documents: [SurveyDocument], _ s: ReportStrings) -> [String] {
        var notes: [String] = []
        if let note = family.note { notes.append(note) }
        if let newer = family.referenceSupersededBy {
            notes.append(
                s.fill(
                    "survey.note.superseded",
                    [
                        "id": documents[family.comparison.domestic].id,
                        "ref": documents[family.comparison.reference].id, "newer": newer,
                    ]))
        }
        return notes
    }

    /// `looser mpe (mpe)`: verdict, concept and the indicator's id.
    static func describe(_ deviation: SurveyDeviation) -> String {
        "\(deviation.verdict.rawValue) \(deviation.concept)"
            + ((deviation.domestic ?? deviation.reference).map { " (\($0))" } ?? "")
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
