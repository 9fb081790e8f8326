import HarmoniaAlign
import HarmoniaModel
import HarmoniaText

/// Writes the report's tables as CSV: RFC 4180 (CRLF line ends, quoted fields where needed), UTF-8 with
/// a byte-order mark so that Excel opens Chinese text right.
///
/// Text from the documents that would start a spreadsheet formula gets a leading apostrophe; headings
/// and Harmonia's own words are left alone.
public struct CSVWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// `pairs.csv`: one row per pair, in the contract's order.
    public func pairs(_ comparison: Comparison) -> String {
        let model = ReportModel(comparison, options: options)
        let s = model.strings
        var table = CSVTable(header: [
            s["col.verdict"], s["col.concept"],
            s.fill("col.id", ["id": model.did]), s.fill("col.clauseOf", ["id": model.did]),
            s.fill("col.valueOf", ["id": model.did]), s.fill("col.qualifiersOf", ["id": model.did]),
            s.fill("col.id", ["id": model.iid]), s.fill("col.clauseOf", ["id": model.iid]),
            s.fill("col.valueOf", ["id": model.iid]), s.fill("col.qualifiersOf", ["id": model.iid]),
            s["col.qualifierDifferences"], s["col.explained"], s["col.justification"], s["col.detail"],
            s["col.pairing"],
        ])
        for pair in model.comparison.pairs {
            table.append([
                .plain(s.verdict(pair.verdict)), .plain(model.conceptName(pair)),
                .document(pair.domestic?.id ?? ""), .clause(pair.domestic?.clause ?? ""),
                .document(pair.domestic.map { model.valueText($0) } ?? ""),
                .document(model.qualifierText(pair.domestic)),
                .document(pair.international?.id ?? ""), .clause(pair.international?.clause ?? ""),
                .document(pair.international.map { model.valueText($0) } ?? ""),
                .document(model.qualifierText(pair.international)),
                .document(model.differencesText(pair)), .plain(s.yesNo(pair.explained)),
                .document(pair.explanation?.text.text ?? ""), .document(pair.detail), .plain(pair.step.rawValue),
            ])
        }
        return table.text
    }

    /// `correspondence.csv`: 章条编号对照一览表.
    public func correspondence(_ comparison: Comparison) -> String {
        let model = ReportModel(comparison, options: options)
        var table = CSVTable(header: [model.ownClauseHeading, model.referenceClauseHeading])
        for row in AnnexTables.correspondence(comparison) {
            table.append([
                row.domestic.map(Cell.clause) ?? .plain(model.none),
                row.international.isEmpty
                    ? .plain(model.none) : .clause(ClauseList.text(row.international, in: model.options.language)),
            ])
        }
        return table.text
    }

    /// `differences.csv`: 技术性差异及其原因一览表; the last column says 是/否 (yes/no): whether the document
    /// gives no reason for the row (a fact, whatever the declared degree; the annex `.docx` shows 【待补充】 where a reason is owed).
    public func differences(_ comparison: Comparison) -> String {
        let model = ReportModel(comparison, options: options)
        let s = model.strings
        var table = CSVTable(header: [
            model.ownClauseHeading, model.referenceClauseHeading, s["col.deviation"], s["col.reason"],
            s["col.noReason"],
        ])
        for row in AnnexTables.differences(model) {
            table.append([
                row.domesticClause.map(Cell.clause) ?? .plain(model.none),
                row.internationalClause.map(Cell.clause) ?? .plain(model.none),
                .document(row.deviation), .document(row.reason?.text ?? ""),
                .plain(s.yesNo(row.unexplained)),
            ])
        }
        return table.text
    }

    /// `comments.csv`: the comment sheet, in English (see ``CommentSheet``), one row per deviating requirement.
    public func comments(_ comparison: Comparison) -> String {
        let sheet = CommentSheet(comparison, options: options)
        let rows = sheet.rows
        let withJustification = CommentSheet.needsJustificationColumn(rows)
        // A CSV has no header block: the template's Date goes on every row, after the template's columns.
        var headings = sheet.headings(for: rows)
        headings.insert(sheet.rules.fill("header.date"), at: sheet.rules.headings.count)
        var table = CSVTable(header: headings)
        for row in rows {
            var cells: [Cell] = [
                .document(row.memberBody), .plain(row.lineNumber), .clause(row.clause), .document(row.paragraph),
                .plain(row.type), .document(row.comment), .document(row.proposedChange), .plain(row.observations),
                .plain(sheet.model.options.date ?? ""),
            ]
            if withJustification { cells.append(.document(row.justification)) }
            table.append(cells)
        }
        return table.text
    }
}

/// A CSV cell: Harmonia's own words, text that carries a document's content, or a clause number. All are
/// escaped by the one rule of `CSVField.escaped` (formula injection included): even "own" words can carry
/// a document's text (a concept id).
enum Cell {
    case plain(String)
    case document(String)
    /// A clause number (`5.10`), kept as text: a spreadsheet would read `5.10` as the number 5.1.
    case clause(String)
}

/// Rows of fields, rendered as RFC 4180 text with a BOM.
struct CSVTable {
    private var lines: [String]

    init(header: [String]) {
        lines = [header.map(CSVField.escaped).joined(separator: ",")]
    }

    mutating func append(_ cells: [Cell]) {
        lines.append(
            cells.map { cell in
                switch cell {
                case .plain(let text), .document(let text): CSVField.escaped(text)
                case .clause(let text): Self.clauseField(text)
                }
            }.joined(separator: ","))
    }

    var text: String { "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }

    /// A clause number a spreadsheet would take for a number or a date (digits and full stops: `5.10`,
    /// `7`, `3.2.3`) is written as the text formula `="5.10"`, which Excel, LibreOffice, WPS and Sheets
    /// show as `5.10` and copy as `5.10`, nothing added. (An invisible character in front would also keep it
    /// text, but travels with every copy into the annex of a 规程.) The formula is built here from digits
    /// and full stops only, so it cannot carry anything else; every other cell goes through
    /// ``CSVField/escaped(_:)``, formula-injection rule included.
    static func clauseField(_ clause: String) -> String {
        guard isNumberLike(clause) else { return CSVField.escaped(clause) }
        return "\"=\"\"" + clause + "\"\"\""
    }

    /// Digits and full stops only, starting with a digit: what a spreadsheet reads as a number or a date.
    static func isNumberLike(_ clause: String) -> Bool {
        guard let first = clause.first, first.isASCII, first.isNumber else { return false }
        return clause.allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) }
    }
}
