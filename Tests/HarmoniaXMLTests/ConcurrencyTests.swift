import Foundation
import HarmoniaXML
import Testing

@Suite struct ConcurrencyTests {
    /// Document `index`: every third is broken at a line of its own, the others are valid.
    static func document(_ index: Int) -> (text: String, brokenLine: Int?) {
        let padding = String(repeating: "\n", count: index % 7)
        if index.isMultiple(of: 3) {
            return ("<doc n=\"\(index)\">\(padding)\n<open></doc>", 2 + index % 7)
        }
        return ("<doc n=\"\(index)\">\(padding)<item>\(index)</item></doc>", nil)
    }

    @Test func fiftyDocumentsFromEightTasksKeepTheirOwnErrors() async throws {
        let directory = try TemporaryDirectory()
        var paths: [String] = []
        for index in 0..<50 {
            paths.append(try directory.write("doc\(index).xml", Self.document(index).text))
        }
        let allPaths = paths
        let outcomes = await withTaskGroup(of: [(Int, Result<String, XMLError>)].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var results: [(Int, Result<String, XMLError>)] = []
                    for index in stride(from: worker, to: 50, by: 8) {
                        let parsed = Result { () throws(XMLError) -> String in
                            let document = try XMLDocument.parse(file: allPaths[index])
                            let item = document.root?.childElements.first?.textContent ?? ""
                            return (document.root?.attribute("n") ?? "") + ":" + item
                        }
                        results.append((index, parsed))
                    }
                    return results
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(outcomes.count == 50)
        for (index, parsed) in outcomes {
            let expected = Self.document(index)
            if let line = expected.brokenLine {
                guard case .failure(let error) = parsed else {
                    Issue.record("document \(index) should have failed")
                    continue
                }
                #expect(error.file == allPaths[index])
                #expect(error.line == line)
            } else {
                #expect(try parsed.get() == "\(index):\(index)")
            }
        }
    }

    @Test func elementsCanBeReadFromSeveralTasks() async throws {
        var text = "<list>"
        for index in 0..<500 { text += "<item n=\"\(index)\">\(index)</item>" }
        text += "</list>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), url: "shared.xml")
        let sums = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    document.root?.childElements.reduce(0) { $0 + (Int($1.textContent) ?? 0) } ?? 0
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sums == Array(repeating: 124_750, count: 8))
    }
}
