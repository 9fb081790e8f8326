import Testing

@testable import HarmoniaStore

@Suite("Recorded documents")
struct EffectiveDateTests {
    @Test("a document's place in time: date, else edition year, else designation year")
    func effectiveDate() {
        #expect(
            RecordedDocument(id: "JJG 99-2006", role: .domestic, edition: "2006", date: "2006-09-06").effectiveDate
                == "2006-09-06")
        #expect(RecordedDocument(id: "OIML R 49-1", role: .international, edition: "2013 (E)").effectiveDate == "2013")
        #expect(RecordedDocument(id: "JJG 1-2001", role: .domestic).effectiveDate == "2001")
        #expect(RecordedDocument(id: "X", role: .domestic).effectiveDate == nil)
    }
}
