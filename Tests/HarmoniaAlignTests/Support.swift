import HarmoniaAlign
import HarmoniaIngest
import HarmoniaModel
import Testing

/// Builds a spec document from a body of sections, for tests that state the case in the format itself.
func spec(_ id: String, role: String, meta: String = "", _ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <spec xmlns="urn:harmonia:spec:1" xmlns:si="https://ptb.de/si" id="\(id)" role="\(role)" lang="en">
      <meta><title lang="en">\(id)</title>\(meta)</meta>
      \(body)
    </spec>
    """
}

/// Reads a document from text, failing the test with every diagnostic when it does not read.
func document(_ text: String, name: String = "test.xml", sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> Document
{
    let result = SpecReader().read(bytes: Array(text.utf8), name: name)
    guard let document = result.document else {
        Issue.record(
            "document did not read: \(result.diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        throw ReadFailure()
    }
    return document
}

struct ReadFailure: Error {}

/// Compares one domestic indicator body with one international indicator body, both in clause 5.1.
func compareIndicators(_ domestic: String, _ international: String, options: ComparisonOptions = ComparisonOptions())
    throws -> Comparison
{
    let d = try document(spec("D", role: "domestic", "<section num=\"5.1\">\(domestic)</section>"))
    let i = try document(spec("I", role: "international", "<section num=\"5.1\">\(international)</section>"))
    return Comparator(options: options).compare(d, i)
}

/// The verdict of comparing two values of a concept, each in an indicator with the same qualifiers.
func verdict(_ concept: String, _ domestic: String, _ international: String, where qualifiers: String = "") throws
    -> Verdict
{
    let whereElement = qualifiers.isEmpty ? "" : "<where \(qualifiers)/>"
    let comparison = try compareIndicators(
        "<indicator id=\"x\" concept=\"\(concept)\">\(whereElement)<value>\(domestic)</value></indicator>",
        "<indicator id=\"y\" concept=\"\(concept)\">\(whereElement)<value>\(international)</value></indicator>")
    #expect(comparison.pairs.count == 1, "expected one pair, got \(comparison.pairs.map(\.verdict))")
    return comparison.pairs.first?.verdict ?? .different
}

/// The verdict and detail of one pair; each side may state its own qualifiers.
func judged(
    _ concept: String, _ domestic: String, _ international: String,
    domesticWhere: String = "", internationalWhere: String = "",
    domesticExtra: String = "", internationalExtra: String = ""
) throws -> (Verdict, String) {
    func body(_ id: String, _ value: String, _ qualifiers: String, _ extra: String) -> String {
        let conceptAttribute = concept.hasPrefix("label:") ? "" : " concept=\"\(concept)\""
        let label = concept.hasPrefix("label:") ? "<label lang=\"en\">\(concept.dropFirst(6))</label>" : ""
        let whereElement = qualifiers.isEmpty ? "" : "<where \(qualifiers)/>"
        return
            "<indicator id=\"\(id)\"\(conceptAttribute)>\(label)\(whereElement)<value>\(value)</value>\(extra)</indicator>"
    }
    let comparison = try compareIndicators(
        body("x", domestic, domesticWhere, domesticExtra),
        body("y", international, internationalWhere, internationalExtra))
    #expect(comparison.pairs.count == 1, "expected one pair, got \(comparison.pairs.map(\.verdict))")
    let pair = comparison.pairs.first
    return (pair?.verdict ?? .different, pair?.detail ?? "")
}
