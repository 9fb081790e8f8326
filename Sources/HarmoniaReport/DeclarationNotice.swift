import HarmoniaAlign

/// The warning a report shows at its top when the domestic document does not declare correspondence to
/// the reference it is compared with (``Comparison/declarationFinding``), in the report's language.
///
/// The CLI prints ``Comparison/declarationWarning`` in English on standard error; a Chinese report says
/// the same in Chinese, with the documents' designations as printed.
enum DeclarationNotice {
    /// The notice, or `nil` when the correspondence is declared.
    static func text(_ comparison: Comparison, _ s: ReportStrings) -> String? {
        guard let finding = comparison.declarationFinding else { return nil }
        let names = ["did": comparison.domestic.id, "iid": comparison.international.id]
        switch finding {
        case .swapped(let referenceDeclares):
            return s.fill(referenceDeclares ? "declaration.swappedDeclared" : "declaration.swappedRoles", names)
        case .otherEdition(let declared, let earlier):
            return s.fill(
                earlier ? "declaration.earlierEdition" : "declaration.laterEdition",
                names.merging(["refs": declared]) { a, _ in a })
        case .otherReferences(let refs):
            return s.fill("declaration.other", names.merging(["refs": list(refs, s)]) { a, _ in a })
        case .undeclared:
            return s.fill("declaration.none", names)
        }
    }

    /// `A`, `A and B`, `A, B and C`; in Chinese `A、B和C`.
    static func list(_ items: [String], _ s: ReportStrings) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: s["declaration.separator"]) + s["declaration.and"] + last
    }
}
