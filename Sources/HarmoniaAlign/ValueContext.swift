import HarmoniaModel

/// What the value comparison needs to know besides the two expressions: the direction in which a
/// requirement is stricter, what the concept's values are, and the values each side states for symbols
/// (`e = 1 g`), its nominal value and its coverage factor.
///
/// The direction is an input, not read from the catalogue here, so that pairing can pass a
/// role-dependent one: for *rated operating conditions* a wider range is stricter (`.wider`), for
/// *verification or test conditions* a wider permitted range is looser (`.narrower`). Build one with
/// ``init(direction:concept:conceptID:domestic:international:)`` from the two indicators, then adjust fields
/// (say, symbol values the document's scope states) before calling `ValueComparator.judge`.
public struct ValueContext: Sendable {
    /// Which way a requirement is stricter.
    public var direction: Direction
    /// What the values are (difference, absolute, duration); nil when the catalogue does not say.
    public var quantityKind: QuantityKind?
    /// `limit` when a bare magnitude stands for a ± limit.
    public var valueKind: ValueKind?
    /// Symbol values stated on the domestic side (`e` → `1 g`), from its qualifiers or scope.
    public var domesticSymbols: [String: Quantity] = [:]
    /// Symbol values stated on the international side.
    public var internationalSymbols: [String: Quantity] = [:]
    /// The nominal value a relative limit applies to (`nominal = 1 kg`), per side.
    public var domesticNominal: Quantity?
    public var internationalNominal: Quantity?
    /// The coverage factor `k` stated with the value, in a qualifier or in `<uncertainty k="…">`, per side.
    public var domesticCoverage: Rational?
    public var internationalCoverage: Rational?

    /// A context with a direction only (no concept fields, no symbol values).
    public init(direction: Direction, quantityKind: QuantityKind? = nil, valueKind: ValueKind? = nil) {
        self.direction = direction
        self.quantityKind = quantityKind
        self.valueKind = valueKind
    }

    /// The context of a pair: the concept's fields and what each indicator's qualifiers state. For a
    /// concept the catalogue does not hold, the kinds are inferred from its id (the folded label):
    /// see ``QuantityKindInference``.
    public init(
        direction: Direction, concept: Concept?, conceptID: String, domestic: Indicator, international: Indicator
    ) {
        self.init(
            direction: direction,
            quantityKind: concept.map { $0.quantityKind } ?? QuantityKindInference.quantityKind(of: conceptID),
            valueKind: concept.map { $0.valueKind } ?? QuantityKindInference.valueKind(of: conceptID))
        (domesticSymbols, domesticNominal, domesticCoverage) = Self.statements(of: domestic)
        (internationalSymbols, internationalNominal, internationalCoverage) = Self.statements(of: international)
    }

    private static let symbolNames = Set(SymbolicUnits.names)

    /// Qualifier names that state a relative base's value in words: `full scale="40 kPa"`.
    static let symbolAliases: [String: String] = [
        "full scale": "FS", "full-scale": "FS", "满量程": "FS", "span": "span", "量程": "span",
    ]

    /// Qualifier names that state the nominal value a relative requirement applies to.
    static let nominalNames: Set<String> = ["nominal", "nominal value", "nominal mass", "标称值", "标称质量", "nominal-value"]

    /// No name of a symbol, a nominal value or `k` is longer (in UTF-8 bytes, spaces included): longer
    /// qualifier names are skipped without folding them.
    private static let longestName = 24

    private static func statements(of indicator: Indicator) -> ([String: Quantity], Quantity?, Rational?) {
        var symbols: [String: Quantity] = [:]
        var nominal: Quantity?
        var coverage: Rational?
        for qualifier in indicator.qualifiers where qualifier.name.utf8.count <= longestName {
            guard let expression = qualifier.expression?.withoutCoverage, case .value(let q) = expression else {
                continue
            }
            var name = qualifier.name.trimmingSpaces
            name = symbolAliases[name.lowercased()] ?? name
            if symbolNames.contains(name), q.unit.dimension.symbolicBase == nil, !q.unit.isOpaque {
                symbols[name] = q
            } else if nominalNames.contains(name.lowercased()), !q.unit.isOpaque {
                nominal = q
            } else if name == "k", q.unit.dimension.isDimensionless, q.unitText.isEmpty {
                coverage = q.number
            }
        }
        if coverage == nil, let written = indicator.uncertainty?.coverageFactor,
            let parsed = try? QuantityExpressionParser.parse(written), case .value(let q) = parsed.expression
        {
            coverage = q.number
        }
        if case .withCoverage(_, let stated) = indicator.value.expression {
            if let k = stated.factor { coverage = k.number }
            if coverage == nil, let p = stated.probability { coverage = factor(forProbability: p) }
        }
        if coverage == nil {
            let written =
                indicator.qualifiers.first { $0.name == "p" }?.written ?? indicator.uncertainty?.coverageProbability
            if let written, let parsed = try? QuantityExpressionParser.parse(written),
                case .value(let p) = parsed.expression
            {
                coverage = factor(forProbability: p)
            }
        }
        return (symbols, nominal, coverage)
    }

    /// The coverage factor of a normal distribution for the levels of confidence documents state
    /// (GUM G.1): 68.27 % → 1, 90 % → 1.645, 95 % → 1.960, 95.45 % → 2, 99 % → 2.576, 99.73 % → 3.
    static let normalCoverage: [Rational: Rational] = [
        Rational(6827, 10000): 1, Rational(9, 10): Rational(1645, 1000), Rational(95, 100): Rational(196, 100),
        Rational(9545, 10000): 2, Rational(99, 100): Rational(2576, 1000), Rational(9973, 10000): 3,
    ]

    /// `k` for a level of confidence written as `95 %` or `0.95`, when it is one of `normalCoverage`.
    private static func factor(forProbability p: Quantity) -> Rational? {
        guard p.unit.dimension.isDimensionless, !p.unit.isOpaque else { return nil }
        return normalCoverage[p.siValue(absolute: false)]
    }
}

extension String {
    /// Without leading and trailing white space.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
