import HarmoniaModel

extension SurveySummary {
    /// The figures of a survey whose families are known.
    init(_ survey: Survey, comparisons: Int) {
        self.comparisons = comparisons
        for document in survey.documents { documents[document.role, default: 0] += 1 }
        var degrees: [Int: [Degree]] = [:]
        var weighted = 0
        var weights = 0
        for family in survey.families {
            let comparison = family.comparison
            if survey.documents[comparison.domestic].role == .domestic {
                degrees[comparison.domestic, default: []].append(comparison.degree)
            }
            let weight = comparison.score.requirements
            weighted += comparison.score.tenths * weight
            weights += weight
            if family.declaredDegree != nil {
                declarations += 1
                if !family.declarationSupported { unsupportedDeclarations += 1 }
            }
        }
        domesticCompared = degrees.count
        domesticIDTorMOD = degrees.values.filter { $0.allSatisfy { $0 != .NEQ } }.count
        if domesticCompared > 0 {
            domesticIDTorMODShareTenths = Self.rounded(domesticIDTorMOD * 1000, domesticCompared)
        }
        if weights > 0 { consistencyTenths = Self.rounded(weighted, weights) }
    }

    /// `numerator / denominator` rounded half up (both non-negative).
    static func rounded(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }
}
