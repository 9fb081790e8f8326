/// What a pair says about the domestic requirement against the international one.
public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// The same requirement written the same way (after folding white space, width, minus and micro signs).
    case identical
    /// The same requirement written differently: other units, `≤` vs `<=`, an interval as a chain.
    case equivalent
    /// The domestic requirement demands more, by the concept's direction.
    case stricter
    /// The domestic requirement demands less, by the concept's direction.
    case looser
    /// Both present but not ordered.
    case different
    /// An international indicator with no domestic counterpart.
    case missing
    /// A domestic indicator with no international counterpart.
    case added

    /// `identical` and `equivalent` are agreement; the other five are technical deviations.
    public var isAgreement: Bool { self == .identical || self == .equivalent }

    /// Whether this verdict is a technical deviation.
    public var isDeviation: Bool { !isAgreement }
}
