import Foundation
import Testing

@testable import HarmoniaStore

@Suite("History as text, JSON and CSV")
struct HistoryFormatTests {
    let entries = History.entries([
        made(1, "JJG 99-2006", "2006-09-06", "OIML R 111-1:2004", "2004", score: 743),
        made(2, "JJG 99-2022", "2022-12-07", "OIML R 111-1:2004", "2004", score: 742),
        made(3, "JJG(黑) 005-2017", "2017", "JJG(沪) 56-2016, \"Shanghai\"", "2016-11-22", score: 655),
    ])

    @Test("JSON is an array of records with the contract's fields")
    func json() throws {
        let text = HistoryFormat.json.render(entries)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        #expect(array.map { $0["domestic"] as? String } == ["JJG 99-2006", "JJG(黑) 005-2017", "JJG 99-2022"])
        for object in array {
            for key in ["domestic", "international", "date", "score", "degree", "counts", "change"] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
        }
        #expect(array[0]["change"] is NSNull)
        #expect((array[2]["change"] as? NSNumber)?.doubleValue == -0.1)
        #expect((array[2]["score"] as? NSNumber)?.doubleValue == 74.2)
        #expect(text.contains("\"score\": 74.2,"))
        #expect(HistoryFormat.json.render([]) == "[]\n")
    }

    @Test("CSV quotes what needs quoting")
    func csv() {
        let text = HistoryFormat.csv.render(entries)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("record,date,domestic,international,family,score,change,degree,identical"))
        #expect(lines[2].contains("\"JJG(沪) 56-2016, \"\"Shanghai\"\"\""))
        #expect(lines[3].hasPrefix("2,2022-12-07,JJG 99-2022,OIML R 111-1:2004,JJG 99 ↔ OIML R 111-1,74.2,-0.1,NEQ"))
    }

    @Test("text lines up, wide characters included")
    func text() {
        let lines = HistoryFormat.text.render(entries).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let degreeColumn = lines.dropFirst().compactMap { line in
            line.range(of: "NEQ").map { TextTable.width(of: String(line[..<$0.lowerBound])) }
        }
        #expect(degreeColumn.count == 3 && Set(degreeColumn).count == 1)
        #expect(lines[3].contains("-0.1"))
    }
}
