import HarmoniaModel

/// Groups a comparison's pairs by requirement: every pair with a reference side belongs to that side's
/// table (for a cell) or indicator; an `added` pair to its domestic table or indicator.
enum RequirementGrouping {
    /// The credit one pair earns towards its requirement: agreement and editorial differences 1,
    /// `stricter` ½, every other technical deviation 0.
    static func credit(_ pair: Pair) -> Rational {
        switch pair.difference {
        case .none, .editorial: return .one
        case .technical: return pair.verdict == .stricter ? Rational(1, 2) : .zero
        }
    }

    /// Requirements in the order of their first pair (the comparison's order): the reference's by clause,
    /// then the domestic-only ones.
    /// `conceptName` gives a catalogue concept's name, `nil` for a concept the catalogue does not hold
    /// (then the requirement's own label names it).
    static func group(_ pairs: [Pair], conceptName: @Sendable (String) -> String?) -> [Requirement] {
        struct Key: Hashable, Sendable {
            let origin: RequirementOrigin
            let shape: RequirementShape
            let id: String
        }
        var order: [Key] = []
        var members: [Key: [Int]] = [:]
        // An unpaired domestic restatement belongs to the requirement of the indicator it restates: one
        // domestic-only requirement shown with both clauses, not two.
        var keyOfDomestic: [String: Key] = [:]
        for pair in pairs where pair.restatementOf == nil && pair.international == nil {
            guard let side = pair.domestic else { continue }
            keyOfDomestic[side.id] =
                side.cell.map { Key(origin: .domestic, shape: .table, id: $0.tableID) }
                ?? Key(origin: .domestic, shape: .indicator, id: side.id)
        }
        for (index, pair) in pairs.enumerated() {
            let key: Key
            if pair.international == nil, let restated = pair.restatementOf, restated.side == .domestic,
                let first = keyOfDomestic[restated.id]
            {
                key = first
            } else if let side = pair.international {
                key =
                    side.cell.map { Key(origin: .reference, shape: .table, id: $0.tableID) }
                    ?? Key(origin: .reference, shape: .indicator, id: side.id)
            } else if let side = pair.domestic {
                key =
                    side.cell.map { Key(origin: .domestic, shape: .table, id: $0.tableID) }
                    ?? Key(origin: .domestic, shape: .indicator, id: side.id)
            } else {
                continue
            }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        // A hundred thousand indicators make nearly as many requirements, each summed up on its own:
        // the work splits over the cores, the requirements stay in order.
        let keys = order
        let groups = members
        return Parallel.map(Parallel.ranges(of: keys.count, pieces: Parallel.pieces)) { range in
            keys[range].map { key in
                make(
                    origin: key.origin, shape: key.shape, id: key.id, indices: groups[key]!, pairs: pairs,
                    conceptName: conceptName)
            }
        }.flatMap { $0 }
    }

    private static func make(
        origin: RequirementOrigin, shape: RequirementShape, id: String, indices: [Int],
        pairs: [Pair], conceptName: (String) -> String?
    ) -> Requirement {
        var counts = VerdictCounts()
        var editorial = 0
        var technical = 0
        var paired = 0
        var earned = Rational.zero
        var domesticClauses: [String] = []
        var seenClauses = Set<String>()
        for index in indices {
            let pair = pairs[index]
            counts[pair.verdict] += 1
            switch pair.difference {
            case .none: break
            case .editorial: editorial += 1
            case .technical: technical += 1
            }
            earned = earned + credit(pair)
            if let domestic = pair.domestic {
                paired += 1
                if seenClauses.insert(domestic.clause).inserted { domesticClauses.append(domestic.clause) }
            }
        }
        domesticClauses.sort(by: ClauseOrder.areInIncreasingOrder)
        let first = pairs[indices[0]]
        let side = origin == .reference ? first.international! : first.domestic!
        let concept = side.conceptID
        let values = Rational(indices.count)
        let weight: Rational = origin == .reference ? .one : .zero
        let status: RequirementStatus
        if origin == .domestic {
            status = .added
        } else if paired == 0 {
            status = .notAdopted
        } else if paired < indices.count {
            status = .partlyAdopted
        } else {
            status = technical == 0 ? .adopted : .modified
        }
        let internationalClause = origin == .reference ? side.clause : nil
        var requirement = Requirement(
            origin: origin, shape: shape, id: id, concept: concept, internationalClause: internationalClause,
            domesticClauses: domesticClauses, pairIndices: indices, counts: counts, editorial: editorial,
            technical: technical, weight: weight,
            credit: origin == .reference ? earned / values : .zero,
            kept: origin == .reference ? Rational(paired) / values : .zero,
            status: status, summary: "")
        let label = side.labels.first { $0.lang == "en" } ?? side.labels.first
        requirement.summary = summary(requirement, conceptName: conceptName(concept) ?? label?.text ?? concept)
        return requirement
    }

    /// `Table density (reference § 10.1), density limits: not adopted, 42 values`;
    /// `Indicator period (domestic § 7.5), verification interval: added`.
    static func summary(_ requirement: Requirement, conceptName: String) -> String {
        let noun = requirement.shape == .table ? "Table" : "Indicator"
        var clauses: [String] = []
        if let clause = requirement.internationalClause { clauses.append("reference § \(clause)") }
        if !requirement.domesticClauses.isEmpty {
            clauses.append("domestic § " + requirement.domesticClauses.joined(separator: ", "))
        }
        var text =
            "\(noun) \(requirement.id) (\(clauses.joined(separator: "; "))), \(conceptName): "
            + requirement.status.rawValue
        let values = requirement.values
        if requirement.shape == .table || values > 1 {
            text += ", \(values) value\(values == 1 ? "" : "s")"
        }
        // A single value adopted as written needs no breakdown; anything else says what its values got.
        let parts = breakdown(requirement)
        let plain = values == 1 && requirement.counts[.identical] == 1
        if !parts.isEmpty && !plain && requirement.status != .notAdopted && requirement.status != .added {
            text += " (" + parts.joined(separator: ", ") + ")"
        }
        return text
    }

    /// `40 agree, 2 editorial, 1 stricter, 1 missing`: only the counts that are not zero. Editorial
    /// differences are the `equivalent` pairs and the `different` ones that differ only in spelling.
    private static func breakdown(_ requirement: Requirement) -> [String] {
        let counts = requirement.counts
        let spelling = requirement.editorial - counts[.equivalent]
        var parts: [String] = []
        if counts[.identical] > 0 { parts.append("\(counts[.identical]) agree") }
        if requirement.editorial > 0 { parts.append("\(requirement.editorial) editorial") }
        for (verdict, count) in [
            (Verdict.stricter, counts[.stricter]), (.looser, counts[.looser]),
            (.different, counts[.different] - spelling), (.missing, counts[.missing]),
        ] where count > 0 {
            parts.append("\(count) \(verdict.rawValue)")
        }
        return parts
    }
}
