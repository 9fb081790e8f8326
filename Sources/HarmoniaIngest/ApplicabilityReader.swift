import HarmoniaModel
import HarmoniaXML

/// Reading what says where a document applies: declared designations, scope omissions, and the checks
/// on them that need the whole document (`docs/pairing.md`).
extension DocumentBuilder {
    /// `<designation domestic="1" international="B" qualifier="class"/>` children of a `correspondence`.
    func readDesignations(_ element: XMLElement) -> [DesignationCorrespondence] {
        element.childElements.filter { $0.isInNamespace(SpecReader.namespace) && $0.localName == "designation" }.map {
            DesignationCorrespondence(
                domestic: $0.attribute("domestic")?.trimmed ?? "",
                international: $0.attribute("international")?.trimmed ?? "",
                qualifier: $0.attribute("qualifier")?.trimmed, line: location($0).line)
        }
    }

    /// An omission by `ref`, or by qualifiers (`<where>` and no `ref`): every reference indicator they match.
    mutating func readOmission(_ element: XMLElement, clause: String) {
        let justification = firstText(named: "justification", in: element)
        let ref = element.attribute("ref")?.trimmed ?? ""
        let qualifiers = child(named: "where", in: element).map { readQualifiers($0) } ?? []
        if ref.isEmpty && qualifiers.isEmpty {
            error("omission names nothing: give a ref, or a where with the qualifiers of what it omits", element)
            return
        }
        if !ref.isEmpty && !qualifiers.isEmpty {
            warning("omission has both a ref and a where; the where is ignored", element)
        }
        omissions.append(
            Omission(
                ref: ref, clause: clause, justification: justification, source: location(element),
                qualifiers: ref.isEmpty ? qualifiers : []))
        if justification == nil {
            let what =
                ref.isEmpty ? qualifiers.map { "\($0.name)=\"\($0.written)\"" }.joined(separator: " ") : "\"\(ref)\""
            warning("omission of \(what) gives no justification; it will not count as explained", element)
        }
    }

    /// Warnings the issue asks for: a declared designation naming a qualifier no indicator uses, and an
    /// indicator whose qualifier contradicts the document's scope.
    mutating func checkApplicability(_ document: Document) {
        let vocabulary = catalogue.vocabulary
        let designations = document.correspondences.flatMap(\.designations).filter { $0.qualifier != nil }
        if !designations.isEmpty {
            // A document names a few qualifiers on a hundred thousand indicators: each distinct name, as
            // written, is put in canonical form once.
            var written = Set<UTF8Key>()
            for indicator in document.indicators {
                for qualifier in indicator.qualifiers { written.insert(UTF8Key(qualifier.name)) }
            }
            let names = Set(written.map { vocabulary.canonicalName($0.text) })
            for designation in designations {
                guard let qualifier = designation.qualifier else { continue }
                let name = vocabulary.canonicalName(qualifier)
                if !names.contains(name) && !vocabulary.isDesignation(name) {
                    warning(
                        "designation for qualifier \"\(qualifier)\", which no indicator of the document names",
                        at: SourceLocation(file: file, line: designation.line), element: "designation")
                }
            }
        }
        guard let scope = document.scope else { return }
        for indicator in document.indicators {
            for own in indicator.qualifiers {
                let name = vocabulary.canonicalName(own.name)
                guard let stated = scope.qualifiers.first(where: { vocabulary.canonicalName($0.name) == name }) else {
                    continue
                }
                let allowed = Set(Self.members(stated).map(DesignationFolding.fold))
                let given = Set(Self.members(own).map(DesignationFolding.fold))
                if !given.isSubset(of: allowed) && !allowed.isSubset(of: given) {
                    warning(
                        "\"\(indicator.id)\" has \(own.name)=\"\(own.written)\", outside the document's scope \(stated.name)=\"\(stated.written)\"",
                        at: indicator.source, element: "indicator")
                }
            }
        }
    }

    /// A qualifier's members: a set's tokens, else its text.
    private static func members(_ qualifier: Qualifier) -> [String] {
        if case .set(let members)? = qualifier.expression { return members }
        return [qualifier.written]
    }
}
