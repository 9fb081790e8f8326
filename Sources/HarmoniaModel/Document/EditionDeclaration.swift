/// How a domestic document's declared reference stands to the reference it is compared with.
public enum DeclaredEdition: Sendable, Equatable {
    /// The declaration names the reference itself.
    case same
    /// It names an earlier edition of it: the same document without year or part (`OIML R 117:1995` for
    /// `OIML R 117-1:2007`), or one the reference `supersedes` (`OIML R 16-1:2002` for `OIML R 148-1:2020`).
    case earlier
    /// It names a later edition of the same document (`OIML R 49-1:2013` for `OIML R 49-1:2006`).
    case later
}

extension Document {
    /// The correspondence this document declares towards `reference`, and how its `ref` stands to it: the one
    /// naming `reference` first, else one naming another edition of it; `nil` when it declares only
    /// unrelated documents (JJG 99 declaring OIML R 111-1 compared with OIML R 49-1) or nothing.
    ///
    /// A metrologist reads justifications, omissions and designation spellings written against a previous
    /// edition of the same reference as still meant for it; the declaration warning still names the edition.
    public func declaration(towards reference: Document) -> (correspondence: Correspondence, edition: DeclaredEdition)?
    {
        let key = TextFolding.labelKey(reference.id)
        if let exact = correspondences.first(where: { TextFolding.labelKey($0.ref) == key }) { return (exact, .same) }
        for correspondence in correspondences {
            if let edition = Self.edition(of: correspondence.ref, against: reference) {
                return (correspondence, edition)
            }
        }
        return nil
    }

    /// Two designations of one document: equal without their years (`OIML R 49-1:2006`, `OIML R 49-1:2013`),
    /// or equal without year and part when one of them has no part (`OIML R 117:1995`, `OIML R 117-1:2007`).
    /// Two different parts (`OIML R 49-1`, `OIML R 49-2`) are two documents.
    static func sameDocument(_ a: String, _ b: String) -> Bool {
        let (baseA, baseB) = (Designation.base(of: a), Designation.base(of: b))
        if TextFolding.labelKey(baseA) == TextFolding.labelKey(baseB) { return true }
        let (documentA, documentB) = (Designation.document(of: a), Designation.document(of: b))
        guard TextFolding.labelKey(documentA) == TextFolding.labelKey(documentB) else { return false }
        return documentA == baseA || documentB == baseB
    }

    /// `earlier`/`later` when `ref` names another edition of `reference`, `nil` when another document.
    static func edition(of ref: String, against reference: Document) -> DeclaredEdition? {
        let refKey = TextFolding.labelKey(ref)
        if reference.supersedes.contains(where: { TextFolding.labelKey($0) == refKey }) { return .earlier }
        guard ([reference.id] + reference.supersedes).contains(where: { sameDocument(ref, $0) }) else { return nil }
        let declaredYear = Designation.year(in: ref)
        let referenceYear = Designation.year(in: reference.id)
        if let declaredYear, let referenceYear, declaredYear > referenceYear { return .later }
        return .earlier
    }
}
