import Foundation
import HarmoniaAlign
import HarmoniaModel
import Testing

@testable import HarmoniaStore

/// A recorded comparison made up for the test.
func made(
    _ recordID: Int64, _ domestic: String, _ domesticDate: String?, _ international: String,
    _ internationalDate: String?,
    score: Int, supersedes: [String] = [], internationalSupersedes: [String] = [],
    recordedAt: String = "2024-01-01T00:00:00Z"
) -> RecordedComparison {
    RecordedComparison(
        recordID: recordID,
        domestic: RecordedDocument(id: domestic, role: .domestic, date: domesticDate, supersedes: supersedes),
        international: RecordedDocument(
            id: international, role: .international, date: internationalDate,
            supersedes: internationalSupersedes),
        recordedAt: recordedAt, scoreTenths: score, degree: .NEQ, counts: VerdictCounts(), pairCount: 0, unexplained: 0)
}

@Suite("History: order, families and changes in score")
struct HistoryTests {
    @Test("ordered by the domestic date, then the international date, whatever the recording order")
    func ordering() {
        let entries = History.entries([
            made(1, "JJG 99-2022", "2022-12-07", "OIML R 111-1:2004", "2004", score: 950),
            made(2, "JJG 162-2009", "2009-04-08", "OIML R 49-1:2006", "2006", score: 520),
            made(3, "JJG 99-2006", "2006-09-06", "OIML R 111-1:2004", "2004", score: 938),
            made(4, "JJG 270-2008", "2008", "OIML R 148-1:2020", "2020", score: 300),
            made(5, "JJG 270-2008", "2008", "OIML R 16-1:2002", "2002", score: 318),
            made(6, "X", nil, "Y", nil, score: 100),
        ])
        #expect(entries.map(\.comparison.recordID) == [3, 5, 4, 2, 1, 6])
        #expect(entries.map(\.date) == ["2006-09-06", "2008", "2008", "2009-04-08", "2022-12-07", nil])
    }

    @Test("the change in score is measured from the family's previous record")
    func changes() {
        let entries = History.entries([
            made(1, "JJG 99-2022", "2022-12-07", "OIML R 111-1:2004", "2004", score: 950),
            made(2, "JJG 162-2009", "2009-04-08", "OIML R 49-1:2006", "2006", score: 520),
            made(3, "JJG 99-2006", "2006-09-06", "OIML R 111-1:2004", "2004", score: 938),
            made(
                4, "JJG 162-2019", "2019-12-31", "OIML R 49-1:2013", "2013", score: 486, supersedes: ["JJG 162-2009"],
                internationalSupersedes: ["OIML R 49-1:2006"]),
        ])
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.comparison.recordID, $0) })
        #expect(byID[3]?.changeTenths == nil && byID[3]?.previousRecordID == nil)
        #expect(byID[1]?.changeTenths == 12 && byID[1]?.previousRecordID == 3)
        #expect(byID[2]?.changeTenths == nil)
        #expect(byID[4]?.changeTenths == -34 && byID[4]?.previousRecordID == 2)
        #expect(byID[1]?.family.label == "JJG 99 ↔ OIML R 111-1")
        #expect(byID[4]?.family == byID[2]?.family)
        #expect(byID[1]?.family != byID[2]?.family)
    }

    @Test("supersedes chains join editions whose designations differ")
    func supersedesChains() {
        let entries = History.entries([
            made(1, "JJG 270-2008", "2008", "OIML R 16-1:2002", "2002", score: 318),
            made(
                2, "JJG 270-2024", "2024", "OIML R 148-1:2020", "2020", score: 700, supersedes: ["JJG 270-2008"],
                internationalSupersedes: ["OIML R 16-1:2002"]),
        ])
        #expect(entries[0].family == entries[1].family)
        #expect(entries[1].changeTenths == 382)
        #expect(entries[1].family.label == "JJG 270 ↔ OIML R 148-1")
    }

    @Test("one domestic document against unrelated references makes separate families")
    func unrelatedReferences() {
        let entries = History.entries([
            made(1, "JJG 596-2012", "2012", "OIML R 46-1:2012", "2012", score: 181),
            made(2, "JJG 596-2012", "2012", "IEC 62053-21:2003", "2003", score: 400),
        ])
        #expect(entries[0].family != entries[1].family)
        #expect(entries.allSatisfy { $0.changeTenths == nil })
    }

    @Test("filters by designation prefix keep changes measured against the whole family")
    func filters() {
        let entries = History.entries([
            made(1, "JJG 99-2006", "2006", "OIML R 111-1:2004", "2004", score: 900),
            made(2, "JJG 99-2022", "2022", "OIML R 111-1:2004", "2004", score: 950),
            made(3, "JJG 162-2009", "2009", "OIML R 49-1:2006", "2006", score: 520),
        ])
        let weights = History.filtered(entries, domesticPrefix: "jjg 99-2022", internationalPrefix: nil)
        #expect(weights.map(\.comparison.recordID) == [2])
        #expect(weights.first?.changeTenths == 50)
        #expect(
            History.filtered(entries, domesticPrefix: nil, internationalPrefix: "OIML R 49").map(\.comparison.recordID)
                == [3])
    }

    @Test("records are found by id or by designation")
    func resolve() {
        let comparisons = [
            made(1, "JJG 99-2006", "2006", "OIML R 111-1:2004", "2004", score: 900),
            made(2, "JJG 99-2006", "2006", "OIML R 111-1:2004", "2004", score: 901, recordedAt: "2024-06-01T00:00:00Z"),
            made(3, "JJG 99-2022", "2022", "OIML R 111-1:2004", "2004", score: 950),
        ]
        #expect(History.resolve("3", in: comparisons).record?.recordID == 3)
        #expect(History.resolve("#1", in: comparisons).record?.recordID == 1)
        let latest = History.resolve("JJG 99-2006", in: comparisons)
        #expect(latest.record?.recordID == 2 && latest.note?.contains("2 records") == true)
        #expect(History.resolve("oiml r 111-1:2004", in: comparisons).record?.recordID == 2)  // the latest recorded
        #expect(History.resolve("JJG 1-2000", in: comparisons).record == nil)
        #expect(History.resolve("9", in: comparisons).record == nil)
    }

    @Test("the fixtures' editions give two points for weights, water meters and fuel dispensers")
    func fixtureEditions() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: root.appendingPathComponent("h.sqlite").path, mode: .createIfMissing)
        for (domestic, international) in editionPairs.reversed() { try record(domestic, international, in: store) }
        let entries = History.entries(try store.comparisons())
        let families = Dictionary(grouping: entries, by: \.family.label)
        #expect(families.count == 3)
        for label in ["JJG 99 ↔ OIML R 111-1", "JJG 162 ↔ OIML R 49-1", "JJG 443 ↔ OIML R 117-1"] {
            let points = try #require(families[label])
            #expect(points.count == 2)
            #expect(points[0].changeTenths == nil)
            #expect(points[1].changeTenths == points[1].comparison.scoreTenths - points[0].comparison.scoreTenths)
            #expect(points[0].date! < points[1].date!)
        }
        #expect(
            entries.map(\.comparison.domestic.id) == [
                "JJG 443-2006", "JJG 99-2006", "JJG 162-2009", "JJG 443-2015", "JJG 162-2019", "JJG 99-2022",
            ])
    }
}
