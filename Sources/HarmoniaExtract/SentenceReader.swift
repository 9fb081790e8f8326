import Foundation
import HarmoniaIngest
import HarmoniaModel

/// A paragraph as read from the source: running text with its formulae kept apart.
struct SourceParagraph {
    enum Piece {
        case text(String)
        /// A formula already turned into text (``MathText``).
        case formula(String)
    }

    var pieces: [Piece]
    var line: Int?
    /// `clause 5.2, paragraph 3`.
    var place: String

    var text: String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .formula(let formula): return " \(formula) "
            }
        }.joined().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

/// Reads requirement sentences and stated values:
/// - formulae `f(HeNe) = 473.6127 THz`, `0.3 ≤ p_LC ≤ 0.8` (the symbol names the quantity);
/// - sentences whose subject the catalogue names: `… maximum permissible error shall not exceed 0.5 %`,
///   `检定周期一般不超过1年`, `最大允许误差为±0.5%`;
/// - `with a relative standard uncertainty of 1.5 × 10⁻⁶`, which belongs to the values stated before it.
struct SentenceReader {
    let context: ReadingContext

    /// What one paragraph states.
    struct Reading {
        var indicators: [DraftIndicator] = []
        /// An uncertainty stated for the values before it, when the paragraph gives one.
        var uncertainty: DraftUncertainty?
        /// Requirements seen but not read (a multiple of another quantity), as messages naming the place.
        var unread: [String] = []
    }

    /// Reads one paragraph. `leadIn` is the paragraph before it when that one ends with a colon (a list of
    /// values follows); `clauseTitle` names the requirement when a sentence's own subject is not a known name.
    func read(_ paragraph: SourceParagraph, leadIn: String? = nil, clauseTitle: String? = nil) -> Reading {
        var reading = Reading()
        for piece in paragraph.pieces {
            if case .formula(let formula) = piece, let indicator = equation(formula, paragraph) {
                reading.indicators.append(indicator)
            }
        }
        let text = paragraph.text
        if let leadIn {
            let items = classItems(text, leadIn: leadIn, clauseTitle: clauseTitle, paragraph)
            if !items.isEmpty {
                reading.indicators += items
                return reading
            }
        }
        for sentence in Self.sentences(text) {
            if let uncertainty = uncertainty(in: sentence) {
                reading.uncertainty = uncertainty
                continue
            }
            requirements(in: sentence, paragraph, clauseTitle: clauseTitle, into: &reading)
        }
        return reading
    }

    /// `5 °C for load cells of class A; 15 °C for load cells of class B; 30 °C for classes C and D`, after a
    /// lead-in that names the requirement (`The span of these ranges shall be at least:`).
    private func classItems(_ text: String, leadIn: String, clauseTitle: String?, _ paragraph: SourceParagraph)
        -> [DraftIndicator]
    {
        let leadFolded = ConceptFinder.fold(leadIn)
        // The clause title names the list better than a name met inside the lead-in ("… greater than the
        // minimum load cell verification interval, for any change in ambient temperature of:").
        guard let label = clauseTitle.flatMap({ $0.isEmpty ? nil : $0 }) ?? context.finder.longest(in: leadFolded)?.name
        else { return [] }
        let form =
            connectors.first { connector in
                Self.find(ConceptFinder.fold(connector.phrase), in: leadFolded, from: 0, wholeWord: true) != nil
                    && connector.adjacent != true
            }?.form ?? ""
        var result: [DraftIndicator] = []
        for item in text.split(whereSeparator: { ";；".contains($0) }) {
            let trimmed = item.trimmingCharacters(in: CharacterSet(charactersIn: " .。"))
            guard let found = DOCXReader.match(#"^(.+?)\s+for\b.*?\bclass(?:es)?\s+(.+)$"#, trimmed),
                let value = ValueText.quantity(found[1]), let written = ValueText.quantity(Self.apply(form, to: value))
            else { continue }
            let classes = found[2].replacingOccurrences(of: " and ", with: ",").replacingOccurrences(
                of: " or ", with: ","
            )
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.range(of: #"^[A-Z][A-Z0-9]{0,3}$"#, options: .regularExpression) != nil }
            for name in classes {
                result.append(
                    DraftIndicator(
                        label: label, labelLang: context.lang, qualifiers: [Qualifier("class", name)], value: written,
                        source: "\(paragraph.place): \"\(Self.clip(trimmed))\"", line: paragraph.line))
            }
        }
        return result
    }

    private var connectors: [Vocabulary.Connector] {
        (context.vocabulary.connectors[context.lang] ?? [])
            + (context.lang == "en" ? [] : context.vocabulary.connectors["en"] ?? [])
    }

    /// `SYMBOL(argument) = value` or `a ≤ SYMBOL ≤ b`.
    private func equation(_ formula: String, _ paragraph: SourceParagraph) -> DraftIndicator? {
        let parts = formula.split(separator: "=", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let lhs = parts[0].trimmingCharacters(in: .whitespaces)
            guard !lhs.isEmpty, let value = ValueText.quantity(String(parts[1])) else { return nil }
            let (symbol, argument) = Self.symbol(lhs)
            guard !symbol.isEmpty else { return nil }
            let label = context.vocabulary.symbols[symbol] ?? symbol
            let qualifiers = argument.map { [Qualifier("for", $0)] } ?? []
            return DraftIndicator(
                label: label, labelLang: "en", qualifiers: qualifiers, value: value,
                source: "\(paragraph.place), formula \"\(formula)\"", line: paragraph.line)
        }
        let chain = #"^(.+?)\s*([≤<])\s*([A-Za-zλνµ][A-Za-z0-9_λνµ]*)\s*([≤<])\s*(.+)$"#
        guard parts.count == 1, let regex = try? NSRegularExpression(pattern: chain),
            let match = regex.firstMatch(in: formula, range: NSRange(formula.startIndex..., in: formula))
        else { return nil }
        func group(_ i: Int) -> String { Range(match.range(at: i), in: formula).map { String(formula[$0]) } ?? "" }
        let symbol = group(3)
        // `m` in `0 ≤ m ≤ 500 e` is a load range, a qualifier of other values, not a requirement of its own.
        guard symbol.count > 1 || context.vocabulary.symbols[symbol] != nil else { return nil }
        let interval = "\(group(2) == "<" ? "(" : "[")\(group(1)), \(group(5))\(group(4) == "<" ? ")" : "]")"
        guard let value = ValueText.quantity(interval) else { return nil }
        return DraftIndicator(
            label: context.vocabulary.symbols[symbol] ?? symbol, labelLang: "en", value: value,
            source: "\(paragraph.place), formula \"\(formula)\"", line: paragraph.line)
    }

    /// `f(HeNe_unstabilised)` → (`f`, `HeNe unstabilised`); `p_LC` → (`p_LC`, nil); `λ(…)` → (`λ`, …).
    static func symbol(_ lhs: String) -> (String, String?) {
        let text = lhs.trimmingCharacters(in: .whitespaces)
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            let symbol = text.filter { !$0.isWhitespace }
            return (symbol.count <= 12 ? symbol : "", nil)
        }
        let symbol = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        var argument = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        argument = argument.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "(", with: " ")
            .replacingOccurrences(of: ")", with: " ")
        argument = argument.split(separator: " ").joined(separator: " ")
        guard !symbol.isEmpty, symbol.count <= 12 else { return ("", nil) }
        return (symbol, argument.isEmpty ? nil : argument)
    }

    /// Sentences: split at `。`, `；`, `;` and at a full stop followed by a space.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            current.append(c)
            let endsSentence =
                "。；;！？".contains(c)
                || (c == "." && (i + 1 == characters.count || characters[i + 1] == " ")
                    && !(i > 0 && characters[i - 1].isNumber && i + 1 < characters.count && characters[i + 1].isNumber))
            if endsSentence {
                result.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        return result
    }

    private func uncertainty(in sentence: String) -> DraftUncertainty? {
        let lower = sentence.lowercased()
        for lang in [context.lang, "en"] {
            for phrase in context.vocabulary.uncertaintyPhrases[lang] ?? [] {
                guard let range = lower.range(of: phrase.phrase) else { continue }
                let after = sentence[
                    sentence.index(
                        sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))...]
                let trimmed = after.drop { $0 == " " }
                if let (value, _) = ValueText.leadingQuantity(trimmed) {
                    return DraftUncertainty(value: value, k: phrase.k)
                }
            }
        }
        return nil
    }

    /// Connector sentences: the catalogue name nearest before a connector is the subject, the quantity right
    /// after the connector the value.
    private func requirements(
        in sentence: String, _ paragraph: SourceParagraph, clauseTitle: String?, into reading: inout Reading
    ) {
        let characters = Array(sentence)
        let folded = ConceptFinder.fold(sentence)
        var searchFrom = 0
        let titleConcept = clauseTitle.flatMap { context.catalogue.resolve(label: $0) != nil ? $0 : nil }
        var first = true
        while searchFrom < folded.count {
            // The leftmost connector; at one position, the longest.
            var found: (start: Int, end: Int, connector: Vocabulary.Connector)?
            for connector in connectors {
                let key = ConceptFinder.fold(connector.phrase)
                guard let start = Self.find(key, in: folded, from: searchFrom, wholeWord: key.first?.isASCII ?? false)
                else { continue }
                if found == nil || start < found!.start
                    || (start == found!.start && key.count > found!.end - found!.start)
                {
                    found = (start, start + key.count, connector)
                }
            }
            guard let (start, end, connector) = found else { break }
            searchFrom = end
            defer { first = false }
            let label: String
            let isCJK: Bool
            var qualifiers: [Qualifier] = []
            if let subject = context.finder.nearest(in: folded, before: start) {
                let gap = folded[subject.end..<start].filter { $0 != " " }.count
                isCJK = folded[subject.start].unicodeScalars.first.map(ConceptFinder.isCJK) ?? false
                // Chinese puts hedges between subject and verb: "检定周期可根据使用情况确定，一般不超过1年".
                let allowed = connector.adjacent == true ? (isCJK ? 0 : 1) : (isCJK ? 16 : 40)
                guard gap <= allowed else { continue }
                label = subject.name
                // "0.5级仪表的最大允许误差为±0.5%": the class stands before the subject.
                if isCJK,
                    let found = DOCXReader.match(
                        #"([0-9]+(?:\.[0-9]+)?|[A-Z][0-9]{0,2})\s*级"#, String(characters[0..<subject.start]))
                {
                    qualifiers.append(Qualifier("class", found[1]))
                }
            } else if first, connector.adjacent != true, !connector.form.isEmpty, let titleConcept {
                // "5.5.1 Creep: The difference … shall not exceed …": the clause names what is limited.
                label = titleConcept
                isCJK = titleConcept.unicodeScalars.contains(where: ConceptFinder.isCJK)
            } else {
                continue
            }
            let rest = Substring(String(characters[end...])).drop { $0 == " " }
            guard let (value, length) = ValueText.leadingQuantity(rest) else { continue }
            let following = rest.dropFirst(length).drop { $0 == " " }.lowercased()
            if ["times", "fois", "倍", "of ", "per cent of", "% of"].contains(where: { following.hasPrefix($0) }) {
                reading.unread.append(
                    "\(paragraph.place): \"\(Self.clip(sentence))\" limits \(label) to a multiple or share of another quantity, which is not read; left out"
                )
                searchFrom = end + length
                continue
            }
            let written = Self.apply(connector.form, to: value)
            guard let checked = ValueText.quantity(written) else { continue }
            reading.indicators.append(
                DraftIndicator(
                    label: label, labelLang: isCJK ? "zh" : "en", qualifiers: qualifiers, value: checked,
                    source: "\(paragraph.place): \"\(Self.clip(sentence))\"", line: paragraph.line))
            searchFrom = end + length
        }
    }

    /// `≤` before a plain value; a value that already has its own form (`±0.5 %`, `≤ 3 s`, a range) stays.
    private static func apply(_ form: String, to value: String) -> String {
        guard !form.isEmpty, let first = value.first, first.isNumber else { return value }
        return "\(form) \(value)"
    }

    private static func find(_ key: [Character], in text: [Character], from: Int, wholeWord: Bool) -> Int? {
        guard !key.isEmpty, key.count <= text.count else { return nil }
        var i = from
        while i + key.count <= text.count {
            if text[i] == key[0] && text[i..<(i + key.count)].elementsEqual(key) {
                let before = i > 0 ? text[i - 1] : " "
                let after = i + key.count < text.count ? text[i + key.count] : " "
                if !wholeWord || (!(before.isLetter && before.isASCII) && !(after.isLetter && after.isASCII)) {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    private static func clip(_ sentence: String) -> String {
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 80 ? String(trimmed.prefix(77)) + "..." : trimmed
    }
}
