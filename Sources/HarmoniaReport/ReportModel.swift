internal import BigInt
import HarmoniaAlign
import HarmoniaModel

/// What every writer derives from a ``Comparison`` in the same way: names, sentences, the deviations,
/// the score's terms. Plain text only; each writer escapes for its own format.
struct ReportModel: Sendable {
    let comparison: Comparison
    let options: ReportOptions
    let strings: ReportStrings
    /// Indices into `comparison.pairs` of the technical deviations, in the contract's order.
    let deviationIndices: [Int]
    /// Indices of the deviations nothing explains.
    let unexplained: Set<Int>

    init(_ comparison: Comparison, options: ReportOptions) {
        self.comparison = comparison
        self.options = options
        strings = ReportStrings(options.language)
        deviationIndices = comparison.pairs.indices.filter { comparison.pairs[$0].verdict.isDeviation }
        unexplained = Set(comparison.degree.unexplained.map(\.pairIndex))
    }

    var did: String { comparison.domestic.id }
    var iid: String { comparison.international.id }
    var none: String { strings["none"] }

    /// The title in the report's language, else the first one.
    func title(_ summary: DocumentSummary) -> LocalizedText? {
        summary.titles.first { $0.lang.map(ReportLanguage.init(tag:)) == options.language } ?? summary.titles.first
    }

    func conceptName(_ id: String) -> String {
        options.catalogue.concept(id: id)?.name(in: options.language.rawValue) ?? id
    }

    /// `class=E2, nominal=1 kg`: qualifiers as written, in document order.
    func qualifierText(_ indicator: Indicator?) -> String {
        guard let indicator else { return "" }
        return indicator.qualifiers.map { "\($0.name)=\($0.written)" }.joined(separator: ", ")
    }

    /// The indicator a pair is about, from the reference's side when it has one.
    func subject(_ pair: Pair) -> String {
        let qualifiers = qualifierText(pair.international ?? pair.domestic)
        let concept = conceptName(pair.concept)
        return qualifiers.isEmpty
            ? strings.fill("subject.plain", ["concept": concept])
            : strings.fill("subject.qualified", ["concept": concept, "q": qualifiers])
    }

    func magnitude(_ pair: Pair) -> Magnitude? {
        guard let d = pair.domestic, let i = pair.international else { return nil }
        return Magnitude(domestic: d.value.expression, international: i.value.expression)
    }

    /// `nominal 1 kg / 2 kg; class E2 / —` for a partial pair.
    func differencesText(_ pair: Pair) -> String {
        pair.qualifierDifferences.map {
            strings.fill("diff.item", ["name": $0.name, "d": $0.domestic ?? none, "i": $0.international ?? none])
        }.joined(separator: "; ")
    }

    /// The deviation in words with both values, without the subject: `stricter: JJG … ±1.6 mg, OIML … ±2 mg`.
    func deviationText(_ pair: Pair) -> String {
        let values = ["verdict": strings.verdict(pair.verdict), "did": did, "iid": iid,
                      "d": pair.domestic?.value.written ?? none, "i": pair.international?.value.written ?? none,
                      "diffs": differencesText(pair)]
        let text: String
        switch pair.verdict {
        case .missing: text = strings.fill("dev.missing", values)
        case .added: text = strings.fill("dev.added", values)
        default: text = strings.fill(pair.step == .partial ? "dev.partial" : "dev.compare", values)
        }
        guard let magnitude = magnitude(pair), pair.verdict.isDeviation else { return text }
        let phrase = strings.fill(magnitude.smaller ? "magnitude.smaller" : "magnitude.larger", ["p": magnitude.percent])
        return strings.fill("magnitude.wrap", ["text": text, "magnitude": phrase])
    }

    /// The deviation as one sentence with its subject.
    func deviationSentence(_ pair: Pair) -> String {
        strings.fill("dev.sentence", ["subject": subject(pair), "dev": deviationText(pair)])
    }

    /// The justification text, if anything explains the deviation.
    func reason(_ pair: Pair) -> LocalizedText? { pair.explanation?.text }

    /// Why a deviation is unexplained, in the report's language.
    func unexplainedReason(_ pair: Pair) -> String {
        strings[pair.verdict == .missing ? "unexplained.missing" : "unexplained.other"]
    }

    /// Why the declared degree does not hold; `nil` when it does or none is declared.
    var declarationNote: String? {
        let degree = comparison.degree
        guard let declared = degree.declared, !degree.declarationSupported else { return nil }
        switch declared {
        case .IDT: return strings.fill("note.IDT", ["computed": degree.computed.rawValue])
        case .MOD: return strings.fill("note.MOD", ["n": String(degree.unexplained.count)])
        case .NEQ: return nil
        }
    }

    /// `12 requirements, Σ credit = 8.5: 100 × 8.5 / 12 = 70.83… → 70.8`.
    var scoreTerms: String {
        let score = comparison.score
        guard score.requirements > 0 else { return strings["score.termsEmpty"] }
        var text = strings.fill("score.terms", [
            "pairs": String(score.requirements), "credit": score.credit.description,
            "exact": Self.decimal(score.exact, places: 4), "score": score.text,
        ])
        let uncapped = Rational(10) * score.exact + Rational(1, 2)
        if uncapped.numerator / uncapped.denominator != BigInt(score.tenths) { text += strings["score.capped"] }
        return text
    }

    /// A non-negative rational as a decimal, truncated to `places` digits and marked `…` when cut.
    static func decimal(_ value: Rational, places: Int) -> String {
        let scale = BigInt(10).power(places)
        let scaled = value.magnitude.numerator * scale
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: value.magnitude.denominator)
        var digits = String(quotient)
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        var whole = String(digits[..<split])
        var fraction = String(digits[split...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if value.isNegative { whole = "-" + whole }
        let text = fraction.isEmpty ? whole : whole + "." + fraction
        return remainder == 0 ? text : text + "…"
    }

    /// `71.4 %`: a count's share of all pairs, rounded half up to one decimal.
    func share(_ count: Int) -> String {
        let total = comparison.counts.total
        guard total > 0 else { return "0 %" }
        let tenths = (count * 2000 + total) / (2 * total)
        return "\(tenths / 10).\(tenths % 10) %"
    }

    /// The weights as `identical 1`, in the order verdicts are listed.
    var weights: [(Verdict, String)] {
        Verdict.allCases.map { ($0, Score.weights[$0]?.description ?? "—") }
    }

    /// Pairs per clause (the pair's clause: the reference's, else the domestic one), clauses in reading order.
    var heatmap: [(clause: String, counts: VerdictCounts)] {
        var byClause: [String: VerdictCounts] = [:]
        for pair in comparison.pairs { byClause[pair.clause, default: VerdictCounts()][pair.verdict] += 1 }
        return byClause.keys.sorted(by: ClauseOrder.areInIncreasingOrder).map { ($0, byClause[$0]!) }
    }

    /// `Table mpe: 1 kg / E2` for a table cell; `nil` otherwise.
    func tableLocation(_ indicator: Indicator?) -> String? {
        guard let cell = indicator?.cell else { return nil }
        return strings.fill("comment.table", ["table": cell.tableID, "row": cell.rowKey, "col": cell.columnKey])
    }
}
