import HarmoniaModel

/// A deviation that nothing explains: it stands between the document and `MOD`.
public struct UnexplainedDeviation: Hashable, Sendable {
    /// Index into ``Comparison/pairs``.
    public var pairIndex: Int
    public var reason: String
}

/// The degree of correspondence by ISO/IEC Guide 21-1, and whether the document's declaration holds.
public struct DegreeAssessment: Hashable, Sendable {
    public var computed: Degree
    /// The degree the domestic document declares towards the international one, if any.
    public var declared: Degree?
    public var unexplained: [UnexplainedDeviation]

    /// Whether the declaration (if any) is no higher than the computed degree.
    public var declarationSupported: Bool {
        guard let declared else { return true }
        return declared <= computed
    }

    /// Why a declaration is not supported; `nil` when it is, or when there is none.
    public var declarationNote: String? {
        guard let declared, !declarationSupported else { return nil }
        let count = unexplained.count
        switch declared {
        case .IDT:
            return "declared IDT is not supported: the comparison finds technical deviations (computed \(computed.rawValue))"
                + (count > 0 ? ", \(count) of them unexplained" : "")
        case .MOD:
            return "declared MOD is not supported: \(count) technical deviation\(count == 1 ? " is" : "s are") not explained by a justification or an omission"
        case .NEQ:
            return nil
        }
    }

    init(pairs: [Pair], declared: Degree?) {
        self.declared = declared
        var unexplained: [UnexplainedDeviation] = []
        var deviations = 0
        for (index, pair) in pairs.enumerated() where pair.verdict.isDeviation {
            deviations += 1
            guard pair.explanation == nil else { continue }
            let reason: String
            switch pair.verdict {
            case .missing:
                reason = "no domestic counterpart and no justified omission names \"\(pair.international?.id ?? "")\""
                    + (pair.international?.cell.map { " or its table \"\($0.tableID)\"" } ?? "")
            default:
                reason = "\(pair.verdict.rawValue): the domestic indicator \"\(pair.domestic?.id ?? "")\" carries no justification"
            }
            unexplained.append(UnexplainedDeviation(pairIndex: index, reason: reason))
        }
        self.unexplained = unexplained
        computed = deviations == 0 ? .IDT : (unexplained.isEmpty ? .MOD : .NEQ)
    }
}
