import Foundation
import HarmoniaModel
import HarmoniaXML

extension DocumentBuilder {
    /// Reads one `indicator`; `nil` when it is too broken to keep (the errors say why).
    mutating func readIndicator(_ element: XMLElement, clause: String, counts: inout [String: Int]) -> Indicator? {
        let labels = texts(named: "label", in: element)
        guard let (conceptID, resolution) = resolveConcept(element, labels: labels) else { return nil }
        counts[conceptID, default: 0] += 1

        let explicitID = element.attribute("id")?.trimmed
        let id = explicitID.flatMap { $0.isEmpty ? nil : $0 } ?? "\(clause)/\(conceptID)/\(counts[conceptID]!)"
        claim(id, element, written: !(explicitID ?? "").isEmpty)

        let qualifiers = child(named: "where", in: element).map { readQualifiers($0) } ?? []
        guard let valueElement = child(named: "value", in: element) else {
            error("indicator \"\(id)\" has no <value>", element)
            return nil
        }
        var uncertainty: Uncertainty?
        let value: WrittenExpression
        if let dsi = dsiChild(of: valueElement) {
            guard let read = readDSI(dsi) else { return nil }
            value = read.value
            uncertainty = read.uncertainty
        } else {
            guard let read = parseExpression(valueElement.textContent, in: valueElement) else { return nil }
            value = read
        }
        if let uncertaintyElement = child(named: "uncertainty", in: element) {
            let expression: WrittenExpression?
            if let dsi = dsiChild(of: uncertaintyElement) {
                expression = readDSI(dsi)?.value
            } else {
                expression = parseExpression(uncertaintyElement.textContent, in: uncertaintyElement)
            }
            if let expression {
                uncertainty = Uncertainty(
                    value: expression,
                    coverageFactor: uncertaintyElement.attribute("k")?.trimmed,
                    coverageProbability: uncertaintyElement.attribute("p")?.trimmed)
            }
        }
        return Indicator(
            id: id, idGenerated: explicitID?.isEmpty ?? true, clause: clause, conceptID: conceptID,
            conceptResolution: resolution, labels: labels, qualifiers: qualifiers, value: value,
            uncertainty: uncertainty, strength: readStrength(element),
            justification: firstText(named: "justification", in: element),
            notes: texts(named: "note", in: element),
            ref: element.attribute("ref")?.trimmed, source: location(element))
    }

    mutating func readStrength(_ element: XMLElement) -> Strength {
        guard let text = element.attribute("strength") else { return .shall }
        if let strength = Strength(rawValue: text.trimmed.lowercased()) { return strength }
        error("strength \"\(text)\" is not shall, should or may", element, text: text)
        return .shall
    }

    /// The concept from the `concept` attribute, else from the labels; unknown names become concepts of their own.
    mutating func resolveConcept(_ element: XMLElement, labels: [LocalizedText]) -> (String, ConceptResolution)? {
        if let attribute = element.attribute("concept")?.trimmed, !attribute.isEmpty {
            if catalogue.concept(id: attribute) != nil { return (attribute, .attribute) }
            // Drafters sometimes write the name where the id belongs; accept it when it names a concept.
            if let concept = catalogue.resolve(label: attribute) { return (concept.id, .attribute) }
            warning(
                "concept \"\(attribute)\" is not in the catalogue; it is kept as a concept of its own (direction exact)",
                element, text: attribute)
            return (attribute, .unknownAttribute)
        }
        for label in labels {
            if let concept = memo.concept(labelled: label.text, in: catalogue) { return (concept, .label(label)) }
        }
        // Prefer an English label for an unknown concept: it is the one an international document shares.
        let usable = labels.filter { !TextFolding.labelKey($0.text).isEmpty }
        guard let chosen = usable.first(where: { $0.lang == "en" }) ?? usable.first else {
            error("<\(element.localName)> names no concept: give a concept attribute or a label", element)
            return nil
        }
        return (TextFolding.labelKey(chosen.text), .unknownLabel(chosen))
    }

    /// Each attribute of `where` is a qualifier; values that fit no expression form compare as folded text.
    /// A qualifier is named by its local name, so two attributes with the same local name in different
    /// namespaces (`class="E1" h:class="E2"`) would give one qualifier two values: an error, not a silent
    /// choice of one.
    mutating func readQualifiers(_ element: XMLElement) -> [Qualifier] {
        var qualifiers: [Qualifier] = []
        qualifiers.reserveCapacity(element.attributeCount)
        // Attributes without a namespace never share a local name (the parser refuses a repeated one), so
        // only a `where` with a prefixed attribute needs the names seen. Without one, each attribute is
        // looked up by libxml2's bytes: a pair met before (most are) makes no string at all.
        guard element.hasNamespacedAttribute else {
            element.forEachAttributeBytes { name, value in
                qualifiers.append(
                    memo.qualifier(name: name, written: value)
                        ?? qualifier(
                            name: String(decoding: name, as: UTF8.self),
                            written: String(decoding: value, as: UTF8.self),
                            element: element))
            }
            return qualifiers
        }
        var seen: Set<String> = []
        for attribute in element.attributes {
            guard seen.insert(attribute.localName).inserted else {
                error(
                    "qualifier \"\(attribute.localName)\" is given twice on <where> (through a namespace prefix); a qualifier has one value",
                    element, text: attribute.value)
                continue
            }
            qualifiers.append(qualifier(name: attribute.localName, written: attribute.value, element: element))
        }
        return qualifiers
    }

    func qualifier(name: String, written: String, element: XMLElement) -> Qualifier {
        if let known = memo.qualifier(name: name, written: written) { return known }
        let text = written.trimmed
        // A qualifier is a name as often as a quantity; free text is kept (no expression), compared as text.
        let qualifier = Qualifier(
            name: name, written: text,
            expression: try? memo.parse(text).expression)
        memo.store(qualifier, name: name, written: written)
        return qualifier
    }

    /// Parses a quantity expression, reporting the error at its element, line and column.
    mutating func parseExpression(_ raw: String, in element: XMLElement, written: String? = nil) -> WrittenExpression? {
        let text = raw.trimmed
        do {
            let parsed = try memo.parse(text)
            for message in parsed.warnings { warning(message, element, text: text) }
            return WrittenExpression(written: written ?? text, expression: parsed.expression)
        } catch {
            self.error(error.message, element, text: text, offset: error.offset)
            return nil
        }
    }

    func dsiChild(of element: XMLElement) -> XMLElement? {
        var found: XMLElement?
        element.forEachChildElement { child in
            if child.isInNamespace(SpecReader.dsiNamespace) {
                found = child
                return false
            }
            return true
        }
        return found
    }
}
