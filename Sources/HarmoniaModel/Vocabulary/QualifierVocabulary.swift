/// One qualifier name as documents print it in several languages, with the values it takes.
public struct QualifierTerm: Hashable, Sendable, Codable {
    /// The name pairing uses, e.g. `class`, `stage`, `nominal`.
    public var name: String
    /// Names by language that stand for it (`等级`, `准确度等级`, `accuracy class`…).
    public var names: [String: [String]]
    /// Whether its values are designations (accuracy classes): folded as designations, never as numbers.
    public var designation: Bool?
    /// Values by the canonical value they stand for.
    public var values: [ValueTerm]?

    public init(name: String, names: [String: [String]], designation: Bool? = nil, values: [ValueTerm]? = nil) {
        self.name = name
        self.names = names
        self.designation = designation
        self.values = values
    }

    /// One value and its names (`initial`: `首次检定`, `initial verification`).
    public struct ValueTerm: Hashable, Sendable, Codable {
        public var value: String
        public var names: [String: [String]]

        public init(value: String, names: [String: [String]]) {
            self.value = value
            self.names = names
        }
    }
}

/// Spellings of one family's designations that mean the same class (`M12` ≡ `M1-2` in OIML R 111).
public struct DesignationFamily: Hashable, Sendable, Codable {
    /// The family, for messages: `OIML R 111`.
    public var family: String
    /// Designations of the documents the equivalences hold for (compared as prefixes after folding case,
    /// white space and punctuation): `OIML R 111` covers `OIML R 111-1:2004`.
    public var documents: [String]
    /// Groups of equivalent spellings; the first of each group is the one reports would use.
    public var equivalent: [[String]]

    public init(family: String, documents: [String], equivalent: [[String]]) {
        self.family = family
        self.documents = documents
        self.equivalent = equivalent
    }

    /// Whether the equivalences hold for the document with this designation.
    public func covers(_ documentID: String) -> Bool {
        let key = TextFolding.labelKey(documentID)
        return documents.contains { key.hasPrefix(TextFolding.labelKey($0)) }
    }
}

/// Qualifier names and values across languages, and the designation equivalences of the OIML families:
/// the data pairing folds qualifiers with (`docs/pairing.md`). Shipped in `qualifiers.json` and
/// `designations.json`; a user catalogue file may add `qualifiers` and `designations` of its own.
public struct QualifierVocabulary: Hashable, Sendable {
    public private(set) var terms: [QualifierTerm] = []
    public private(set) var families: [DesignationFamily] = []
    private var nameIndex: [String: Int] = [:]
    private var valueIndex: [String: [String: String]] = [:]

    public init(terms: [QualifierTerm] = [], families: [DesignationFamily] = []) {
        for term in terms { add(term) }
        self.families = families
    }

    /// Adds (or, for a name already known, replaces) a term.
    public mutating func add(_ term: QualifierTerm) {
        let index: Int
        if let existing = terms.firstIndex(where: { $0.name == term.name }) {
            for (key, value) in nameIndex where value == existing { nameIndex[key] = nil }
            terms[existing] = term
            index = existing
        } else {
            index = terms.count
            terms.append(term)
        }
        nameIndex[TextFolding.labelKey(term.name)] = index
        for names in term.names.values {
            for name in names where !TextFolding.labelKey(name).isEmpty {
                nameIndex[TextFolding.labelKey(name)] = index
            }
        }
        var values: [String: String] = [:]
        for value in term.values ?? [] {
            values[TextFolding.labelKey(value.value)] = value.value
            for names in value.names.values {
                for name in names where !TextFolding.labelKey(name).isEmpty {
                    values[TextFolding.labelKey(name)] = value.value
                }
            }
        }
        valueIndex[term.name] = values
    }

    /// This vocabulary with `other`'s terms and families added; on equal names `other` wins.
    public func merging(_ other: QualifierVocabulary) -> QualifierVocabulary {
        var result = self
        for term in other.terms { result.add(term) }
        result.families += other.families
        return result
    }

    /// The name pairing uses for a qualifier name as printed: the term's name, else the token-folded name.
    public func canonicalName(_ written: String) -> String {
        if let index = nameIndex[TextFolding.labelKey(written)] { return terms[index].name }
        return TextFolding.tokenKey(written)
    }

    /// Whether values of this (canonical) name are designations.
    public func isDesignation(_ name: String) -> Bool {
        guard let index = nameIndex[TextFolding.labelKey(name)] else { return false }
        return terms[index].designation == true
    }

    /// The canonical value a printed value of this (canonical) name stands for, if the vocabulary knows it.
    public func canonicalValue(_ written: String, name: String) -> String? {
        valueIndex[name]?[TextFolding.labelKey(written)]
    }

    /// The canonical value of a (canonical) name whose printed name occurs in `text` (a clause title such
    /// as `检定条件和检定设备`); the longest printed name wins, so `额定工作条件` beats `条件`-like names.
    public func canonicalValue(containedIn text: String, name: String) -> String? {
        if let exact = canonicalValue(text, name: name) { return exact }
        let key = TextFolding.labelKey(text)
        guard !key.isEmpty, let values = valueIndex[name] else { return nil }
        var best: (length: Int, value: String)?
        for (printed, value) in values where printed.count >= 2 && key.contains(printed) {
            if best == nil || printed.count > best!.length || (printed.count == best!.length && value < best!.value) {
                best = (printed.count, value)
            }
        }
        return best?.value
    }

    /// The families whose equivalences hold for a reference document.
    public func families(for documentID: String) -> [DesignationFamily] {
        families.filter { $0.covers(documentID) }
    }
}
