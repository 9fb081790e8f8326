import Foundation

/// Writes synthetic documents in the specification format (`spec-format.md`), deterministically:
/// the same seed, role, size and edit rate always give the same bytes.
///
/// A document is a run of numbered sections of ``indicatorsPerSection`` indicators each: half are the
/// cells of one table (`table` with `rows`, `cols`, `unit`, `form`, `head`, `row`), half are
/// `indicator` elements with `where` qualifiers, drawn from a dozen-odd concepts and written in every
/// form of the quantity grammar (symmetric limits, `≤`/`<=` bounds, °C intervals in four spellings,
/// chains in `e`, tokens, sets) and in mixed units (mg, g, kg, %, kPa, MPa, min, h, a, kV).
///
/// A domestic document and an international one made from the same seed and size hold the same
/// indicators under the same concepts and qualifiers; on the domestic side a share (``changeRate``) of
/// the values is edited: stricter, looser, or the same requirement written in another unit or spelling.
///
/// ```swift
/// let generator = SpecGenerator(seed: 1, role: .domestic, size: .indicators(10_000))
/// let summary = try generator.write(toFile: "/tmp/domestic.xml")
/// ```
public struct SpecGenerator: Sendable {
    /// The document's role, as written in `spec/@role`.
    public enum Role: String, Sendable, CaseIterable {
        case domestic, international
    }

    /// How big a document to write.
    public enum Size: Hashable, Sendable {
        /// Exactly this many indicators (table cells plus `indicator` elements).
        case indicators(Int)
        /// Whole sections until the file reaches at least this many bytes.
        case bytes(Int)
    }

    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var sections = 0
        public var tableCells = 0
        public var indicatorElements = 0
        /// Domestic values edited away from the international ones.
        public var edited = 0
        public var bytes = 0
        public var indicators: Int { tableCells + indicatorElements }
    }

    /// Bumped whenever the output for a given seed changes, so cached files are not reused by mistake.
    public static let version = 1
    /// Indicators per top-level section (the last one may hold fewer).
    public static let indicatorsPerSection = 40

    public var seed: UInt64
    public var role: Role
    public var size: Size
    /// Share of domestic values edited (0…1); an international document is never edited.
    public var changeRate: Double

    /// A generator; `changeRate` defaults to 5 % for a domestic document and 0 for an international one.
    public init(seed: UInt64 = 1, role: Role, size: Size, changeRate: Double? = nil) {
        self.seed = seed
        self.role = role
        self.size = size
        self.changeRate = role == .domestic ? (changeRate ?? 0.05) : 0
    }

    /// The designation of the document of `role`, as written in `spec/@id`.
    public static func designation(_ role: Role) -> String {
        role == .domestic ? "JJG 9999-2024" : "OIML R 999-1:2024"
    }

    /// Generates the document, handing it to `emit` in pieces of a few kilobytes.
    @discardableResult
    public func generate(_ emit: (String) throws -> Void) rethrows -> Summary {
        var summary = Summary()
        var out = header()
        var section = 0
        var remaining: Int
        switch size {
        case .indicators(let count): remaining = count
        case .bytes: remaining = .max
        }
        while remaining > 0 {
            if case .bytes(let target) = size, summary.bytes + out.utf8.count >= target { break }
            section += 1
            let count = min(remaining, Self.indicatorsPerSection)
            writeSection(section, indicators: count, into: &out, summary: &summary)
            remaining -= count
            summary.sections = section
            summary.bytes += out.utf8.count
            try emit(out)
            out = ""
        }
        out += "</spec>\n"
        summary.bytes += out.utf8.count
        try emit(out)
        return summary
    }

    /// The whole document as one string (for small sizes).
    public func document() -> String {
        var text = ""
        generate { text += $0 }
        return text
    }

    /// Writes the document to `path`, replacing any file there.
    @discardableResult
    public func write(toFile path: String) throws -> Summary {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = Data()
        buffer.reserveCapacity(1 << 20)
        let summary = try generate { piece in
            buffer.append(contentsOf: piece.utf8)
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return summary
    }

    // MARK: Document parts

    private var lang: String { role == .domestic ? "zh" : "en" }

    private func header() -> String {
        let domestic = role == .domestic
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <spec xmlns="urn:harmonia:spec:1" id="\(Self.designation(role))" role="\(role.rawValue)" lang="\(lang)">
              <meta>
                <title lang="zh">基准测试用规程（种子 \(seed)）</title>
                <title lang="en">Benchmark recommendation (seed \(seed))</title>
                <issuer>\(domestic ? "SAMR" : "OIML")</issuer>
                <edition>2024</edition>
                <date>2024-06-01</date>

            """
        if domestic {
            text += "    <correspondence ref=\"\(Self.designation(.international))\" degree=\"MOD\"/>\n"
        }
        return text + "  </meta>\n"
    }

    private func writeSection(_ number: Int, indicators count: Int, into out: inout String, summary: inout Summary) {
        // Structure and edits come from separate streams: the edit rate never changes the structure.
        var rng = SplitMix64(seed: seed, stream: 1, index: UInt64(number))
        var edits = SplitMix64(seed: seed, stream: 2, index: UInt64(number))
        let cells = count / 2
        out += "  <section num=\"\(number)\" title=\"\(role == .domestic ? "第 \(number) 部分" : "Part \(number)")\">\n"
        if number % 7 == 1 {
            out +=
                "    <p lang=\"\(lang)\">Synthetic clause \(number); generated for benchmarks, not a real requirement.</p>\n"
        }
        if cells > 0 {
            out += "    <section num=\"\(number).1\" title=\"\(role == .domestic ? "表" : "Table")\">\n"
            writeTable(section: number, cells: cells, rng: &rng, edits: &edits, into: &out, summary: &summary)
            out += "    </section>\n"
        }
        out += "    <section num=\"\(number).2\" title=\"\(role == .domestic ? "要求" : "Requirements")\">\n"
        for item in 1...(count - cells) {
            writeIndicator(section: number, item: item, rng: &rng, edits: &edits, into: &out, summary: &summary)
        }
        out += "    </section>\n  </section>\n"
    }

    private func writeTable(
        section: Int, cells: Int, rng: inout SplitMix64, edits: inout SplitMix64,
        into out: inout String, summary: inout Summary
    ) {
        let kind = rng.pick(Kinds.tables)
        let rows = (cells + kind.head.count - 1) / kind.head.count
        let firstRow = rng.int(in: 0...(kind.rowKeys.count - rows))
        out += "      <table id=\"t\(section)\" concept=\"\(kind.concept)\" rows=\"\(kind.rows)\" cols=\"\(kind.cols)\""
        if let unit = kind.unit { out += " unit=\"\(unit)\"" }
        out += " form=\"\(Self.attribute(kind.form))\">\n"
        out += "        <where series=\"S\(section)\"/>\n"
        out += "        <head>\(kind.head.joined(separator: " "))</head>\n"
        var written = 0
        for row in 0..<rows {
            var texts: [String] = []
            var spelledOut = false
            for _ in kind.head {
                let value = kind.cell(&rng)
                guard written < cells else {
                    texts.append("-")
                    continue
                }
                written += 1
                guard let edit = drawEdit(&edits) else {
                    texts.append(value.text)
                    continue
                }
                summary.edited += 1
                switch edit {
                case .stricter: texts.append(value.scaled(tenths: kind.direction == .higher ? 12 : 8).text)
                case .looser: texts.append(value.scaled(tenths: kind.direction == .higher ? 8 : 12).text)
                case .equivalent:
                    // The same limit with its unit written out, in a twin unit where there is one.
                    let amount = Amount(value, kind.unit ?? "")
                    texts.append((amount.equivalent ?? amount).text)
                    spelledOut = true
                }
            }
            let key = Self.attribute(kind.rowKeys[firstRow + row])
            if spelledOut {
                out += "        <row key=\"\(key)\">" + texts.map { "<c>\(Self.text($0))</c>" }.joined() + "</row>\n"
            } else {
                out += "        <row key=\"\(key)\">\(texts.joined(separator: " "))</row>\n"
            }
        }
        out += "      </table>\n"
        summary.tableCells += cells
    }

    private func writeIndicator(
        section: Int, item: Int, rng: inout SplitMix64, edits: inout SplitMix64,
        into out: inout String, summary: inout Summary
    ) {
        let kind = rng.pick(Kinds.indicators)
        let qualifiers = [("series", "S\(section)"), ("item", "n\(item)")] + kind.qualifiers(&rng)
        var value = kind.value(&rng)
        let strength = rng.int(in: 0...7) == 0 ? "should" : nil
        let withLabels = kind.concept == nil || rng.int(in: 0...9) == 0

        let edit = drawEdit(&edits)
        if let edit {
            value = value.edited(edit, direction: kind.direction, alternatives: kind.alternatives)
            summary.edited += 1
        }
        out += "      <indicator"
        if item % 2 == 0 { out += " id=\"i\(section)-\(item)\"" }
        if let concept = kind.concept { out += " concept=\"\(concept)\"" }
        if let strength { out += " strength=\"\(strength)\"" }
        out += ">\n"
        if withLabels {
            // Without a concept the label must name the same concept on both sides: a zh label on the
            // domestic side, an en one on the international side, or the one label there is.
            let label = kind.labels.first { $0.lang == lang } ?? kind.labels[0]
            out += "        <label lang=\"\(label.lang)\">\(Self.text(label.text))</label>\n"
        }
        out += "        <where"
        for (name, written) in qualifiers { out += " \(name)=\"\(Self.attribute(written))\"" }
        out += "/>\n"
        out += "        <value>\(Self.text(value.text))</value>\n"
        if let edit, edit != .equivalent, edits.chance(0.5) {
            out += "        <justification lang=\"zh\">国内使用条件不同，要求\(edit == .stricter ? "从严" : "放宽")。</justification>\n"
        }
        out += "      </indicator>\n"
        summary.indicatorElements += 1
    }

    /// Whether (and how) the next value is edited; always drawn, so the stream stays aligned.
    private func drawEdit(_ edits: inout SplitMix64) -> Edit? {
        let hit = edits.chance(changeRate)
        let which = edits.int(in: 0...2)
        return hit ? Edit.allCases[which] : nil
    }

    // MARK: Escaping

    static func text(_ raw: String) -> String {
        guard raw.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return raw }
        return raw.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func attribute(_ raw: String) -> String {
        text(raw).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
