import HarmoniaModel

/// Finds the catalogue's names inside running text: the subject of a requirement sentence, a table's
/// caption. A whole text that is a name resolves as the reader resolves labels; inside longer text the
/// longest name wins, and short names (`e`, `n`, `class`) are never looked for, since they occur inside
/// ordinary words.
struct ConceptFinder: Sendable {
    struct Match {
        /// The name as the catalogue spells it.
        var name: String
        /// Character offsets of the match in the folded text.
        var start: Int
        var end: Int
    }

    private let names: [(key: [Character], name: String)]

    init(catalogue: ConceptCatalogue) {
        var seen = Set<String>()
        var names: [(key: [Character], name: String)] = []
        for concept in catalogue.concepts {
            for lang in concept.names.keys.sorted() {
                for name in concept.names[lang] ?? [] {
                    let key = Self.fold(name.split(whereSeparator: \.isWhitespace).joined(separator: " "))
                    let isCJK = key.contains { $0.unicodeScalars.first.map(Self.isCJK) ?? false }
                    guard key.count >= (isCJK ? 2 : 8), seen.insert(String(key)).inserted else { continue }
                    names.append((key, name))
                }
            }
        }
        self.names = names.sorted { $0.key.count > $1.key.count }
    }

    /// Case and width folded character by character (white space becomes one space each), so that an
    /// offset in the folded text is the same offset in the text.
    static func fold(_ text: some StringProtocol) -> [Character] {
        text.map { character -> Character in
            if character.isWhitespace { return " " }
            let folded = TextFolding.foldWidth(String(character)).lowercased()
            return folded.count == 1 ? folded.first! : character
        }
    }

    /// The name ending nearest before `limit` (the subject right before a connector); among names ending
    /// at the same place, the longest.
    func nearest(in folded: [Character], before limit: Int) -> Match? {
        let end = min(limit, folded.count)
        var best: Match?
        for (key, name) in names where key.count <= end {
            var start = end - key.count
            while start >= 0 {
                if folded[start] == key[0], folded[start..<(start + key.count)].elementsEqual(key),
                    Self.isWordBoundary(folded, start, start + key.count)
                {
                    let match = Match(name: name, start: start, end: start + key.count)
                    if best == nil || match.end > best!.end || (match.end == best!.end && match.start < best!.start) {
                        best = match
                    }
                    break
                }
                start -= 1
            }
        }
        return best
    }

    /// The longest name in `folded`; among equally long ones, the last (nearest to what follows).
    func longest(in folded: [Character], before limit: Int? = nil) -> Match? {
        let end = min(limit ?? folded.count, folded.count)
        for (key, name) in names where key.count <= end {
            var best: Match?
            var start = 0
            while start + key.count <= end {
                if folded[start] == key[0], folded[start..<(start + key.count)].elementsEqual(key),
                    Self.isWordBoundary(folded, start, start + key.count)
                {
                    best = Match(name: name, start: start, end: start + key.count)
                }
                start += 1
            }
            if let best { return best }
        }
        return nil
    }

    /// Latin names must stand as words; CJK text has no spaces to look at.
    private static func isWordBoundary(_ text: [Character], _ start: Int, _ end: Int) -> Bool {
        func isLatinWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        if start > 0, isLatinWord(text[start - 1]), isLatinWord(text[start]) { return false }
        if end < text.count, isLatinWord(text[end]), isLatinWord(text[end - 1]) { return false }
        return true
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
