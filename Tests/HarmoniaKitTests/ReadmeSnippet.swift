// The README's "Use as a library" snippet, character for character between the two marker lines:
// ReadmeSnippetTests runs it and checks that the README still shows exactly this code.
// BEGIN README SNIPPET
import HarmoniaKit

/// Compares a domestic specification with its reference; returns a one-line summary and the
/// Markdown report.
func assess(domestic: String, reference: String) throws -> (summary: String, markdown: String) {
    let assessor = Assessor()
    let comparison = try assessor.compare(domesticFile: domestic, referenceFile: reference)
    let score = comparison.score.text
    let degree = comparison.degree.computed.rawValue
    let deviations = comparison.counts.deviations
    let unexplained = comparison.degree.unexplained.count
    let summary = "score \(score), degree \(degree), \(deviations) deviations, \(unexplained) unexplained"
    let markdown = try assessor.render(comparison, as: .markdown)
    return (summary, String(decoding: markdown, as: UTF8.self))
}
// END README SNIPPET
