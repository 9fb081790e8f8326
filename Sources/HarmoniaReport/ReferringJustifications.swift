import Foundation
import HarmoniaAlign
import HarmoniaModel

/// Justifications that refer to the one before them in the domestic document ("同上", "ditto"), read as
/// the text they refer to, so that every row of a report stands on its own: reports list deviations in
/// the reference's order, where "the one above" is another row, or none.
///
/// The justification referred to is the one before in document order (``DocumentSummary/justifications``),
/// itself read this way when it refers further up; what the document adds after the words follows it:
/// `同上，温度影响在型式评价中考核。` after `……属型式评价内容。` reads
/// `……属型式评价内容。温度影响在型式评价中考核。`. A first justification that refers up keeps its words.
enum ReferringJustifications {
    /// The comparison with each such explanation replaced by the text it refers to; unchanged (and not
    /// copied) when the document has none.
    static func resolved(_ comparison: Comparison) -> Comparison {
        let texts = resolvedTexts(comparison.domestic.justifications)
        guard !texts.isEmpty else { return comparison }
        var result = comparison
        for index in result.pairs.indices {
            guard let holder = result.pairs[index].justificationHolder, let text = texts[holder] else { continue }
            switch result.pairs[index].explanation {
            case .justification?: result.pairs[index].explanation = .justification(text)
            case .omission(let ref, _)?: result.pairs[index].explanation = .omission(ref: ref, text)
            case nil: break
            }
        }
        return result
    }

    /// For each holder whose justification refers up, the text it stands for; the first site of a
    /// holder wins, as it does when pairs are explained.
    static func resolvedTexts(_ sites: [JustificationSite]) -> [JustificationSite.Holder: LocalizedText] {
        var texts: [JustificationSite.Holder: LocalizedText] = [:]
        var seen = Set<JustificationSite.Holder>()
        var previous: LocalizedText?
        for site in sites {
            var text = site.text
            if let rest = remainder(site.text.text), let before = previous {
                text = LocalizedText(lang: site.text.lang, text: joined(before.text, rest))
                if seen.insert(site.holder).inserted { texts[site.holder] = text }
            } else {
                seen.insert(site.holder)
            }
            previous = text
        }
        return texts
    }

    /// What follows the referring words, without the punctuation after them (empty when nothing does);
    /// `nil` when the text does not open with such words.
    static func remainder(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for marker in markers {
            guard let found = trimmed.range(of: marker, options: [.caseInsensitive, .anchored]) else { continue }
            let rest = trimmed[found.upperBound...]
            guard let next = rest.first else { return "" }
            guard next.isPunctuation || next.isWhitespace else { continue }
            return String(rest.drop { $0.isPunctuation || $0.isWhitespace })
        }
        return nil
    }

    /// The text referred to, then what the document adds, as one passage.
    private static func joined(_ before: String, _ rest: String) -> String {
        guard !rest.isEmpty else { return before }
        let base = before.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = base.last else { return rest }
        // The added words start a sentence of their own.
        let sentence = NaturalText.sentenceCase(rest)
        let wide = last.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
        if wide { return base + ("。！？；".contains(last) ? "" : "。") + sentence }
        return base + (".!?;".contains(last) ? " " : ". ") + sentence
    }

    /// The words, longest first so `same as above` is tried before `as above`.
    static let markers: [String] = {
        guard let url = Bundle.module.url(forResource: "referring-justifications", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let markers = root["markers"] as? [String]
        else {
            fatalError(
                "the referring-justification words are missing from the HarmoniaReport bundle or are not valid JSON")
        }
        return markers.sorted { $0.count > $1.count }
    }()
}
