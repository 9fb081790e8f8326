import HarmoniaAlign
import HarmoniaModel

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

    var fields: [String] {
        [memberBody, lineNumber, clause, paragraph, type, comment, proposedChange, observations]
    }
}

/// A comment sheet on the reference document, written from the comparison: one `te` comment per
/// technical deviation, seen from the reference's side (what it requires, what the national document
/// requires instead and by how much), proposing the national requirement with its justification.
enum CommentSheet {
    /// The template's column headings. They stay in English whatever the report language: English is the
    /// committees' working language and the secretariat's tools expect these headings.
    static let headings = [
        "MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note", "Type of comment",
        "Comments", "Proposed change", "Observations of the secretariat",
    ]

    static func rows(_ model: ReportModel) -> [CommentRow] {
        model.deviationIndices.map { row(model.comparison.pairs[$0], model) }
    }

    private static func row(_ pair: Pair, _ model: ReportModel) -> CommentRow {
        let s = model.strings
        let subject = model.subject(pair)
        var values = [
            "subject": subject, "did": model.did, "iid": model.iid,
            "d": pair.domestic?.value.written ?? model.none, "i": pair.international?.value.written ?? model.none,
            "dclause": pair.domestic?.clause ?? model.none, "diffs": model.differencesText(pair), "mag": "",
        ]
        if let magnitude = model.magnitude(pair) {
            values["mag"] = s.fill(magnitude.smaller ? "comment.magnitude.smaller" : "comment.magnitude.larger",
                                   ["p": magnitude.percent])
        }
        let comment: String
        var proposal: String
        switch pair.verdict {
        case .missing:
            comment = s.fill("comment.missing", values)
            proposal = s.fill("proposal.omitted", values)
        case .added:
            comment = s.fill("comment.added", values)
            proposal = s.fill("proposal.add", values)
        default:
            let key = pair.step == .partial ? "comment.partial" : "comment." + pair.verdict.rawValue
            comment = s.fill(key, values)
            proposal = s.fill("proposal.value", values)
        }
        if let reason = model.reason(pair) {
            proposal += (model.options.language == .zh ? "" : " ") + s.fill("proposal.reason", ["text": reason.text])
        }
        return CommentRow(
            memberBody: model.options.memberBody ?? "", lineNumber: "",
            clause: pair.international?.clause ?? s["comment.general"],
            paragraph: model.tableLocation(pair.international) ?? "",
            type: "te", comment: comment, proposedChange: proposal, observations: "")
    }
}
