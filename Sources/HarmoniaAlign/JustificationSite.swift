import HarmoniaModel

/// A justification as a document writes it, with what carries it, so that a report can read one that
/// refers to the justification before it ("同上", "ditto") in the document's order, although pairs are
/// listed in the reference's order.
public struct JustificationSite: Hashable, Sendable {
    /// What carries a justification, as a pair's ``Explanation`` names it.
    public enum Holder: Hashable, Sendable {
        /// An indicator outside any table, by id.
        case indicator(String)
        /// A table, by id: each of its cells carries the table's justification.
        case table(String)
        /// An omission (or the document's scope), by the `ref` its ``Explanation/omission(ref:_:)`` gives.
        case omission(String)
    }

    public var holder: Holder
    public var text: LocalizedText

    public init(holder: Holder, text: LocalizedText) {
        self.holder = holder
        self.text = text
    }

    /// Every justification of `document` in document order (by source line and column), once per
    /// element that writes it; those whose place is unknown come last, in the order read.
    public static func all(in document: Document) -> [JustificationSite] {
        var found: [(place: SourceLocation?, site: JustificationSite)] = []
        for indicator in document.indicators {
            // The justification first: most indicators have none, and reading `cell` copies it.
            guard let text = indicator.justification, indicator.cell == nil else { continue }
            found.append((indicator.source, JustificationSite(holder: .indicator(indicator.id), text: text)))
        }
        for table in document.tables {
            guard let text = table.justification else { continue }
            found.append((table.source, JustificationSite(holder: .table(table.id), text: text)))
        }
        for omission in document.omissions {
            guard let text = omission.justification else { continue }
            let ref = omission.isScoped ? Applicability.describe(omission.qualifiers) : omission.ref
            found.append((omission.source, JustificationSite(holder: .omission(ref), text: text)))
        }
        if let scope = document.scope, let text = scope.justification {
            let ref = "scope " + Applicability.describe(scope.qualifiers)
            found.append((scope.source, JustificationSite(holder: .omission(ref), text: text)))
        }
        // A stable sort: sites without a line keep the order above, after every placed one.
        let order = found.indices.sorted { a, b in
            let l = found[a].place
            let r = found[b].place
            switch (l?.line, r?.line) {
            case (let x?, let y?): return x != y ? x < y : (l?.column ?? 0, a) < (r?.column ?? 0, b)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
        return order.map { found[$0].site }
    }
}

extension Pair {
    /// What carries the justification that explains the pair; `nil` when nothing explains it.
    public var justificationHolder: JustificationSite.Holder? {
        switch explanation {
        case .justification?:
            guard let domestic else { return nil }
            return domestic.cell.map { .table($0.tableID) } ?? .indicator(domestic.id)
        case .omission(let ref, _)?: return .omission(ref)
        case nil: return nil
        }
    }
}
