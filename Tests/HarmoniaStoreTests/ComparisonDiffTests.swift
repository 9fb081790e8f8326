import Foundation
import HarmoniaAlign
import Testing

@testable import HarmoniaStore

@Suite("Diff between two recorded comparisons")
struct ComparisonDiffTests {
    func pair(_ position: Int, _ verdict: Verdict, domestic: String?, international: String?, clause: String = "5.1")
        -> RecordedPair
    {
        RecordedPair(
            position: position, verdict: verdict, concept: "mpe", domesticIndicator: domestic,
            domesticClause: domestic == nil ? nil : clause, internationalIndicator: international,
            internationalClause: international == nil ? nil : clause)
    }

    @Test("requirements renamed across editions match by concept and qualifiers, so deviations closed are counted")
    func byConceptAndQualifiers() {
        let a = made(1, "JJG 162-2009", "2009", "OIML R 49-1:2006", "2006", score: 400)
        let b = made(2, "JJG 162-2019", "2019", "OIML R 49-1:2013", "2013", score: 500)
        func keyed(_ position: Int, _ verdict: Verdict, _ id: String, _ qualifiers: String?) -> RecordedPair {
            var pair = self.pair(position, verdict, domestic: verdict == .missing ? nil : id + "-d", international: id)
            pair.qualifiers = qualifiers
            return pair
        }
        let before = [
            keyed(0, .missing, "mpe-upper-2006", "class=2;zone=upper"),
            keyed(1, .looser, "mpe-lower-2006", "class=2;zone=lower"),
        ]
        let after = [
            keyed(0, .identical, "mpe-class2[upper]", "class=2;zone=upper"),
            keyed(1, .looser, "mpe-class2[lower]", "class=2;zone=lower"),
        ]
        let diff = ComparisonDiff(from: a, fromPairs: before, to: b, toPairs: after)
        #expect(diff.closed.map(\.name) == ["mpe-class2[upper]"])
        #expect(diff.added.isEmpty && diff.dropped.isEmpty && diff.opened.isEmpty)
        // Records made before qualifiers were kept still match by id.
        let old = before.map { pair -> RecordedPair in
            var pair = pair
            pair.qualifiers = nil
            return pair
        }
        #expect(ComparisonDiff(from: a, fromPairs: old, to: b, toPairs: after).dropped.count == 2)
    }

    @Test("deviations closed and opened, verdicts changed, indicators added and dropped")
    func categories() {
        let a = made(1, "JJG 99-2006", "2006", "OIML R 111-1:2004", "2004", score: 700)
        let b = made(2, "JJG 99-2022", "2022", "OIML R 111-1:2004", "2004", score: 800)
        let before = [
            pair(0, .missing, domestic: nil, international: "mpe-E1"),  // filled by B: closed
            pair(1, .identical, domestic: "susc", international: "susc"),  // becomes looser: opened
            pair(2, .stricter, domestic: "period", international: "period"),  // becomes different: changed
            pair(3, .identical, domestic: "rho", international: "rho"),  // unchanged
            pair(4, .added, domestic: "m12", international: nil),  // gone: dropped
            pair(5, .added, domestic: "extra", international: nil),  // paired in B, by domestic id
        ]
        let after = [
            pair(0, .identical, domestic: "mpe-E1-d", international: "mpe-E1"),
            pair(1, .looser, domestic: "susc", international: "susc"),
            pair(2, .different, domestic: "period", international: "period"),
            pair(3, .identical, domestic: "rho", international: "rho"),
            pair(4, .equivalent, domestic: "extra", international: "extra-i"),
            pair(5, .missing, domestic: nil, international: "roughness"),  // new in B: added
        ]
        let diff = ComparisonDiff(from: a, fromPairs: before, to: b, toPairs: after)
        #expect(diff.closed.map(\.name) == ["mpe-E1", "extra-i"])
        #expect(diff.closed.map(\.before.verdict) == [.missing, .added])
        #expect(diff.opened.map(\.name) == ["susc"])
        #expect(diff.changed.map { "\($0.before.verdict)→\($0.after.verdict)" } == ["stricter→different"])
        #expect(diff.added.map(\.name) == ["roughness"])
        #expect(diff.dropped.map(\.name) == ["m12"])
        #expect(diff.changeTenths == 100)
        #expect(!diff.isEmpty)
        #expect(ComparisonDiff(from: a, fromPairs: before, to: a, toPairs: before).isEmpty)
    }

    @Test("JJG 99-2006 against JJG 99-2022, both read against OIML R 111-1:2004")
    func fixtureEditions() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: root.appendingPathComponent("h.sqlite").path, mode: .createIfMissing)
        let a = try record("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml", in: store).recordID
        let b = try record("weights/jjg-99-2022.xml", "weights/oiml-r111-1-2004.xml", in: store).recordID
        let comparisons = try store.comparisons()
        let from = try #require(comparisons.first { $0.recordID == a })
        let to = try #require(comparisons.first { $0.recordID == b })
        let fromPairs = try store.pairs(of: a)
        let toPairs = try store.pairs(of: b)
        let diff = ComparisonDiff(from: from, fromPairs: fromPairs, to: to, toPairs: toPairs)
        // Every pair of each record is accounted for exactly once.
        let matched = diff.closed.count + diff.opened.count + diff.changed.count
        let unchanged = toPairs.count - diff.added.count - matched
        #expect(unchanged >= 0)
        #expect(fromPairs.count - diff.dropped.count == toPairs.count - diff.added.count)
        #expect(diff.changeTenths == to.scoreTenths - from.scoreTenths)
        let text = DiffFormat.text.render(diff)
        for heading in [
            "deviations closed", "deviations opened", "verdicts changed", "indicators added", "indicators dropped",
        ] {
            #expect(text.contains(heading))
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(DiffFormat.json.render(diff).utf8)) as? [String: Any])
        #expect(json["format"] as? String == "harmonia.history-diff")
        #expect((json["added"] as? [Any])?.count == diff.added.count)
        #expect((json["dropped"] as? [Any])?.count == diff.dropped.count)
    }
}
