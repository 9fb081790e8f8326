import HarmoniaAlign
import HarmoniaModel

/// How a row that lists several entries (a table's cells, or requirements merged into one row) names
/// them: by their qualifiers, the qualifier's name said once where every entry differs by that one
/// qualifier only.
extension ReportModel {
    /// One name per pair, its qualifiers through their labels (`标称值 20 mg，等级 E1`). When every entry
    /// has one qualifier, of the same name, and every value starts with a letter (`T70`, `III`, `U0`), the
    /// name is said once, before the first: `温度等级 T70`, `T90`, `T130`. A bare number keeps its name
    /// (`等级 2`, never `2` alone).
    func entryNames(_ pairs: [Pair]) -> [String] {
        guard let shared = sharedQualifier(pairs) else {
            return pairs.map { qualifierText($0.international ?? $0.domestic) }
        }
        let startsWithLetter = shared.values.allSatisfy { $0.first?.isLetter ?? false }
        return shared.values.enumerated().map { offset, value in
            offset == 0 || !startsWithLetter ? shared.name + " " + value : value
        }
    }

    /// The entries with one value each, those of the same value said together when they differ by one
    /// qualifier only: `等级 1、2：≤ 8 年；等级 0.2S、0.5S：≤ 6 年`. Otherwise one item per entry, named as
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
            (shared.name + " " + members[value]!.joined(separator: strings["list.and"]), value)
        }
    }

    /// The one qualifier every entry has, alone and of the same name, with its label and each entry's
    /// value in the report's language; `nil` when entries differ otherwise, or when a value already
    /// names its qualifier (`DN > 50 mm`) or is a labelled token (`首次检定`).
    private func sharedQualifier(_ pairs: [Pair]) -> (name: String, values: [String])? {
        let language = options.language
        let singles = pairs.compactMap { pair -> Qualifier? in
            guard let qualifiers = (pair.international ?? pair.domestic)?.qualifiers, qualifiers.count == 1 else {
                return nil
            }
            return qualifiers[0]
        }
        guard pairs.count > 1, singles.count == pairs.count, Set(singles.map(\.name)).count == 1 else { return nil }
        let name = QualifierLabels.name(singles[0].name, in: language)
        let values = singles.map { NaturalText.value($0.written, in: language) }
        let plain = zip(singles, values).allSatisfy { qualifier, value in
            NaturalText.qualifier(name: qualifier.name, written: qualifier.written, in: language) == name + " " + value
        }
        return plain ? (name, values) : nil
    }
}
