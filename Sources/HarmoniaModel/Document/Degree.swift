/// Degree of correspondence between a document and an international one (ISO/IEC Guide 21-1, JJF 1868-2020).
public enum Degree: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Identical: no technical deviation.
    case IDT
    /// Modified: technical deviations, every one identified and explained.
    case MOD
    /// Not equivalent: at least one deviation not explained.
    case NEQ

    /// IDT is the highest degree, NEQ the lowest.
    public var rank: Int {
        switch self {
        case .IDT: 2
        case .MOD: 1
        case .NEQ: 0
        }
    }

    public static func < (lhs: Degree, rhs: Degree) -> Bool { lhs.rank < rhs.rank }
}
