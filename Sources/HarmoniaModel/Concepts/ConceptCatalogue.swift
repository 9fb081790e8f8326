import Foundation

/// A catalogue could not be read.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): error: \(message)" }
}

/// The concepts Harmonia knows, with every name they go by, looked up by id or by label.
///
/// The shipped catalogue is data (`Resources/concepts.json`); a user adds their own with
/// ``merging(_:)`` — a user concept with an existing id replaces the shipped one.
public struct ConceptCatalogue: Sendable {
    /// Concepts in the order the files list them.
    public private(set) var concepts: [Concept]
    private var byID: [String: Int]
    private var byLabel: [String: Int]
    /// Qualifier names and values across languages, and designation equivalences (`docs/pairing.md`).
    public private(set) var vocabulary = QualifierVocabulary()

    /// The file layout, as users write it (see `docs/concepts.md`): every list is optional, so one file
    /// may hold concepts, qualifier terms, designation families or any mix.
    private struct File: Codable {
        var format: String
        var version: Int
        var concepts: [Concept]?
        var qualifiers: [QualifierTerm]?
        var designations: [DesignationFamily]?
    }

    /// Reads a catalogue file's bytes; `name` is used in messages.
    public init(data: Data, name: String) throws(CatalogueError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw CatalogueError(file: name, message: "not a concept catalogue: \(Self.describe(error))")
        }
        guard file.format == "harmonia.concepts" else {
            throw CatalogueError(file: name, message: "format is \"\(file.format)\", expected \"harmonia.concepts\"")
        }
        guard file.version == 1 else {
            throw CatalogueError(file: name, message: "version \(file.version) is not supported (expected 1)")
        }
        concepts = []
        byID = [:]
        byLabel = [:]
        for concept in file.concepts ?? [] {
            guard !concept.id.isEmpty else {
                throw CatalogueError(file: name, message: "a concept has an empty id")
            }
            insert(concept)
        }
        for term in file.qualifiers ?? [] {
            guard !term.name.isEmpty else {
                throw CatalogueError(file: name, message: "a qualifier term has an empty name")
            }
            vocabulary.add(term)
        }
        for family in file.designations ?? [] {
            guard !family.documents.isEmpty else {
                throw CatalogueError(file: name, message: "designation family \"\(family.family)\" names no documents")
            }
        }
        vocabulary = vocabulary.merging(QualifierVocabulary(families: file.designations ?? []))
    }

    /// Reads a catalogue from a file.
    public init(contentsOf path: String) throws(CatalogueError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogueError(file: path, message: "cannot read the file")
        }
        try self.init(data: data, name: path)
    }

    /// The catalogue shipped with Harmonia: `concepts.json`, with the qualifier terms of
    /// `qualifiers.json` and the designation families of `designations.json`.
    public static let shipped: ConceptCatalogue = {
        var result: ConceptCatalogue?
        for resource in ["concepts", "qualifiers", "designations"] {
            guard let url = Bundle.module.url(forResource: resource, withExtension: "json"),
                let data = try? Data(contentsOf: url)
            else {
                fatalError("the shipped \(resource).json is missing from the HarmoniaModel bundle")
            }
            do {
                let part = try ConceptCatalogue(data: data, name: "\(resource).json")
                result = result.map { $0.merging(part) } ?? part
            } catch {
                fatalError("the shipped \(resource).json is broken: \(error)")
            }
        }
        return result!
    }()

    /// This catalogue with `other`'s concepts added; on equal ids `other` wins.
    public func merging(_ other: ConceptCatalogue) -> ConceptCatalogue {
        var result = self
        for concept in other.concepts { result.insert(concept) }
        result.vocabulary = vocabulary.merging(other.vocabulary)
        return result
    }

    /// The concept with this id.
    public func concept(id: String) -> Concept? {
        byID[id].map { concepts[$0] }
    }

    /// The concept a printed name stands for, after folding case, width, white space and punctuation.
    public func resolve(label: String) -> Concept? {
        let key = TextFolding.labelKey(label)
        guard !key.isEmpty else { return nil }
        return byLabel[key].map { concepts[$0] }
    }

    /// The direction of a concept id; ids the catalogue does not hold are `exact`.
    public func direction(of id: String) -> Direction {
        concept(id: id)?.direction ?? .exact
    }

    private mutating func insert(_ concept: Concept) {
        let index: Int
        if let existing = byID[concept.id] {
            // Drop the replaced concept's names so they no longer resolve to it.
            for (key, value) in byLabel where value == existing { byLabel[key] = nil }
            concepts[existing] = concept
            index = existing
        } else {
            index = concepts.count
            concepts.append(concept)
            byID[concept.id] = index
        }
        byLabel[TextFolding.labelKey(concept.id)] = byLabel[TextFolding.labelKey(concept.id)] ?? index
        for lang in concept.names.keys.sorted() {
            for name in concept.names[lang] ?? [] {
                let key = TextFolding.labelKey(name)
                guard !key.isEmpty else { continue }
                // A later file's name wins, so a user can take a name over from the shipped catalogue.
                byLabel[key] = index
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription + (context.codingPath.isEmpty ? "" : " at \(path(context.codingPath))")
        default:
            return String(describing: error)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
