/// The body of `annexes.docx`: 章条编号对照一览表 and 技术性差异及其原因一览表 as Word tables, each under
/// its title, in the report's language, on portrait A4 as a 规程's annex is printed.
enum AnnexDOCX {
    static func document(_ model: ReportModel) -> String {
        let s = model.strings
        let none = model.none
        var body = DOCXParts.paragraph(s["section.annexA"], style: "Title")
        let correspondence = AnnexTables.correspondence(model.comparison).map {
            [
                $0.domestic ?? none,
                $0.international.isEmpty ? none : ClauseList.text($0.international, in: model.options.language),
            ]
        }
        body += DOCXParts.table(
            [[model.ownClauseHeading, model.referenceClauseHeading]] + correspondence,
            widths: [5072, 5072], header: true)
        body += DOCXParts.paragraph(s["section.annexB"], style: "Title")
        // Paste-ready: no explanation of the tool's above the tables; a reason not given is a visible
        // placeholder for the drafter, never a reason.
        let differences = AnnexTables.differences(model).map { row -> [String] in
            [
                row.domesticClause ?? none, row.internationalClause ?? none, row.deviation,
                model.reasonCell(row.reason, unexplained: row.unexplained),
            ]
        }
        body += DOCXParts.table(
            [
                [
                    model.ownClauseHeading, model.referenceClauseHeading, s["col.deviation"], s["col.reason"],
                ]
            ] + differences,
            widths: [1700, 1700, 4244, 2500], header: true)
        return DOCXParts.document(body: body, landscape: false)
    }
}
