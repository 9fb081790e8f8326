import HarmoniaModel

/// Whether the two documents declare the correspondence being measured, and the warning when they do not.
///
/// A comparison nobody declared is often a mistake — the wrong reference (JJG 99 against R 49), or the
/// arguments swapped — and its score means little: the user is told on standard error and at the top of
/// every report, and the comparison is still made.
public enum DeclarationCheck {
    /// `nil` when the domestic document declares correspondence to the reference; otherwise one sentence:
    /// `JJG 99-2006 declares correspondence to OIML R 111-1:2004, not to OIML R 49-1:2013`.
    public static func warning(domestic: Document, reference: Document) -> String? {
        let referenceKey = TextFolding.labelKey(reference.id)
        let domesticKey = TextFolding.labelKey(domestic.id)
        if domestic.correspondences.contains(where: { TextFolding.labelKey($0.ref) == referenceKey }) { return nil }
        if let declared = domestic.declaration(towards: reference), declared.edition != .same {
            let which = declared.edition == .earlier ? "an earlier" : "a later"
            return "\(domestic.id) declares correspondence to \(declared.correspondence.ref), \(which) edition of \(reference.id): "
                + "its justifications and omissions are taken as written for this one"
        }
        let named = domestic.correspondences.map(\.ref)
        if reference.correspondences.contains(where: { TextFolding.labelKey($0.ref) == domesticKey })
            || (domestic.role == .international && reference.role != .international)
        {
            let declared = reference.correspondences.first { TextFolding.labelKey($0.ref) == domesticKey }
            let why =
                declared != nil
                ? "\(reference.id), given as the reference, declares correspondence to \(domestic.id)"
                : "\(domestic.id) is an international document and \(reference.id) is not"
            return "the arguments look swapped: \(why); give the document under assessment first, its reference second"
        }
        if !named.isEmpty {
            return
                "\(domestic.id) declares correspondence to \(list(named)), not to \(reference.id): check that this is the reference you mean"
        }
        return
            "neither \(domestic.id) nor \(reference.id) declares a correspondence to the other: check that this is the reference you mean"
    }

    /// The references the domestic document declares when it declares neither this one nor another edition
    /// of it (``Document/declaration(towards:)``); empty when it does, or declares none at all. Its
    /// justifications and omissions were written against those references, so they explain nothing in this
    /// comparison: a note that class symbols are spelled M12 for M1-2 does not explain weight classes against
    /// water-meter classes. Those written against an earlier edition of the same reference (JJG 443-2006's
    /// against OIML R 117:1995, compared with OIML R 117-1:2007) still apply.
    public static func foreignReferences(domestic: Document, reference: Document) -> [String] {
        if domestic.declaration(towards: reference) != nil { return [] }
        return domestic.correspondences.map(\.ref)
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
