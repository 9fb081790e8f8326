import Foundation
import HarmoniaIngest
import HarmoniaModel
import Testing

@testable import HarmoniaExtract

/// A small Metanorma document written for these tests (Resources/metanorma-small.xml).
@Suite("Metanorma")
struct MetanormaTests {
    let path = resource("metanorma-small.xml")

    @Test("extraction matches its golden file, validates, and is byte-identical when repeated")
    func golden() throws {
        let (text, _) = try extractText(path)
        try expectGolden(text, "metanorma-small.expected.xml")
        let again = try extractText(path).text
        #expect(Array(text.utf8) == Array(again.utf8))
        let document = try readBack(text)
        #expect(document.id == "OIML R 999:2024")
        #expect(document.role == .international)
    }

    @Test("table cells become indicators with header qualifiers, spans and units")
    func tables() throws {
        let draft = try #require(try extractText(path).extraction.draft)
        let values = Dictionary(
            draft.indicators.compactMap { indicator in indicator.id.map { ($0, indicator.value) } },
            uniquingKeysWith: { first, _ in first })
        #expect(values["Table 1[Lower limit][Class A]"] == "50000")
        #expect(values["Table 1[Upper limit][Class B]"] == "100 000")  // digit groups split over <mn> elements
        #expect(values["Table 1[Upper limit][Class A]"] == nil)  // "Unlimited" is not a value
        #expect(values["Table 2[1 kg][MPE / mg / Class B]"] == "±1.6 mg")
        // A cell spanning two rows holds for both.
        #expect(values["Table 2[500 g][MPE / mg / Class B]"] == "±0.8 mg")
        #expect(values["Table 2[200 g][MPE / mg / Class B]"] == "±0.8 mg")
        let mpe = try #require(draft.indicators.first { $0.id == "Table 2[1 kg][MPE / mg / Class B]" })
        #expect(mpe.qualifiers == [Qualifier("load", "1 kg"), Qualifier("class", "B")])
        #expect(mpe.source == "Table 2, row \"1 kg\", column \"MPE / mg / Class B\"")
    }

    @Test("sentences, formulae, lists after a lead-in and uncertainties")
    func sentences() throws {
        let draft = try #require(try extractText(path).extraction.draft)
        let byLabel = Dictionary(grouping: draft.indicators, by: \.label)
        #expect(byLabel["repeatability"]?.map(\.value) == ["≤ 0.2 mg"])
        #expect(byLabel["temperature range"]?.map(\.value) == ["-10 °C to +40 °C"])
        let frequency = try #require(byLabel["frequency"]?.first)
        #expect(frequency.value == "50 Hz")
        #expect(frequency.uncertainty == DraftUncertainty(value: "2E-6", k: "1"))
        let spans = try #require(byLabel["Rated operating conditions"])
        #expect(spans.map(\.value) == ["≥ 5 °C", "≥ 15 °C", "≥ 15 °C"])
        #expect(spans.map { $0.qualifiers.first?.value } == ["A", "B", "C"])
        // Informative notes and the foreword are not requirements.
        #expect(!draft.indicators.contains { $0.value.contains("9 mg") || $0.value.contains("99 kg") })
    }

    @Test("what cannot be read is a warning with its place, never a value")
    func warnings() throws {
        let extraction = try extractText(path).extraction
        let messages = extraction.warnings.map(\.description)
        #expect(
            messages.contains {
                $0.contains(
                    "metanorma-small.xml:20: warning: Table 1, row \"Upper limit\", column \"Class A\": \"Unlimited\"")
            })
        #expect(messages.contains { $0.contains("Table A.1") && $0.contains("shape contradicts its heading") })
        #expect(messages.contains { $0.contains("clause 2.2, paragraph 2") && $0.contains("multiple") })
        #expect(extraction.draft?.indicators.contains { $0.source.hasPrefix("Table A.1") } == false)
    }

    @Test("clause numbers follow the nesting; an anchor's number wins; unnumbered clauses are not counted")
    func numbering() throws {
        let draft = try #require(try extractText(path).extraction.draft)
        let numbers = draft.sections.flatMap { [$0.num] + $0.sections.map(\.num) }
        #expect(numbers.contains("2.1"))
        #expect(numbers.contains("2.2"))
        #expect(draft.sections.first { $0.num == "1" }?.title == "Scope")
    }

    @Test("--role and --id replace what the document says")
    func overrides() throws {
        let (text, _) = try extractText(path, overrides: .init(role: "regional", id: "EN 999"))
        let document = try readBack(text)
        #expect(document.id == "EN 999")
        #expect(document.role == .regional)
    }
}
