/// The body of `annexes.docx`: 章条编号对照一览表 and 技术性差异及其原因一览表 as Word tables, each under
/// its title, in the report's language, on portrait A4 as a 规程's annex is printed.
enum AnnexDOCX {
    static func document(_ model: ReportModel) -> String {
        let s = model.strings
        let none = model.none
        var body = DOCXParts.paragraph(s["section.annexA"], style: "Title")
        body += DOCXParts.paragraph(s.fill("annexA.intro", ["did": model.did, "iid": model.iid]))
        let correspondence = AnnexTables.correspondence(model.comparison).map {
            [$0.domestic ?? none, $0.international.isEmpty ? none : $0.international.joined(separator: ", ")]
        }
        body += DOCXParts.table(
            [[s.fill("col.clauseOf", ["id": model.did]), s.fill("col.clauseOf", ["id": model.iid])]] + correspondence,
            widths: [5072, 5072], header: true)
        body += DOCXParts.paragraph(s["section.annexB"], style: "Title")
        body += DOCXParts.paragraph(s.fill("annexB.intro", ["flag": s["flag.noReason"]]))
        let differences = AnnexTables.differences(model).map { row -> [String] in
            let reason = row.reason?.text ?? ""
            let flag = row.unexplained ? s["flag.noReason"] : ""
            return [
                row.domesticClause ?? none, row.internationalClause ?? none, row.deviation,
                reason.isEmpty ? flag : (flag.isEmpty ? reason : reason + "\n" + flag),
            ]
        }
        body += DOCXParts.table(
            [
                [
                    s.fill("col.clauseOf", ["id": model.did]), s.fill("col.clauseOf", ["id": model.iid]),
                    s["col.deviation"], s["col.reason"],
                ]
            ] + differences,
            widths: [1700, 1700, 4244, 2500], header: true)
        return DOCXParts.document(body: body, landscape: false)
    }
}
