import HarmoniaModel

/// Whether a pair differs, and if so whether technically or only editorially (ISO/IEC Guide 21-1,
/// JJF 1868-2020 §6: technical deviations and editorial changes are told apart).
public enum DifferenceKind: String, Hashable, Sendable, CaseIterable {
    /// Written the same: no difference at all.
    case none
    /// Only the writing differs — a designation's spelling, a unit convention, the rounding of a unit
    /// conversion, a restatement: shown, typed `ed` (the comment sheets' type), never a technical deviation.
    case editorial = "ed"
    /// A technical deviation: the requirement itself differs, or one side lacks it.
    case technical
}

extension Pair {
    /// Whether the pair differs, and how.
    ///
    /// `identical` is no difference; `equivalent` (the same requirement written differently: other units,
    /// another notation, a conventional rounding where the value comparison accepts it) is editorial; so is a
    /// `different` pair whose two values are the same designations spelled otherwise (`M12` for `M1-2`),
    /// provided no qualifier differs. Everything else that is not agreement is technical.
    public var difference: DifferenceKind {
        switch verdict {
        case .identical: return .none
        case .equivalent: return .editorial
        case .missing, .added, .stricter, .looser: return .technical
        case .different:
            guard qualifierDifferences.isEmpty, let d = domestic, let i = international,
                Self.sameDesignations(d.value.expression, i.value.expression)
            else { return .technical }
            return .editorial
        }
    }

    /// Why a pair whose verdict is a deviation is only editorial, in words; `nil` for every other pair
    /// (an `equivalent` pair's `detail` already says how it is written otherwise).
    public var editorialReason: String? {
        verdict == .different && difference == .editorial
            ? "the same designations, spelled otherwise: an editorial difference" : nil
    }

    /// Whether the pair is a technical deviation: it lowers the score and stands between the document and IDT.
    public var isTechnicalDeviation: Bool { difference == .technical }

    /// Token values (or sets of them) naming the same designations, spelled otherwise: `M12` and `M1-2`,
    /// `class I` and `Class I`. Letters and digits must agree, in order; hyphens, dashes, dots, spaces
    /// and case do not count.
    static func sameDesignations(_ a: QuantityExpression, _ b: QuantityExpression) -> Bool {
        func tokens(_ expression: QuantityExpression) -> [String]? {
            switch expression {
            case .token(let token): [token]
            case .set(let tokens): tokens
            default: nil
            }
        }
        guard let x = tokens(a), let y = tokens(b), x.count == y.count else { return false }
        return Set(x.map(DesignationOrder.key)) == Set(y.map(DesignationOrder.key))
    }
}
