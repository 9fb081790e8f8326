/// Equivalence classes of a regional group: members whose comparisons with one another, both ways,
/// find no technical deviation.
enum EquivalenceClasses {
    static func find(members: [Int], pairs: [ComparisonDigest]) -> [[Int]] {
        find(
            members: members,
            agreeing: Set(pairs.filter { $0.deviations.isEmpty }.map { [$0.domestic, $0.reference] }))
    }

    /// Classes of two or more members, each member in at most one. `agreeing` holds `[a, b]` when `a`
    /// assessed against `b` finds no deviation. Every two members of a class agree both ways (a clique,
    /// not merely linked through a third): members are taken in order, and each joins the first class
    /// whose every member it agrees with.
    static func find(members: [Int], agreeing: Set<[Int]>) -> [[Int]] {
        func equivalent(_ a: Int, _ b: Int) -> Bool { agreeing.contains([a, b]) && agreeing.contains([b, a]) }
        var classes: [[Int]] = []
        for member in members {
            if let index = classes.firstIndex(where: { $0.allSatisfy { equivalent($0, member) } }) {
                classes[index].append(member)
            } else {
                classes.append([member])
            }
        }
        return classes.filter { $0.count >= 2 }
    }
}
