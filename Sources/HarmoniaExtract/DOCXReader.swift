import Foundation
import HarmoniaIngest
import HarmoniaModel

/// Reads a JJG/JJF draft (the layout of JJF 1002) from Word: the code and title on the cover
/// (`JJG 99-2022 砝码`), numbered clauses (typed, or from Word's heading numbering), tables with merged
/// cells, and requirement sentences (`最大允许误差为±0.5%`, `检定周期一般不超过1年`).
struct DOCXReader {
    var context: ReadingContext
    private(set) var diagnostics: [Diagnostic] = []

    init(context: ReadingContext) {
        self.context = context
    }

    private static let code =
        #"(JJ[GF]|GB/T|GB|JJ[GF]\s*\(\S+\)|OIML\s+[RD]|ISO|IEC)\s*([0-9]+(?:[.\-][0-9]+)*?)\s*[—–\-－:]+\s*((?:19|20)[0-9]{2})"#
    private static let typedNumber = #"^((?:[0-9]+|[A-Z])(?:\.[0-9]+)+|[0-9]+)(?:[\s\x{3000}]+|(?=[^\s0-9.]))(.*)$"#

    mutating func read(_ word: WordDocument) -> Draft {
        let paragraphs = word.blocks.enumerated().compactMap { index, block -> (Int, WordDocument.Paragraph)? in
            if case .paragraph(let p) = block { return (index, p) }
            return nil
        }
        var draft = Draft(id: "", role: "domestic", lang: "zh")
        let bodyStart = readCover(paragraphs, into: &draft, isClause: word.isClauseNumbered)
        context.lang = draft.lang
        var sections: [DraftSection] = []
        var counters = [Int](repeating: 0, count: 9)
        var headingLists = Set<String>()
        var paragraphCount = 0
        var tableCount = 0
        var previousText = ""
        let sentences = SentenceReader(context: context)

        func startSection(_ num: String, title: String?) {
            sections.append(DraftSection(num: num, title: title))
            paragraphCount = 0
        }
        func sync(_ num: String) {
            let parts = num.split(separator: ".").map { Int($0) ?? 0 }
            guard parts.allSatisfy({ $0 > 0 }), parts.count <= 9 else { return }
            for i in 0..<9 { counters[i] = i < parts.count ? parts[i] : 0 }
        }
        var unread: [Diagnostic] = []
        func readSentences(_ text: String, line: Int) {
            guard let current = sections.last, current.num != "0", !text.isEmpty else { return }
            paragraphCount += 1
            let section = current
            let paragraph = SourceParagraph(
                pieces: [.text(text)], line: nil,
                place: "clause \(section.num), paragraph \(paragraphCount) (body paragraph \(line))")
            let reading = sentences.read(paragraph, clauseTitle: section.title)
            sections[sections.count - 1].indicators += reading.indicators
            unread += reading.unread.map { Diagnostic(.warning, $0, at: SourceLocation(file: context.file)) }
        }

        for (index, block) in word.blocks.enumerated() where index >= bodyStart {
            switch block {
            case .paragraph(let p):
                defer { if !p.text.isEmpty { previousText = p.text } }
                guard !p.text.isEmpty, !Self.isContentsLine(p.text) else { continue }
                let typed = Self.match(Self.typedNumber, p.text)
                let listLevel = p.numbering.flatMap {
                    headingLists.contains($0.id) || p.headingLevel != nil || word.isClauseNumbered(p)
                        ? $0.level + 1 : nil
                }
                if let level = p.headingLevel ?? listLevel {
                    if let numbering = p.numbering, p.headingLevel != nil { headingLists.insert(numbering.id) }
                    if let typed, typed[1].contains(".") || p.headingLevel != nil {
                        sync(typed[1])
                        startSection(typed[1], title: typed[2])
                    } else if p.numbering != nil {
                        let depth = min(level, 9)
                        counters[depth - 1] += 1
                        for i in depth..<9 { counters[i] = 0 }
                        let num = counters[0..<depth].map { String(max($0, 1)) }.joined(separator: ".")
                        if Self.isTitle(p.text) {
                            startSection(num, title: p.text)
                        } else {
                            startSection(num, title: nil)
                            readSentences(p.text, line: p.line)
                        }
                    } else if let annex = Self.match(#"^附录\s*([A-Z])\s*(.*)$"#, p.text) {
                        startSection(annex[1], title: annex[2])
                    } else {
                        // 引言, 前言, an unnumbered heading: front matter, not requirements.
                        startSection("0", title: p.text)
                    }
                } else if let typed, typed[1].contains(".") || Self.isTitle(typed[2]) {
                    sync(typed[1])
                    if Self.isTitle(typed[2]) {
                        startSection(typed[1], title: typed[2])
                    } else {
                        startSection(typed[1], title: nil)
                        readSentences(typed[2], line: p.line)
                    }
                } else {
                    readSentences(p.text, line: p.line)
                }
            case .table(let rows, let line):
                tableCount += 1
                var label = (context.lang == "zh" ? "表" : "Table ") + "\(tableCount)"
                var caption = ""
                if let found = Self.match(#"^(表|Table)\s*([0-9A-Z]+(?:[.\-][0-9]+)*)\s*(.*)$"#, previousText) {
                    label = found[1] == "表" ? "表\(found[2])" : "Table \(found[2])"
                    caption = found[3]
                }
                if sections.isEmpty { startSection("0", title: nil) }
                var reader = TableReader(context: context)
                let table = SourceTable(
                    label: label, caption: caption, line: nil, rows: rows, place: "\(label) (body table \(line))")
                sections[sections.count - 1].indicators += reader.read(table)
                diagnostics += reader.diagnostics
            }
        }
        diagnostics += unread
        draft.sections = sections
        return draft
    }

    /// Reads the cover (code, titles, dates, what it replaces); returns the index of the first block after it.
    private mutating func readCover(
        _ paragraphs: [(Int, WordDocument.Paragraph)], into draft: inout Draft,
        isClause: (WordDocument.Paragraph) -> Bool
    ) -> Int {
        let cover = paragraphs.prefix(60)
        guard
            let (position, found) = cover.enumerated().lazy.compactMap({ position, item in
                Self.match(Self.code, item.1.text).map { (position, $0) }
            }).first
        else {
            diagnostics.append(
                Diagnostic(
                    .warning, "no document code (such as JJG 99-2022) was found on the cover; give one with --id",
                    at: SourceLocation(file: context.file, line: paragraphs.first?.1.line)))
            return 0
        }
        let prefix = found[1].replacingOccurrences(of: " ", with: "")
        draft.id = "\(prefix) \(found[2])-\(found[3])"
        draft.edition = found[3]
        let codeParagraph = cover[cover.startIndex + position].1
        var titleCandidates: [String] = []
        var rest = codeParagraph.text.replacingOccurrences(of: found[0], with: "").trimmingCharacters(in: .whitespaces)
        if let replaced = Self.match(#"代替\s*(.+)$"#, rest) {
            if let old = Self.match(Self.code, replaced[1]) {
                draft.supersedes.append("\(old[1].replacingOccurrences(of: " ", with: "")) \(old[2])-\(old[3])")
            }
            rest = String(rest[..<(rest.range(of: "代替")?.lowerBound ?? rest.endIndex)]).trimmingCharacters(
                in: .whitespaces)
        }
        if Self.hasCJK(rest), !context.vocabulary.coverBoilerplate.contains(where: { rest.contains($0) }) {
            titleCandidates.append(rest)
        }
        var end = cover[cover.startIndex + position].0 + 1
        for (index, p) in cover.dropFirst(position + 1) {
            let text = p.text
            if p.headingLevel != nil || isClause(p) || Self.match(#"^1[\s\x{3000}]*(范围|Scope)"#, text) != nil { break }
            end = index + 1
            if let replaced = Self.match(#"代替\s*(.+)$"#, text), let old = Self.match(Self.code, replaced[1]) {
                draft.supersedes.append("\(old[1].replacingOccurrences(of: " ", with: "")) \(old[2])-\(old[3])")
                continue
            }
            if let date = Self.match(#"([0-9]{4})\s*[-－—年]\s*([0-9]{1,2})\s*[-－—月]\s*([0-9]{1,2})\s*日?\s*发布"#, text) {
                draft.date = String(format: "%@-%02d-%02d", date[1], Int(date[2]) ?? 1, Int(date[3]) ?? 1)
                continue
            }
            if text.contains("国家市场监督管理总局") { draft.issuer = "SAMR" }
            if text.isEmpty || context.vocabulary.coverBoilerplate.contains(where: { text.contains($0) })
                || text.contains("实施")
            {
                continue
            }
            titleCandidates.append(text)
            if titleCandidates.count >= 3 { break }
        }
        if let zh = titleCandidates.first(where: Self.hasCJK) {
            draft.titles.append((lang: "zh", text: Self.closeUpCJK(zh)))
        }
        if let en = titleCandidates.first(where: { !Self.hasCJK($0) && $0.contains(where: \.isLetter) }) {
            draft.titles.append((lang: "en", text: en))
        }
        draft.lang = draft.titles.first?.lang ?? "zh"
        // The body starts at the first numbered clause; everything before it is cover, foreword, contents.
        let firstClause = paragraphs.last { index, p in
            index >= end && Self.match(#"^1[\s\x{3000}]*(范围|Scope)"#, p.text) != nil && !Self.isContentsLine(p.text)
        }
        return firstClause?.0 ?? end
    }

    /// A line of a table of contents: dot leaders or a page number at the end.
    static func isContentsLine(_ text: String) -> Bool {
        text.contains("…") || text.contains("....") || text.contains("·····")
            || match(#"[(（][0-9IVX]+[)）]$"#, text) != nil
            || match(#"\S\s+[0-9]+$"#, text) != nil
    }

    /// A heading's title: short, no sentence punctuation.
    static func isTitle(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 30 && !text.contains(where: { "。；，,;:：".contains($0) })
            && ValueText.leadingQuantity(Substring(text)) == nil
    }

    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: ConceptFinder.isCJK)
    }

    /// `砝 码` (a cover spaces its title out) → `砝码`.
    static func closeUpCJK(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (i, c) in characters.enumerated() {
            if c == " " || c == "\u{3000}", i > 0, i + 1 < characters.count,
                hasCJK(String(characters[i - 1])), hasCJK(String(characters[i + 1]))
            {
                continue
            }
            out.append(c)
        }
        return out
    }

    /// The groups of the first match of `pattern` in `text` (group 0 is the whole match).
    static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (0..<found.numberOfRanges).map { Range(found.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
}
