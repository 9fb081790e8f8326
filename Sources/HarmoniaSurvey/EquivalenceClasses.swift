/// Equivalence classes of a regional group: members whose comparisons with one another, both ways,
/// find no technical deviation.
enum EquivalenceClasses {
    /// Classes of two or more members, each member in at most one. Every two members of a class are
    /// equivalent both ways (a clique, not merely linked through a third): members are taken in order, and
    /// each joins the first class whose every member it is equivalent to.
    static func find(members: [Int], pairs: [ComparisonDigest]) -> [[Int]] {
        var clean = Set<[Int]>()
        for pair in pairs where pair.counts.deviations == 0 { clean.insert([pair.domestic, pair.reference]) }
        func equivalent(_ a: Int, _ b: Int) -> Bool { clean.contains([a, b]) && clean.contains([b, a]) }
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
