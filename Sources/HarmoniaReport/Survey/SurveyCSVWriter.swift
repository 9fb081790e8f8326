import HarmoniaAlign
import HarmoniaSurvey

/// Writes a survey's families as CSV (RFC 4180, UTF-8 with a byte-order mark, as the report's tables are):
/// one row per family, in the survey's order.
public struct SurveyCSVWriter: Sendable {
    public init() {}

    public func families(_ survey: Survey) -> String {
        let documents = survey.documents
        var table = CSVTable(header: [
            "document", "role", "reference", "named", "score", "degree", "declared degree", "declaration supported",
            "pairs", "deviations", "unexplained deviations", "edition", "date", "reference edition",
            "reference superseded by", "note",
        ])
        for family in survey.families {
            let c = family.comparison
            let d = documents[c.domestic]
            let r = documents[c.reference]
            table.append([
                .document(d.id), .plain(d.role.rawValue), .document(r.id), .document(family.named),
                .plain(c.score.text),
                .plain(c.degree.rawValue), .plain(family.declaredDegree?.rawValue ?? ""),
                .plain(family.declarationSupported ? "yes" : "no"), .plain(String(c.counts.total)),
                .plain(String(c.deviations.count)), .plain(String(c.unexplained)), .document(d.edition ?? ""),
                .document(d.date ?? ""), .document(r.edition ?? ""), .document(family.referenceSupersededBy ?? ""),
                .document(family.note ?? ""),
            ])
        }
        return table.text
    }
}
