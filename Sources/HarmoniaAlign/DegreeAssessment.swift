import HarmoniaModel

/// A deviation that nothing explains: it stands between the document and `MOD`.
public struct UnexplainedDeviation: Hashable, Sendable {
    /// Index into ``Comparison/pairs``.
    public var pairIndex: Int
    public var reason: String
}

/// The degree of correspondence by ISO/IEC Guide 21-1 and JJF 1868-2020, the reasons for it, and
/// whether the document's declaration holds.
///
/// - `IDT`: no technical deviation (editorial differences allowed).
/// - `MOD`: every technical deviation is explained (a justification, or a justified omission) *and* the
///   reference's content is largely kept: at least ``keptThreshold`` of the reference's requirements, by
///   weight, have a domestic counterpart, whatever its verdict (omitted and missing values do not count).
/// - `NEQ`: otherwise.
public struct DegreeAssessment: Hashable, Sendable {
    /// The share of the reference's requirements (by weight) that must have a domestic counterpart for MOD.
    public static let keptThreshold = Rational(1, 2)

    public var computed: Degree
    /// The degree the domestic document declares towards the international one, if any.
    public var declared: Degree?
    public var unexplained: [UnexplainedDeviation]
    /// The number of technical deviations (editorial differences are not counted).
    public var technicalDeviations: Int
    /// The share (0…1) of the reference's requirements, by weight, that have a domestic counterpart;
    /// 1 when the reference states none.
    public var kept: Rational
    /// Why the degree is what it is, in words, one sentence each.
    public var reasons: [String]

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
            return
                "declared IDT is not supported: the comparison finds technical deviations (computed \(computed.rawValue))"
                + (count > 0 ? ", \(count) of them unexplained" : "")
        case .MOD:
            var causes: [String] = []
            if count > 0 {
                causes.append(
                    "\(count) technical deviation\(count == 1 ? " is" : "s are") not explained by a justification or an omission"
                )
            }
            if kept < Self.keptThreshold {
                causes.append(
                    "only \(Self.percent(kept)) of the reference's requirements have a domestic counterpart (MOD needs at least \(Self.percent(Self.keptThreshold)))"
                )
            }
            return "declared MOD is not supported: " + causes.joined(separator: "; ")
        case .NEQ:
            return nil
        }
    }

    /// `justificationsWrittenFor`: the other references the domestic document declares, when it does not
    /// declare this one (its justifications and omissions then explain nothing here).
    init(pairs: [Pair], requirements: [Requirement], declared: Degree?, justificationsWrittenFor foreign: [String] = [])
    {
        self.declared = declared
        var unexplained: [UnexplainedDeviation] = []
        var technical = 0
        for (index, pair) in pairs.enumerated() where pair.isTechnicalDeviation {
            technical += 1
            guard pair.explanation == nil else { continue }
            var reason: String
            switch pair.verdict {
            case .missing:
                reason =
                    "no domestic counterpart and no justified omission names \"\(pair.international?.id ?? "")\""
                    + (pair.international?.cell.map { " or its table \"\($0.tableID)\"" } ?? "")
            case .added:
                reason =
                    "added: the domestic indicator \"\(pair.domestic?.id ?? "")\" has no counterpart in the reference and carries no justification"
            default:
                reason =
                    "\(pair.verdict.rawValue): the domestic indicator \"\(pair.domestic?.id ?? "")\" carries no justification"
            }
            if !foreign.isEmpty && (pair.domestic?.justification != nil || pair.verdict == .missing) {
                reason +=
                    " that applies here (its justifications and omissions were written against \(DeclarationCheck.list(foreign)))"
            }
            unexplained.append(UnexplainedDeviation(pairIndex: index, reason: reason))
        }
        self.unexplained = unexplained
        technicalDeviations = technical
        var scored = 0
        var keptWeight = Rational.zero
        var weight = Rational.zero
        for requirement in requirements where requirement.origin == .reference {
            scored += 1
            keptWeight = keptWeight + requirement.kept * requirement.weight
            weight = weight + requirement.weight
        }
        kept = weight.isZero ? .one : keptWeight / weight
        let editorial = pairs.reduce(0) { $0 + ($1.difference == .editorial ? 1 : 0) }
        let added = requirements.count - scored
        let addedPairs = pairs.reduce(0) { $0 + ($1.verdict == .added ? 1 : 0) }

        var reasons: [String] = []
        let keptText =
            "\(Self.percent(kept)) of the reference's \(scored) requirement\(scored == 1 ? "" : "s") (by weight) have a domestic counterpart"
        if technical == 0 {
            computed = .IDT
            reasons.append(
                "no technical deviation"
                    + (editorial > 0
                        ? "; \(editorial) editorial difference\(editorial == 1 ? "" : "s") (spelling, units, notation), which IDT allows"
                        : ""))
        } else {
            let explainedCount = technical - unexplained.count
            reasons.append(
                "\(technical) technical deviation\(technical == 1 ? "" : "s"), \(explainedCount) explained by a justification or a justified omission"
                    + (addedPairs > 0
                        ? " (\(addedPairs) of them in \(added) domestic-only requirement\(added == 1 ? "" : "s"))" : "")
            )
            if !foreign.isEmpty {
                reasons.append(
                    "no justification or omission counts: the domestic document wrote them against \(DeclarationCheck.list(foreign)), the reference it declares, not against this one"
                )
            }
            if !unexplained.isEmpty {
                reasons.append(
                    "\(unexplained.count) technical deviation\(unexplained.count == 1 ? " is" : "s are") not explained: NEQ (MOD needs every technical deviation explained)"
                )
            }
            if kept < Self.keptThreshold {
                reasons.append(
                    keptText
                        + ": NEQ (MOD needs the reference's content largely kept: at least \(Self.percent(Self.keptThreshold)))"
                )
            } else {
                reasons.append(keptText + " (MOD needs at least \(Self.percent(Self.keptThreshold)))")
            }
            computed = unexplained.isEmpty && kept >= Self.keptThreshold ? .MOD : .NEQ
        }
        self.reasons = reasons
    }

    /// `47.6 %`: a share (0…1) as a percentage, rounded half up to one decimal, `.0` dropped.
    static func percent(_ share: Rational) -> String {
        let tenths = (Rational(1000) * share + Rational(1, 2)).floor
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)") + " %"
    }
}
