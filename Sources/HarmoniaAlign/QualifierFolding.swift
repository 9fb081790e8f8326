import HarmoniaModel

/// How one document's qualifier names, qualifier values and designation tokens are folded for pairing
/// and judging: names and values through the vocabulary (`等级` is `class`, `首次检定` is `initial`),
/// designations through ``DesignationFolding``, the reference family's equivalences (`M12` ≡ `M1-2`) and,
/// on the domestic side, the designations its `correspondence` declares (`1` ≡ `B`).
struct QualifierFolding: Sendable {
    let vocabulary: QualifierVocabulary
    /// Folded spelling → folded first spelling of its group, for the reference's families.
    private let equivalences: [String: String]
    /// Declared correspondences by canonical qualifier name (`""`: every designation), folded domestic →
    /// folded international.
    private let declared: [String: [String: String]]

    /// Qualifier names whose values are designations because the domestic side declares some (both sides
    /// read them so, or `1.0` would be a number on one side and a designation on the other).
    private let declaredNames: Set<String>

    /// The folding of one side of a comparison against `referenceID`. `declarations` maps values on the
    /// domestic side; the reference side passes the same list with `mapping: false`, to read the declared
    /// qualifiers as designations too.
    init(
        vocabulary: QualifierVocabulary, referenceID: String, declarations: [DesignationCorrespondence] = [],
        mapping: Bool = true
    ) {
        self.vocabulary = vocabulary
        var equivalences: [String: String] = [:]
        for family in vocabulary.families(for: referenceID) {
            for group in family.equivalent {
                guard let first = group.first.map(DesignationFolding.fold) else { continue }
                for member in group { equivalences[DesignationFolding.fold(member)] = first }
            }
        }
        self.equivalences = equivalences
        declaredNames = Set(declarations.compactMap { $0.qualifier.map(vocabulary.canonicalName) })
        var declared: [String: [String: String]] = [:]
        for declaration in declarations where mapping {
            let name = declaration.qualifier.map(vocabulary.canonicalName) ?? ""
            let target = DesignationFolding.fold(declaration.international)
            declared[name, default: [:]][DesignationFolding.fold(declaration.domestic)] = equivalences[target] ?? target
        }
        self.declared = declared
    }

    /// A folding that only folds spelling (no vocabulary, no equivalences): for tests and tools.
    static let plain = QualifierFolding(vocabulary: QualifierVocabulary(), referenceID: "")

    /// The name pairing matches a qualifier by.
    func name(_ written: String) -> String { vocabulary.canonicalName(written) }

    /// Whether the values of a (canonical) qualifier name are designations.
    func isDesignation(_ name: String) -> Bool {
        vocabulary.isDesignation(name) || declaredNames.contains(name)
    }

    /// One designation token's key under a (canonical) qualifier name, `nil` for a value of a concept.
    func designation(_ token: String, name: String?) -> String {
        let key = DesignationFolding.fold(token)
        if let name, let mapped = declared[name]?[key] { return mapped }
        if name == nil || isDesignation(name!), let mapped = declared[""]?[key] { return mapped }
        return equivalences[key] ?? key
    }

    /// A qualifier's value as compared: designations and tokens folded, known values named canonically,
    /// numbers and ranges as their canonical form.
    func value(_ qualifier: Qualifier, name: String) -> QualifierValue {
        if isDesignation(name) {
            if case .set(let members)? = qualifier.expression {
                return .form(.tokens(Array(Set(members.map { designation($0, name: name) })).sorted()))
            }
            return .form(.tokens([designation(qualifier.written, name: name)]))
        }
        switch qualifier.expression {
        case .token(let token)?:
            return .form(.tokens([key(token, name: name)]))
        case .set(let members)?:
            return .form(.tokens(Array(Set(members.map { key($0, name: name) })).sorted()))
        case nil:
            return .form(.tokens([key(qualifier.written, name: name)]))
        case .some:
            return QualifierValue(qualifier)
        }
    }

    private func key(_ token: String, name: String) -> String {
        if let value = vocabulary.canonicalValue(token, name: name) { return DesignationFolding.fold(value) }
        return designation(token, name: name)
    }

    /// A token or set value (an accuracy class, a set of classes) with its members folded as designations;
    /// any other value unchanged. `name` is `class` for accuracy-class concepts.
    func foldedValue(_ value: WrittenExpression, name: String?) -> WrittenExpression {
        switch value.expression {
        case .token(let token):
            return WrittenExpression(written: value.written, expression: .token(designation(token, name: name)))
        case .set(let members):
            return WrittenExpression(
                written: value.written, expression: .set(members.map { designation($0, name: name) }))
        default:
            return value
        }
    }
}
