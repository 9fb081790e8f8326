import Foundation
import HarmoniaModel

/// Editions of the same international (or regional) document in the catalogue: linked by `supersedes`
/// or sharing a designation without the year (`OIML R 76-1:1992`, `OIML R 76-1:2006`).
///
/// A gap is a whole lineage that nothing corresponds to, not an old edition whose successor has a
/// domestic counterpart (or the reverse): a regulation written against R 117:1995 still covers R 117-1:2007,
/// though it is due for revision, which the family's `referenceSupersededBy` says.
struct Lineages {
    private var sets = DisjointSets<Int>()
    private let documents: [SurveyDocument]
    /// Document index → the index of a document in the catalogue that supersedes it.
    private var successor: [Int: Int] = [:]

    init(documents: [SurveyDocument], index: [String: Int]) {
        self.documents = documents
        var byID: [String: Int] = [:]
        var byBase: [String: Int] = [:]
        for (number, document) in documents.enumerated() where document.role != .domestic {
            sets.add(number)
            let key = TextFolding.tokenKey(document.id)
            if byID[key] == nil { byID[key] = number }
            let base = document.role.rawValue + " " + TextFolding.tokenKey(Designation.base(of: document.id))
            if Designation.base(of: document.id) != document.id.trimmingCharacters(in: .whitespaces) {
                if let other = byBase[base] { sets.union(other, number) } else { byBase[base] = number }
            }
        }
        for (number, document) in documents.enumerated() where document.role != .domestic {
            for ref in document.supersedes {
                guard let old = byID[TextFolding.tokenKey(ref)], documents[old].role == document.role else { continue }
                sets.union(number, old)
                if successor[old] == nil || Self.later(documents[number], than: documents[successor[old]!]) {
                    successor[old] = number
                }
            }
        }
        // Editions of one designation without `supersedes`: the later edition replaces the earlier.
        var editions: [Int: [Int]] = [:]
        for number in sets.elements { editions[sets.find(number), default: []].append(number) }
        for members in editions.values where members.count > 1 {
            let newest = members.max { Self.later(documents[$1], than: documents[$0]) }!
            for member in members where member != newest && successor[member] == nil { successor[member] = newest }
        }
    }

    /// For each superseded document, the current (not itself superseded) edition that replaces it.
    var currentEditions: [Int: Int] {
        var result: [Int: Int] = [:]
        for start in successor.keys {
            var current = successor[start]!
            var steps = 0
            while let next = successor[current], steps < documents.count {
                current = next
                steps += 1
            }
            result[start] = current
        }
        return result
    }

    /// International documents in lineages that no family reaches: the current editions only.
    mutating func uncovered(covered: Set<Int>) -> [Int] {
        var coveredRoots = Set<Int>()
        for number in covered where documents[number].role == .international { coveredRoots.insert(sets.find(number)) }
        let elements = sets.elements
        return elements.filter {
            documents[$0].role == .international && successor[$0] == nil && !coveredRoots.contains(sets.find($0))
        }.sorted()
    }

    /// Whether `a` is a later edition than `b`: by year of designation, then date, then id.
    private static func later(_ a: SurveyDocument, than b: SurveyDocument) -> Bool {
        let x = (Designation.year(in: a.id) ?? "", a.date ?? "", a.id)
        let y = (Designation.year(in: b.id) ?? "", b.date ?? "", b.id)
        return x > y
    }
}
