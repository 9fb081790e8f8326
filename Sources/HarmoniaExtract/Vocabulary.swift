import Foundation
import HarmoniaModel

/// The words the readers need, loaded from `Resources/extract-vocabulary.json` (data, not code).
struct Vocabulary: Sendable {
    struct Connector: Decodable, Sendable {
        var phrase: String
        /// `≤`, `≥` or empty: what the sentence makes of the value after it.
        var form: String
        /// Only right after the name (`temperature range of -10 °C to 40 °C`): a word this common says
        /// nothing when other words stand between.
        var adjacent: Bool?
    }

    struct UncertaintyPhrase: Decodable, Sendable {
        var phrase: String
        var k: String?
        var relative: Bool
    }

    private struct File: Decodable {
        var format: String
        var version: Int
        var connectors: [String: [Connector]]
        var uncertaintyPhrases: [String: [UncertaintyPhrase]]
        var qualifierNames: [String: [String]]
        var headerUnits: [String: String]
        var symbols: [String: String]
        var coverBoilerplate: [String: [String]]
        var adoptionDegrees: [String: [String]]
        var accuracyClassTokens: [String]
        var headingStyles: [String: Int]
        var standardsBodies: [String: [String]]
        var namedEntities: [String: String]
    }

    /// Connectors per language, longest first so that "应不超过" wins over "不超过".
    let connectors: [String: [Connector]]
    let uncertaintyPhrases: [String: [UncertaintyPhrase]]
    /// Folded header text → qualifier name.
    let qualifierNames: [String: String]
    /// Folded header word → unit.
    let headerUnits: [String: String]
    let symbols: [String: String]
    let coverBoilerplate: [String]
    /// (degree, folded phrase), longest phrase first.
    let adoptionDegrees: [(degree: String, phrase: String)]
    let accuracyClassTokens: [NSRegularExpression]
    /// Word style names of the JJF 1002 template (`章标题`, `一级条标题`…) → heading level.
    let headingStyles: [String: Int]
    /// `international` and `regional` standards bodies (an STS `originator`); any other body is national.
    let standardsBodies: [String: [String]]
    /// Named character entities of the HTML and ISO sets that STS files use through their (never loaded) DTD.
    let namedEntities: [String: String]

    static let shipped: Vocabulary = {
        guard let url = Bundle.module.url(forResource: "extract-vocabulary", withExtension: "json"),
            let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data),
            file.format == "harmonia.extract-vocabulary", file.version == 1
        else {
            fatalError("extract-vocabulary.json is missing from the HarmoniaExtract bundle or broken")
        }
        return Vocabulary(file)
    }()

    private init(_ file: File) {
        connectors = file.connectors.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        uncertaintyPhrases = file.uncertaintyPhrases.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        var names: [String: String] = [:]
        for (name, labels) in file.qualifierNames.sorted(by: { $0.key < $1.key }) {
            for label in labels { names[TextFolding.labelKey(label)] = name }
        }
        qualifierNames = names
        headerUnits = Dictionary(
            file.headerUnits.map { (TextFolding.labelKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        symbols = file.symbols
        coverBoilerplate = file.coverBoilerplate.values.flatMap { $0 }
        adoptionDegrees = file.adoptionDegrees.flatMap { degree, phrases in phrases.map { (degree, $0.lowercased()) } }
            .sorted { ($0.phrase.count, $0.degree) > ($1.phrase.count, $1.degree) }
        accuracyClassTokens = file.accuracyClassTokens.compactMap { try? NSRegularExpression(pattern: $0) }
        headingStyles = file.headingStyles
        standardsBodies = file.standardsBodies
        namedEntities = file.namedEntities
    }

    /// Whether a short header token reads as an accuracy class (`E2`, `III`, `0.5级`).
    func isClassToken(_ token: String) -> Bool {
        let range = NSRange(token.startIndex..., in: token)
        return accuracyClassTokens.contains { $0.firstMatch(in: token, range: range) != nil }
    }
}
