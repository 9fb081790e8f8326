// The README's "Use as a library" snippet, character for character between the two marker lines:
// ReadmeSnippetTests runs it and checks that the README still shows exactly this code.
// BEGIN README SNIPPET
import HarmoniaKit

/// Compares a domestic specification with its reference; returns a one-line summary and the
/// Markdown report.
func assess(domestic: String, reference: String) throws -> (summary: String, markdown: String) {
    let assessor = Assessor()
    let comparison = try assessor.compare(domesticFile: domestic, referenceFile: reference)
    let deviations = comparison.pairs.filter { $0.verdict.isDeviation }
    let summary = "score \(comparison.score.text), degree \(comparison.degree.computed.rawValue), "
        + "\(deviations.count) deviations, \(comparison.degree.unexplained.count) unexplained"
    let markdown = try assessor.render(comparison, as: .markdown)
    return (summary, String(decoding: markdown, as: UTF8.self))
}
// END README SNIPPET
