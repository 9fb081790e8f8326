import HarmoniaModel

/// Which reference indicators the domestic document leaves out: those its scope excludes (a qualifier of
/// the scope's name with a value outside it) and those an omission names, by id, by table, or by
/// qualifiers (`<omission><where class="I|II"/>…`). Omissions win: such an indicator is never partially
/// paired, and when it stays unpaired the omission's (or the scope's) justification explains it.
struct Applicability {
    /// For each excluded reference indicator (by index), what excludes it.
    private(set) var reasons: [Int: Reason] = [:]
    /// Scope omissions that match no reference indicator.
    private(set) var warnings: [String] = []
    /// Classes the domestic document leaves out by a scope omission on `class` alone, folded.
    private(set) var omittedClasses: Set<String> = []
    /// The classes of the domestic scope, folded, when it states `class`.
    private(set) var scopeClasses: Set<String>?
    /// The domestic scope as pairing reads it: (canonical name, value).
    private(set) var scope: [(name: String, value: QualifierValue)] = []
    /// For each scope omission of the domestic document, in order: whether it matched a reference indicator.
    private(set) var matchedScopeOmissions: [Bool] = []

    enum Reason {
        case omission(Omission)
        case scope(Scope)

        var explanation: Explanation? {
            switch self {
            case .omission(let omission):
                omission.justification.map {
                    .omission(ref: omission.isScoped ? Applicability.describe(omission.qualifiers) : omission.ref, $0)
                }
            case .scope(let scope):
                scope.justification.map { .omission(ref: "scope " + Applicability.describe(scope.qualifiers), $0) }
            }
        }
    }

    init(
        domestic: Document, international: Document, domesticFolding: QualifierFolding,
        internationalFolding: QualifierFolding
    ) {
        var byRef: [String: Omission] = [:]
        for omission in domestic.omissions where !omission.isScoped {
            if byRef[omission.ref] == nil || byRef[omission.ref]?.justification == nil {
                byRef[omission.ref] = omission
            }
        }
        let scoped = domestic.omissions.filter(\.isScoped).map { omission in
            (omission, Self.prepare(omission.qualifiers, domesticFolding))
        }
        let scope = domestic.scope.map { ($0, Self.prepare($0.qualifiers, domesticFolding)) }
        self.scope = scope?.1.map { (name: $0.0, value: $0.1) } ?? []
        for (_, qualifiers) in scoped where qualifiers.count == 1 && qualifiers[0].0 == "class" {
            if case .form(.tokens(let members)) = qualifiers[0].1 { omittedClasses.formUnion(members) }
        }
        if let stated = self.scope.first(where: { $0.name == "class" }), case .form(.tokens(let members)) = stated.value
        {
            scopeClasses = Set(members)
        }
        var matched = [Bool](repeating: false, count: scoped.count)
        for (index, indicator) in international.indicators.enumerated() {
            let named = byRef[indicator.id] ?? indicator.cell.flatMap { byRef[$0.tableID] }
            var reason = named.map(Reason.omission)
            if !scoped.isEmpty || scope != nil {
                let own = Self.prepare(indicator.qualifiers, internationalFolding)
                // Every scope omission that matches counts as matched, even when another one (or a ref) wins.
                for k in scoped.indices where Self.matches(scoped[k].1, own) {
                    matched[k] = true
                    if reason == nil { reason = .omission(scoped[k].0) }
                }
                if reason == nil, let scope, Self.outside(own, scope.1) { reason = .scope(scope.0) }
            }
            if let reason { reasons[index] = reason }
        }
        matchedScopeOmissions = matched
        for (k, (omission, _)) in scoped.enumerated() where !matched[k] {
            warnings.append(
                "\(omission.source?.description ?? domestic.sourceFile): omission of \(Self.describe(omission.qualifiers)) matches nothing in \(international.id)"
            )
        }
        // An indicator that contradicts the scope is the reader's warning (with its line), not repeated here.
    }

    /// Qualifiers as (canonical name, compared value).
    private static func prepare(_ qualifiers: [Qualifier], _ folding: QualifierFolding) -> [(String, QualifierValue)] {
        qualifiers.map {
            let name = folding.name($0.name)
            return (name, folding.value($0, name: name))
        }
    }

    /// Whether every qualifier of an omission is met by the indicator's qualifier of that name.
    private static func matches(_ omission: [(String, QualifierValue)], _ own: [(String, QualifierValue)]) -> Bool {
        omission.allSatisfy { name, value in
            own.contains { $0.0 == name && covers(value, $0.1) }
        }
    }

    /// Whether the indicator names a scope qualifier with a value the scope does not cover.
    private static func outside(_ own: [(String, QualifierValue)], _ scope: [(String, QualifierValue)]) -> Bool {
        scope.contains { name, value in
            own.contains { $0.0 == name && !covers(value, $0.1) && !covers($0.1, value) }
        }
    }

    /// Whether `outer` admits `inner`: equal, a set holding every member, a numeric set containing it.
    static func covers(_ outer: QualifierValue, _ inner: QualifierValue) -> Bool {
        if outer == inner { return true }
        switch (outer, inner) {
        case (.form(.tokens(let a)), .form(.tokens(let b))):
            return Set(b).isSubset(of: Set(a))
        case (.form(.numeric(let a)), .form(.numeric(let b))):
            return a.contains(b)
        default:
            return false
        }
    }

    /// `class="I|II"`, for messages.
    static func describe(_ qualifiers: [Qualifier]) -> String {
        qualifiers.map { "\($0.name)=\"\($0.written)\"" }.joined(separator: " ")
    }

    /// The explanation of an unpaired reference indicator, if something excludes it.
    func explanation(forInternational index: Int) -> Explanation? {
        reasons[index]?.explanation
    }

    var excluded: Set<Int> { Set(reasons.keys) }
}

/// Scope omissions checked across files, for `validate`.
public enum ScopeOmissions {
    /// Warnings (`file:line: warning: …`) for the scope omissions of `document` that match no indicator
    /// of any of `others`.
    public static func unmatched(in document: Document, against others: [Document], vocabulary: QualifierVocabulary)
        -> [String]
    {
        let scoped = document.omissions.filter(\.isScoped)
        var matched = [Bool](repeating: false, count: scoped.count)
        for other in others {
            let applicability = Applicability(
                domestic: document, international: other,
                domesticFolding: QualifierFolding(
                    vocabulary: vocabulary, referenceID: other.id,
                    declarations: document.declaredDesignations(towards: other)),
                internationalFolding: QualifierFolding(
                    vocabulary: vocabulary, referenceID: other.id,
                    declarations: document.declaredDesignations(towards: other), mapping: false))
            for (k, hit) in applicability.matchedScopeOmissions.enumerated() where hit { matched[k] = true }
        }
        return scoped.indices.filter { !matched[$0] }.map {
            "\(scoped[$0].source?.description ?? document.sourceFile): warning: omission of \(Applicability.describe(scoped[$0].qualifiers)) matches nothing in the other files"
        }
    }
}
