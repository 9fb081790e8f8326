import Foundation
import HarmoniaAlign
import PropertyBased
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

    /// Records two fixture pairs in a fresh history and diffs the first record against the second.
    func recordedDiff(_ first: (String, String), _ second: (String, String)) throws -> (
        RecordedComparison, [RecordedPair], RecordedComparison, [RecordedPair], ComparisonDiff
    ) {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try HistoryStore(path: root.appendingPathComponent("h.sqlite").path, mode: .createIfMissing)
        let a = try record(first.0, first.1, in: store).recordID
        let b = try record(second.0, second.1, in: store).recordID
        let comparisons = try store.comparisons()
        let from = try #require(comparisons.first { $0.recordID == a })
        let to = try #require(comparisons.first { $0.recordID == b })
        let fromPairs = try store.pairs(of: a)
        let toPairs = try store.pairs(of: b)
        return (
            from, fromPairs, to, toPairs, ComparisonDiff(from: from, fromPairs: fromPairs, to: to, toPairs: toPairs)
        )
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
        let (from, fromPairs, to, toPairs, diff) = try recordedDiff(
            ("weights/jjg-99-2006.xml", "weights/oiml-r111-1-2004.xml"),
            ("weights/jjg-99-2022.xml", "weights/oiml-r111-1-2004.xml"))
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

    @Test("JJG 162-2009 (against R 49-1:2006) to JJG 162-2019 (against R 49-1:2013): requirements meet across editions")
    func waterMeterEditions() throws {
        let (_, fromPairs, _, toPairs, diff) = try recordedDiff(
            ("water-meters/jjg-162-2009.xml", "water-meters/oiml-r49-1-2006.xml"),
            ("water-meters/jjg-162-2019.xml", "water-meters/oiml-r49-1-2013.xml"))

        // The MPE cells are named otherwise in 2019 (mpe-class1[lower][T ≤ 30 °C] for mpe-t30[lower][1]) and in
        // another table of the 2013 reference: they meet by concept and qualifiers, none added or dropped.
        #expect(!diff.added.contains { $0.concept == "mpe" })
        #expect(diff.dropped.filter { $0.concept == "mpe" }.map(\.name) == ["mpe-in-service"])
        // Still compared, now deviating: the 2019 file states no rated ambient range, humidity or pressure.
        #expect(diff.closed.isEmpty)
        #expect(diff.opened.map(\.name).sorted() == ["ambient-rated", "humidity-rated", "map"])
        // Written T30/T50 ranges with "～" in 2019: an editorial change of verdict, not a deviation.
        #expect(diff.changed.map(\.name) == ["water-temp-T30", "water-temp-T50"])
        // Gone with their requirement: R 49-1:2013 (as the fixture has it) asks no pressure loss at Q3/Q4, and
        // JJG 162-2019 no longer adds the in-service MPE or rated supply and water pressure.
        #expect(diff.closedWithRequirement.filter { $0.verdict == .missing }.count == 6)
        #expect(
            diff.closedWithRequirement.filter { $0.verdict == .added }.map(\.name).sorted() == [
                "frequency-rated", "mpe-in-service", "voltage-rated", "water-pressure-rated",
            ])
        #expect(diff.deviationsClosed == 10 && diff.deviationsOpened == 3)
        // The counts explain the change in the number of deviations.
        let deviationsA = fromPairs.filter(\.verdict.isDeviation).count
        let deviationsB = toPairs.filter(\.verdict.isDeviation).count
        #expect(deviationsA - diff.deviationsClosed + diff.deviationsOpened == deviationsB)
        // The user sees both kinds in the headline counts, in text and JSON.
        let text = DiffFormat.text.render(diff)
        #expect(text.contains("deviations closed: 10 (0 now agree, 10 gone with their requirement)"))
        #expect(text.contains("deviations opened: 3 (3 agreed before, 0 with a new requirement)"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(DiffFormat.json.render(diff).utf8)) as? [String: Any])
        #expect(json["deviationsClosed"] as? Int == 10 && json["deviationsOpened"] as? Int == 3)
    }

    @Test("for any two records, A's deviations − closed + opened = B's deviations, and every pair is counted once")
    func countsAddUp() async {
        // Each pair from four numbers: verdict, concept, qualifier, id (few of each, so that many match).
        let numbers = Gen.int(in: 0...10_000).array(of: 0...120)
        await propertyCheck(input: numbers, numbers) { left, right in
            func pairs(_ numbers: [Int]) -> [RecordedPair] {
                stride(from: 0, to: numbers.count - 3, by: 4).enumerated().map { position, index in
                    RecordedPair(
                        position: position, verdict: Verdict.allCases[numbers[index] % Verdict.allCases.count],
                        concept: "c\(numbers[index + 1] % 3)", domesticIndicator: "d\(numbers[index + 3] % 5)",
                        domesticClause: "5",
                        internationalIndicator: numbers[index + 3] % 2 == 0 ? nil : "i\(numbers[index + 3] % 4)",
                        internationalClause: "5",
                        qualifiers: numbers[index + 2] % 4 == 0 ? nil : "q=\(numbers[index + 2] % 3)")
                }
            }
            let a = made(1, "JJG 1-2000", "2000", "R 1:1999", "1999", score: 500)
            let b = made(2, "JJG 1-2010", "2010", "R 1:2009", "2009", score: 600)
            let before = pairs(left)
            let after = pairs(right)
            let diff = ComparisonDiff(from: a, fromPairs: before, to: b, toPairs: after)
            let deviationsA = before.filter(\.verdict.isDeviation).count
            let deviationsB = after.filter(\.verdict.isDeviation).count
            #expect(deviationsA - diff.deviationsClosed + diff.deviationsOpened == deviationsB)
            #expect(before.count - diff.dropped.count == after.count - diff.added.count)
            #expect(diff.closed.allSatisfy { $0.before.verdict.isDeviation && !$0.after.verdict.isDeviation })
            #expect(diff.opened.allSatisfy { !$0.before.verdict.isDeviation && $0.after.verdict.isDeviation })
        }
    }
}
