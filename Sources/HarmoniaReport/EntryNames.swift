import HarmoniaAlign
import HarmoniaModel

/// How a row that lists several entries (a table's cells, or requirements merged into one row) names
/// them: the qualifiers every entry shares said once for the row (a table's own condition, `功率因数 1`),
/// each entry by the qualifiers that tell it apart, and a qualifier's name said once where every entry
/// differs by that one qualifier only.
extension ReportModel {
    /// The qualifiers every entry has with the same value, in the first entry's order, through their
    /// labels (`功率因数 1`); empty for a single entry or when nothing is shared. Two tables of one
    /// concept and clause are told apart by it.
    func commonQualifierText(_ pairs: [Pair]) -> String {
        NaturalText.qualifiers(commonQualifiers(pairs), in: options.language)
    }

    /// One name per pair, by the qualifiers that tell the entries apart (`标称值 20 mg，等级 E1`). When
    /// every entry has one such qualifier, of the same name, and every value starts with a letter (`T70`,
    /// `III`, `U0`), the name is said once, before the first: `温度等级 T70`, `T90`, `T130`. A bare number
    /// keeps its name (`等级 2`, never `2` alone). Where the reference's qualifiers leave two entries
    /// with one name (several domestic values met one reference cell), each also names the domestic
    /// qualifiers the reference's do not have: `等级 A（JJG 596-2012：直接接入，电流 20 % ≤ I）`.
    func entryNames(_ pairs: [Pair]) -> [String] {
        let names = referenceNames(pairs)
        guard Set(names).count < names.count else { return names }
        let common = commonQualifiers(pairs)
        return pairs.map { pair in
            let own = NaturalText.qualifiers(distinguishing(pair, leaving: common), in: options.language)
            guard let domestic = pair.domestic, pair.international != nil else { return own }
            let extra = NaturalText.qualifiers(
                domestic.qualifiers.filter { !qualifiers(pair).contains($0) }, in: options.language)
            // Nothing of the reference's tells the entry apart: the domestic conditions do, else its clause.
            if own.isEmpty {
                return extra.isEmpty
                    ? strings.fill("entry.domesticClause", ["did": did, "clause": domestic.clause])
                    : strings.fill("entry.domesticOnly", ["did": did, "q": extra])
            }
            return extra.isEmpty ? own : strings.fill("entry.domestic", ["name": own, "did": did, "q": extra])
        }
    }

    /// The entries' names from the qualifiers of the side each is read from (the reference's first).
    private func referenceNames(_ pairs: [Pair]) -> [String] {
        guard let shared = sharedQualifier(pairs) else {
            let common = commonQualifiers(pairs)
            return pairs.map {
                NaturalText.qualifiers(distinguishing($0, leaving: common), in: options.language)
            }
        }
        // A name written around the value (`A 级`) is written for each entry.
        let startsWithLetter = shared.values.allSatisfy { $0.first?.isLetter ?? false } && !shared.patterned
        return shared.values.enumerated().map { offset, value in
            offset == 0 || !startsWithLetter ? shared.named([value]) : value
        }
    }

    /// The entries with one value each, those of the same value said together when they differ by one
    /// qualifier only: `等级 1、2：≤ 8 年；等级 0.2S、0.5S：≤ 6 年`, `classes 1 and 2: ≤ 8 years`. Otherwise one item per entry, named as
    /// ``entryNames(_:)`` names them. In the entries' order (a group where its first entry stands).
    func collapsedEntries(_ pairs: [Pair], value: (Pair) -> String) -> [(names: String, value: String)] {
        let values = pairs.map(value)
        guard let shared = sharedQualifier(pairs), Set(values).count < values.count else {
            return zip(entryNames(pairs), values).map { ($0, $1) }
        }
        var order: [String] = []
        var members: [String: [String]] = [:]
        for (qualifier, value) in zip(shared.values, values) {
            if members[value] == nil { order.append(value) }
            members[value, default: []].append(qualifier)
        }
        return order.map { value in
            let named = members[value]!
            return (shared.named(named), value)
        }
    }

    private func qualifiers(_ pair: Pair) -> [Qualifier] { (pair.international ?? pair.domestic)?.qualifiers ?? [] }

    private func commonQualifiers(_ pairs: [Pair]) -> [Qualifier] {
        guard pairs.count > 1, let first = pairs.first else { return [] }
        return qualifiers(first).filter { qualifier in pairs.allSatisfy { qualifiers($0).contains(qualifier) } }
    }

    private func distinguishing(_ pair: Pair, leaving common: [Qualifier]) -> [Qualifier] {
        qualifiers(pair).filter { !common.contains($0) }
    }

    /// The one qualifier that tells every entry apart, alone and of the same name, with its label and each
    /// entry's value in the report's language; `nil` when entries differ otherwise, or when a value
    /// already names its qualifier (`DN > 50 mm`) or is a labelled token (`首次检定`).
    private func sharedQualifier(_ pairs: [Pair]) -> SharedQualifier? {
        let language = options.language
        let common = commonQualifiers(pairs)
        let singles = pairs.compactMap { pair -> Qualifier? in
            let own = distinguishing(pair, leaving: common)
            return own.count == 1 ? own[0] : nil
        }
        // A set (`1|2`) is named with its own plural (`classes 1 and 2`): such entries are named one by one.
        guard pairs.count > 1, singles.count == pairs.count, Set(singles.map(\.name)).count == 1,
            Set(singles.map(\.written)).count == singles.count, !singles.contains(where: { $0.written.contains("|") })
        else { return nil }
        let shared = SharedQualifier(
            name: QualifierLabels.name(singles[0].name, in: language),
            plural: QualifierLabels.pluralName(singles[0].name, in: language),
            pattern: QualifierLabels.pattern(singles[0].name, in: language), strings: strings,
            values: singles.map { NaturalText.value($0.written, in: language) })
        let plain = zip(singles, shared.values).allSatisfy { qualifier, value in
            NaturalText.qualifier(name: qualifier.name, written: qualifier.written, in: language)
                == shared.named([value])
        }
        return plain ? shared : nil
    }
}

/// The one qualifier that tells a row's entries apart, and how the language names one or several of its
/// values: `等级 1` / `classes 1 and 2`, or through the name's pattern (`1 级`, `1、2 级`).
private struct SharedQualifier {
    var name: String
    var plural: String
    var pattern: String?
    var strings: ReportStrings
    var values: [String]

    var patterned: Bool { pattern != nil }

    func named(_ members: [String]) -> String {
        let list = strings.list(members)
        if let pattern { return pattern.replacingOccurrences(of: "{value}", with: list) }
        return (members.count > 1 ? plural : name) + " " + list
    }
}
