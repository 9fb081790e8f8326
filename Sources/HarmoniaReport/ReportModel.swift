internal import BigInt
import HarmoniaAlign
import HarmoniaModel

/// What every writer derives from a ``Comparison`` in the same way: names, sentences, the deviations,
/// the score's terms. Plain text only; each writer escapes for its own format.
struct ReportModel: Sendable {
    let comparison: Comparison
    let options: ReportOptions
    let strings: ReportStrings
    /// Indices into `comparison.pairs` of the technical deviations, in the comparison's (reading) order.
    let deviationIndices: [Int]
    /// Indices of the deviations nothing explains.
    let unexplained: Set<Int>
    /// The deviating requirements, each once.
    let groups: [DeviationGroup]

    init(_ comparison: Comparison, options: ReportOptions) {
        // Every row stands on its own: "同上" reads as the justification it refers to.
        let comparison = ReferringJustifications.resolved(comparison)
        self.comparison = comparison
        self.options = options
        strings = ReportStrings(options.language)
        deviationIndices = comparison.pairs.indices.filter { comparison.pairs[$0].isTechnicalDeviation }
        unexplained = Set(comparison.degree.unexplained.map(\.pairIndex))
        groups = DeviationGroups.technical(comparison, unexplained: unexplained)
    }

    /// Whether the section on what stands between the document and MOD applies: the document declares MOD,
    /// or the comparison finds MOD.
    var modSectionApplies: Bool {
        comparison.degree.declared == .MOD || comparison.degree.computed == .MOD
    }

    var did: String { comparison.domestic.id }

    /// Whether the document owes a reason for each technical deviation: not when it declares NEQ
    /// (非等效采用 needs no list of reasons), so no row is flagged "no reason given" then.
    var reasonsOwed: Bool { comparison.degree.declared != .NEQ }

    /// `本规程章条编号` (`本规范…` for a JJF specification): the annex tables' heading for the document's
    /// own clauses, as the annex of the document itself says it.
    var ownClauseHeading: String {
        strings[did.hasPrefix("JJF") ? "col.ownClauseSpecification" : "col.ownClause"]
    }

    /// `对应的 OIML R 46-1:2012 章条编号`: the annex tables' heading for the reference's clauses.
    var referenceClauseHeading: String { strings.fill("col.referenceClause", ["id": iid]) }

    /// The 原因 cell of 技术性差异及其原因一览表: the justification, else a visible placeholder for the
    /// drafter (`【待补充】`) where a reason is owed, else nothing.
    func reasonCell(_ reason: LocalizedText?, unexplained: Bool) -> String {
        if let reason, !reason.text.isEmpty { return reason.text }
        return unexplained && reasonsOwed ? strings["reason.placeholder"] : ""
    }
    var iid: String { comparison.international.id }
    var none: String { strings["none"] }

    /// The title in the report's language, else the first one.
    func title(_ summary: DocumentSummary) -> LocalizedText? {
        summary.titles.first { $0.lang.map(ReportLanguage.init(tag:)) == options.language } ?? summary.titles.first
    }

    func conceptName(_ id: String) -> String {
        options.catalogue.concept(id: id)?.name(in: options.language.rawValue) ?? id
    }

    /// A pair's concept as a reader names it: the catalogue's name in the report's language, else a label
    /// the documents print (in the report's language first), never the folded key of an unknown label.
    func conceptName(_ pair: Pair) -> String {
        if let name = options.catalogue.concept(id: pair.concept)?.name(in: options.language.rawValue) { return name }
        let labels = [pair.international, pair.domestic].compactMap { $0?.labels }.flatMap { $0 }
        let wanted = options.language
        return (labels.first { $0.lang.map(ReportLanguage.init(tag:)) == wanted } ?? labels.first)?.text ?? pair.concept
    }

    /// `等级 E2，标称值 1 kg` / `class E2, nominal value 1 kg`: qualifiers through their labels, in document order.
    func qualifierText(_ indicator: Indicator?) -> String {
        guard let indicator else { return "" }
        return NaturalText.qualifiers(indicator.qualifiers, in: options.language)
    }

    /// A value as written, in the report language's conventions (`5 ℃～55 ℃`, `T30、T50`).
    func valueText(_ indicator: Indicator?) -> String {
        indicator.map { NaturalText.value($0.value.written, in: options.language) } ?? none
    }

    /// Whether both sides of a pair state the same value as written (`±2.5 %` and `±2.5 %`): a deviation
    /// of the conditions, not of the limit; lists of differing entries count such pairs instead of
    /// printing "±2.5 % instead of ±2.5 %".
    func hasEqualValues(_ pair: Pair) -> Bool {
        guard let d = pair.domestic, let i = pair.international else { return false }
        return valueText(d) == valueText(i)
    }

    /// Where a document states an indicator, as its reader finds it: `5.1 · 表 1` (the clause, then the
    /// table's printed number when it has one); without the clause where the row already names it. The
    /// indicator's id is for tools (CSV, JSON), never printed here.
    func place(_ indicator: Indicator?, clause: Bool = true) -> String {
        guard let indicator else { return none }
        return
            ((clause ? [indicator.clause] : [])
            + [indicator.cell?.tableNumber.map { strings.fill("table.numbered", ["num": $0]) }].compactMap { $0 })
            .joined(separator: " · ")
    }

    /// The footer: which rules the report follows, in words a reader without the source can use.
    var footer: String {
        strings.fill("report.footer", ["version": HarmoniaVersion.current, "format": JSONWriter.version])
    }

    /// The indicator a pair is about, from the reference's side when it has one.
    func subject(_ pair: Pair) -> String {
        let concept = conceptName(pair)
        let qualifiers = NaturalText.qualifiers(
            (pair.international ?? pair.domestic)?.qualifiers ?? [], in: options.language, concept: concept)
        return qualifiers.isEmpty
            ? strings.fill("subject.plain", ["concept": concept])
            : strings.fill("subject.qualified", ["concept": concept, "q": qualifiers])
    }

    func magnitude(_ pair: Pair) -> Magnitude? {
        guard let d = pair.domestic, let i = pair.international else { return nil }
        return Magnitude.of(domestic: d.value.expression, international: i.value.expression)
    }

    /// `nominal 1 kg / 2 kg; class E2 / —` for a partial pair.
    func differencesText(_ pair: Pair) -> String {
        let language = options.language
        return pair.qualifierDifferences.map {
            strings.fill(
                "diff.item",
                [
                    "name": QualifierLabels.name($0.name, in: language),
                    "d": $0.domestic.map { NaturalText.value($0, in: language) } ?? none,
                    "i": $0.international.map { NaturalText.value($0, in: language) } ?? none,
                ])
        }.joined(separator: strings["list.separator"])
    }

    /// The deviation in words with both values, without the subject: `stricter: JJG … ±1.6 mg, OIML … ±2 mg`.
    func deviationText(_ pair: Pair) -> String {
        let values = [
            "verdict": strings.verdict(pair.verdict), "did": did, "iid": iid,
            "d": valueText(pair.domestic), "i": valueText(pair.international),
            "diffs": differencesText(pair),
        ]
        let text: String
        switch pair.verdict {
        case .missing: text = strings.fill("dev.missing", values)
        case .added: text = strings.fill("dev.added", values)
        default: text = strings.fill(pair.step == .partial ? "dev.partial" : "dev.compare", values)
        }
        guard let magnitude = magnitude(pair), pair.isTechnicalDeviation else { return text }
        return strings.fill("magnitude.wrap", ["text": text, "magnitude": magnitude.phrase(strings.fill)])
    }

    /// The deviation as one sentence with its subject.
    func deviationSentence(_ pair: Pair) -> String {
        strings.fill("dev.sentence", ["subject": subject(pair), "dev": deviationText(pair)])
    }

    /// A deviating requirement by name only, as the lists of what stands between the document and MOD
    /// give it: the pair's subject for one entry, else the concept and how many entries.
    /// It opens a list item, so in English it starts with a capital.
    func requirementName(_ pairs: [Pair]) -> String {
        NaturalText.sentenceCase(
            pairs.count == 1
                ? subject(pairs[0])
                : strings.fill("requirements.named", ["concept": conceptName(pairs[0]), "n": String(pairs.count)]))
    }

    /// A deviating requirement in one sentence: the pair's sentence for one entry, else the concept, how
    /// many entries, the verdict and every entry with both values.
    func groupSentence(_ group: DeviationGroup) -> String {
        let pairs = group.pairIndices.map { comparison.pairs[$0] }
        if pairs.count == 1 { return deviationSentence(pairs[0]) }
        if let joint = group.joint {
            let rules = CommentRules.shipped
            return strings.fill(
                "group.joint",
                [
                    "name": strings["joint." + joint], "common": commonQualifierText(pairs), "did": did, "iid": iid,
                    "d": rules.jointValues(pairs, joint: joint, separator: strings["list.joint"]) {
                        self.valueText($0.domestic)
                    },
                    "i": rules.jointValues(pairs, joint: joint, separator: strings["list.joint"]) {
                        self.valueText($0.international)
                    },
                ])
        }
        if let table = wholeTableMissing(group) {
            return strings.fill(
                "group.tableMissing", ["did": did, "iid": iid, "table": table, "n": String(pairs.count)])
        }
        let items: String
        if group.verdict == .missing || group.verdict == .added {
            // One value per entry: entries of the same value said together (`等级 1、2：≤ 8 年`).
            items = collapsedEntries(pairs) { self.valueText($0.verdict == .missing ? $0.international : $0.domestic) }
                .map { $0.names.isEmpty ? $0.value : strings.fill("group.value", ["q": $0.names, "v": $0.value]) }
                .joined(separator: strings["list.separator"])
        } else {
            // Entries of equal values (the bands differ, the limit does not) are counted after the list.
            items = zip(pairs, entryNames(pairs)).filter { !hasEqualValues($0.0) }.map { pair, q -> String in
                switch pair.verdict {
                case .missing:
                    return strings.fill(
                        "group.itemMissing", ["q": q, "i": valueText(pair.international), "iid": iid, "did": did])
                case .added: return strings.fill("group.value", ["q": q, "v": valueText(pair.domestic)])
                default:
                    return strings.fill(
                        "group.item",
                        ["q": q, "d": valueText(pair.domestic), "i": valueText(pair.international), "iid": iid])
                }
            }.joined(separator: strings["list.separator"])
        }
        let verdicts = Verdict.allCases.filter { verdict in pairs.contains { $0.verdict == verdict } }
        let equal = pairs.filter(hasEqualValues).count
        let key =
            group.verdict == .missing
            ? "group.missing"
            : group.verdict == .added
                ? "group.added"
                : equal == 0
                    ? "group.compare" : equal == pairs.count ? "group.compareAllEqual" : "group.compareSomeEqual"
        return strings.fill(
            key,
            [
                "concept": conceptName(pairs[0]), "n": String(pairs.count),
                "common": commonQualifierText(pairs).isEmpty
                    ? "" : commonQualifierText(pairs) + strings["qualifier.separator"],
                "verdict": strings.list(verdicts.map(strings.verdict)),
                "did": did, "items": items, "k": String(equal),
            ])
    }

    /// The reference's table a group leaves out whole (one table, every cell of it not adopted), named
    /// by its printed number (`表 5（密度范围）`) or, unnumbered, by its clause and concept
    /// (`10.1 的密度范围表`); `nil` for any other group. Such a table is one requirement missing, said
    /// once, not cell by cell.
    func wholeTableMissing(_ group: DeviationGroup) -> String? {
        guard group.requirements.count == 1, group.requirement.shape == .table, group.verdict == .missing,
            group.pairIndices.count > 1, Set(group.pairIndices) == Set(group.requirement.pairIndices),
            let cell = comparison.pairs[group.pairIndices[0]].international?.cell
        else { return nil }
        let concept = conceptName(group.concept)
        if let number = cell.tableNumber {
            return strings.fill("table.numberedConcept", ["num": number, "concept": concept])
        }
        return strings.fill(
            "table.unnumberedConcept", ["clause": group.requirement.internationalClause ?? "", "concept": concept])
    }

    /// The justification text, if anything explains the deviation.
    func reason(_ pair: Pair) -> LocalizedText? { pair.explanation?.text }

    /// `3 requirements (51 values)` / `3 项要求（51 个值）`: the unexplained deviations counted by requirement
    /// and by value, and the verbs that agree with the count.
    var unexplainedCount: [String: String] {
        let n = comparison.degree.unexplained.count
        let k = groups.filter(\.unexplained).count
        let key = k == 1 ? "count.requirementValues" : "count.requirementsValues"
        let number = k == 1 ? "one" : "many"
        return [
            "count": strings.fill(key, ["k": String(k), "n": String(n)]), "n": String(n), "k": String(k),
            "have": strings["verb.have." + number], "are": strings["verb.are." + number],
        ]
    }

    /// The sentence that opens the list of what stands between the document and MOD: how many
    /// requirements, with how many values; under a declared NEQ it also says, once, why no row is flagged.
    var unexplainedIntro: String {
        let n = comparison.degree.unexplained.count
        if !reasonsOwed {
            return n == 1 ? strings["unexplained.introOneNEQ"] : strings.fill("unexplained.introNEQ", unexplainedCount)
        }
        if n == 1 { return strings["unexplained.introOne"] }
        return strings.fill("unexplained.intro", unexplainedCount)
    }

    /// Why a deviation is unexplained, in the report's language.
    func unexplainedReason(_ pair: Pair) -> String {
        strings[pair.verdict == .missing ? "unexplained.missing" : "unexplained.other"]
    }

    /// Why the declared degree does not hold; `nil` when it does or none is declared.
    var declarationNote: String? {
        let degree = comparison.degree
        guard let declared = degree.declared, !degree.declarationSupported else { return nil }
        switch declared {
        case .IDT: return strings.fill("note.IDT", ["computed": strings["degree." + degree.computed.rawValue]])
        case .MOD:
            let n = degree.unexplained.count
            return n == 1 ? strings["note.MODOne"] : strings.fill("note.MOD", unexplainedCount)
        case .NEQ: return nil
        }
    }

    /// `12 requirements, Σ credit = 8.5: 100 × 8.5 / 12 = 70.83… → 70.8`.
    var scoreTerms: String {
        let score = comparison.score
        guard score.requirements > 0 else { return strings["score.termsEmpty"] }
        var text = strings.fill(
            "score.terms",
            [
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

    /// Pairs per clause: the reference's clause where the pair has one, else the domestic one (a
    /// requirement only the document states), each row saying whose clause it is, so that `5.1` of one
    /// document is never counted with `5.1` of the other. The reference's clauses first, in reading
    /// order, then the document's own.
    var heatmap: [(clause: String, reference: Bool, counts: VerdictCounts)] {
        var reference: [String: VerdictCounts] = [:]
        var domestic: [String: VerdictCounts] = [:]
        for pair in comparison.pairs {
            if let clause = pair.international?.clause {
                reference[clause, default: VerdictCounts()][pair.verdict] += 1
            } else {
                domestic[pair.clause, default: VerdictCounts()][pair.verdict] += 1
            }
        }
        return reference.keys.sorted(by: ClauseOrder.areInIncreasingOrder).map { ($0, true, reference[$0]!) }
            + domestic.keys.sorted(by: ClauseOrder.areInIncreasingOrder).map { ($0, false, domestic[$0]!) }
    }
}
