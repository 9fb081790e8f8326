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
        var groups: [[Int]] = []
        var groupOfKey: [Key: Int] = [:]
        groupOfKey.reserveCapacity(pairs.count)
        // An unpaired domestic restatement belongs to the requirement of the indicator it restates: one
        // domestic-only requirement shown with both clauses, not two.
        var keyOfDomestic: [String: Key] = [:]
        for index in pairs.indices where pairs[index].restatementOf == nil && pairs[index].international == nil {
            guard let side = pairs[index].domestic else { continue }
            keyOfDomestic[side.id] =
                side.cell.map { Key(origin: .domestic, shape: .table, id: $0.tableID) }
                ?? Key(origin: .domestic, shape: .indicator, id: side.id)
        }
        // A table's cells are neighbours in the comparison's order: the previous pair's group saves a lookup.
        var last: (key: Key, group: Int)?
        for index in pairs.indices {
            let key: Key
            if pairs[index].international == nil, let restated = pairs[index].restatementOf,
                restated.side == .domestic, let first = keyOfDomestic[restated.id]
            {
                key = first
            } else if let side = pairs[index].international {
                key =
                    side.cell.map { Key(origin: .reference, shape: .table, id: $0.tableID) }
                    ?? Key(origin: .reference, shape: .indicator, id: side.id)
            } else if let side = pairs[index].domestic {
                key =
                    side.cell.map { Key(origin: .domestic, shape: .table, id: $0.tableID) }
                    ?? Key(origin: .domestic, shape: .indicator, id: side.id)
            } else {
                continue
            }
            let group: Int
            if let last, last.key == key {
                group = last.group
            } else if let known = groupOfKey[key] {
                group = known
            } else {
                group = order.count
                order.append(key)
                groups.append([])
                groupOfKey[key] = group
            }
            groups[group].append(index)
            last = (key, group)
        }
        // A hundred thousand indicators make nearly as many requirements, each summed up on its own:
        // the work splits over the cores, the requirements stay in order.
        let keys = order
        let members = groups
        return Parallel.map(Parallel.ranges(of: keys.count, pieces: Parallel.pieces)) { range in
            range.map { group in
                make(
                    origin: keys[group].origin, shape: keys[group].shape, id: keys[group].id,
                    indices: members[group], pairs: pairs, conceptName: conceptName)
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
            counts[pairs[index].verdict] += 1
            switch pairs[index].difference {
            case .none: break
            case .editorial: editorial += 1
            case .technical: technical += 1
            }
            earned = earned + credit(pairs[index])
            if let domestic = pairs[index].domestic {
                paired += 1
                // A requirement's domestic clauses are mostly few: a look along a short list beats hashing.
                let clause = domestic.clause
                if domesticClauses.count < 16 {
                    if !domesticClauses.contains(clause) { domesticClauses.append(clause) }
                } else {
                    if seenClauses.isEmpty { seenClauses = Set(domesticClauses) }
                    if seenClauses.insert(clause).inserted { domesticClauses.append(clause) }
                }
            }
        }
        domesticClauses.sort(by: ClauseOrder.areInIncreasingOrder)
        let side = origin == .reference ? pairs[indices[0]].international! : pairs[indices[0]].domestic!
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
        // Written by appending: one summary per requirement, up to one per indicator.
        var text = requirement.shape == .table ? "Table " : "Indicator "
        text += requirement.id
        text += " ("
        if let clause = requirement.internationalClause {
            text += "reference § "
            text += clause
        }
        for (place, clause) in requirement.domesticClauses.enumerated() {
            if place == 0 {
                text += requirement.internationalClause == nil ? "domestic § " : "; domestic § "
            } else {
                text += ", "
            }
            text += clause
        }
        text += "), "
        text += conceptName
        text += ": "
        text += requirement.status.rawValue
        let values = requirement.values
        if requirement.shape == .table || values > 1 {
            text += ", \(values) value\(values == 1 ? "" : "s")"
        }
        // A single value adopted as written needs no breakdown; anything else says what its values got.
        let plain = values == 1 && requirement.counts[.identical] == 1
        if !plain && requirement.status != .notAdopted && requirement.status != .added {
            appendBreakdown(of: requirement, to: &text)
        }
        return text
    }

    /// ` (40 agree, 2 editorial, 1 stricter, 1 missing)`: only the counts that are not zero, nothing when
    /// all are. Editorial differences are the `equivalent` pairs and the `different` ones that differ only
    /// in spelling.
    private static func appendBreakdown(of requirement: Requirement, to text: inout String) {
        let counts = requirement.counts
        let spelling = requirement.editorial - counts[.equivalent]
        var first = true
        func part(_ count: Int, _ name: String) {
            guard count > 0 else { return }
            text += first ? " (" : ", "
            text += String(count)
            text += " "
            text += name
            first = false
        }
        part(counts[.identical], "agree")
        part(requirement.editorial, "editorial")
        part(counts[.stricter], Verdict.stricter.rawValue)
        part(counts[.looser], Verdict.looser.rawValue)
        part(counts[.different] - spelling, Verdict.different.rawValue)
        part(counts[.missing], Verdict.missing.rawValue)
        if !first { text += ")" }
    }
}
