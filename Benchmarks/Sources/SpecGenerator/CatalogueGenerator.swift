import Foundation

/// Writes a synthetic catalogue for `harmonia survey`: international documents, domestic documents that
/// correspond to them, regional documents in groups, with planted gaps, edition links and equivalence
/// classes, plus `expected.json` saying what a survey must find. Deterministic: the same counts always
/// give the same bytes.
///
/// - International: lineage `k` is `OIML R k-1:2012`; every 25th lineage also has `OIML R k-1:1995`,
///   which the 2012 edition `supersedes`.
/// - Domestic: `JJG (1000 + k)-2020` for lineage `k`, declaring MOD (or IDT) towards it; where the lineage
///   has two editions it names the 1995 one (an edition link); every 40th names a 2004 edition that is
///   not in the catalogue (the survey takes the 2012 edition of the same designation). Five variants: the same, a justified
///   stricter value (MOD), an unjustified looser value declared MOD (NEQ, a declaration not supported),
///   a justified omission (MOD), a value in another unit (IDT). Every 50th also names a reference that is
///   not in the catalogue.
/// - Regional: groups of five, `JJG(Rg) m-2019`, each corresponding to one lineage; members 1–3 are
///   always one equivalence class, and members 4–5 by `g % 3`: a second class, two loners, or part of the
///   first class.
/// - Gaps: the lineages no domestic or regional document reaches.
public struct CatalogueGenerator: Sendable {
    public var international: Int
    public var domestic: Int
    public var regional: Int

    /// The issue's catalogue: about 750 international, 675 domestic and 560 regional documents.
    public init(international: Int = 750, domestic: Int = 675, regional: Int = 560) {
        self.international = international
        self.domestic = domestic
        self.regional = regional
    }

    /// Lineages with a 1995 edition besides the 2012 one.
    static func hasOldEdition(_ k: Int) -> Bool { k % 25 == 0 }

    /// What a survey of the catalogue must find.
    public struct Expected: Codable, Sendable {
        public var documents = 0
        public var families: [[String]] = []
        public var gaps: [String] = []
        public var missingReferences: [String] = []
        public var equivalenceClasses: [[String]] = []
    }

    /// Writes every document into `folder` (created if need be) and returns what a survey must find.
    @discardableResult
    public func write(to folder: String) throws -> Expected {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var expected = Expected()
        func emit(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
            expected.documents += 1
        }
        // International documents, lineage by lineage, until the count is reached.
        var lineages = 0
        var written = 0
        while written < international {
            lineages += 1
            let k = lineages
            try emit(
                "oiml-r\(k)-2012.xml",
                document(
                    id: Self.current(k), role: "international", lineage: k,
                    supersedes: Self.hasOldEdition(k) ? Self.old(k) : nil))
            written += 1
            if Self.hasOldEdition(k), written < international {
                try emit("oiml-r\(k)-1995.xml", document(id: Self.old(k), role: "international", lineage: k))
                written += 1
            }
        }
        var covered = Set<Int>()
        for d in 1...max(1, domestic) where d <= domestic && d <= lineages {
            let variant = d % 5
            // The named edition: the 1995 one where it is in the catalogue (the family is with it); every 40th
            // names a 2004 edition that is not, which the survey must replace with the 2012 one.
            let named = Self.hasOldEdition(d) ? Self.old(d) : d % 40 == 0 ? "OIML R \(d)-1:2004" : Self.current(d)
            var references = [(named, variant == 4 || variant == 0 ? "IDT" : "MOD")]
            if d % 50 == 0 {
                references.append(("OIML R \(5000 + d)-1:2010", "NEQ"))
                expected.missingReferences.append("OIML R \(5000 + d)-1:2010")
            }
            let id = "JJG \(1000 + d)-2020"
            try emit(
                "jjg-\(1000 + d)-2020.xml",
                document(
                    id: id, role: "domestic", lineage: d, references: references,
                    edit: Edit(rawValue: variant)!))
            expected.families.append([id, Self.hasOldEdition(d) ? Self.old(d) : Self.current(d)])
            covered.insert(d)
        }
        let groups = regional / 5
        for g in 1...max(1, groups) where g <= groups {
            let k = min(lineages, max(1, lineages - groups - 8 + g))
            covered.insert(k)
            var ids: [String] = []
            for m in 1...5 {
                let id = "JJG(R\(g)) \(m)-2019"
                ids.append(id)
                // Members 1–3 share one deviation from the reference; 4–5 as the group's pattern says.
                let edit: Edit
                switch (m, g % 3) {
                case (1...3, _), (4...5, 2): edit = .stricter
                case (4...5, 0): edit = .omitted
                default: edit = m == 4 ? .looser : .omitted
                }
                try emit(
                    "jjg-r\(g)-\(m)-2019.xml",
                    document(
                        id: id, role: "regional", lineage: k,
                        references: [(Self.current(k), "MOD")], edit: edit))
                expected.families.append([id, Self.current(k)])
            }
            switch g % 3 {
            case 0: expected.equivalenceClasses += [Array(ids[0...2]), Array(ids[3...4])]
            case 1: expected.equivalenceClasses.append(Array(ids[0...2]))
            default: expected.equivalenceClasses.append(ids)
            }
        }
        expected.gaps = (1...max(1, lineages)).filter { $0 <= lineages && !covered.contains($0) }.map(Self.current)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(expected).write(to: URL(fileURLWithPath: folder).appendingPathComponent("expected.json"))
        return expected
    }

    static func current(_ k: Int) -> String { "OIML R \(k)-1:2012" }
    static func old(_ k: Int) -> String { "OIML R \(k)-1:1995" }

    /// How a document departs from its lineage's reference.
    enum Edit: Int {
        case same = 0
        case stricter, looser, omitted, otherUnit
    }

    /// One document of lineage `k`: an MPE table and five indicators, values drawn from `k`.
    func document(
        id: String, role: String, lineage k: Int, supersedes: String? = nil,
        references: [(String, String)] = [], edit: Edit = .same
    ) -> String {
        let lang = role == "international" ? "en" : "zh"
        let base = [1, 2, 5][k % 3]
        var meta = "    <title lang=\"en\">Measuring instrument \(k)</title>\n    <edition>\(id.suffix(4))</edition>\n"
        meta += "    <date>\(id.suffix(4))-06-01</date>\n"
        if let supersedes { meta += "    <supersedes ref=\"\(supersedes)\"/>\n" }
        for (ref, degree) in references { meta += "    <correspondence ref=\"\(ref)\" degree=\"\(degree)\"/>\n" }
        var rows = ""
        for (row, load) in ["10 %", "50 %", "100 %"].enumerated() {
            let cells = [1, 2, 4].map { Double(base * $0 * (3 - row)) / 10 }
            var written = cells.map { String($0) }
            if row == 0, edit == .stricter { written[0] = String(cells[0] / 2) }
            rows += "      <row key=\"\(load)\">\(written.joined(separator: " "))</row>\n"
        }
        let justification = "      <justification lang=\"zh\">国内要求从严。</justification>\n"
        let tableNote = edit == .stricter && role != "international" ? justification : ""
        let low = -10 - k % 4 * 5
        let high = 40 + k % 3 * 5
        var indicators = """
              <indicator id="temperature" concept="operating-temperature-range"><value>\(low) °C .. \(high) °C</value></indicator>
              <indicator id="humidity" concept="relative-humidity-range"><value>[20, \(80 + k % 3 * 5)] %</value></indicator>
              <indicator id="repeatability" concept="repeatability"><value>≤ \(Double(base) / 10) %</value></indicator>

            """
        switch edit {
        case .looser:
            indicators +=
                "      <indicator id=\"period\" concept=\"verification-interval\"><value>≤ 2 a</value></indicator>\n"
        case .otherUnit:
            indicators +=
                "      <indicator id=\"period\" concept=\"verification-interval\"><value>≤ 12 月</value></indicator>\n"
        default:
            indicators +=
                "      <indicator id=\"period\" concept=\"verification-interval\"><value>≤ 1 a</value></indicator>\n"
        }
        if edit == .omitted {
            indicators +=
                "      <omission ref=\"warm-up\"><justification lang=\"zh\">预热时间由型式评价考核。</justification></omission>\n"
        } else {
            indicators +=
                "      <indicator id=\"warm-up\" concept=\"warm-up-time\"><value>≤ \(15 + k % 4 * 5) min</value></indicator>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <spec xmlns="urn:harmonia:spec:1" id="\(id)" role="\(role)" lang="\(lang)">
              <meta>
            \(meta)  </meta>
              <section num="5" title="Metrological requirements">
                <table id="mpe" concept="mpe" rows="load" cols="class" unit="%" form="±">
                  <head>0.5 1 2</head>
            \(rows)\(tableNote)    </table>
            \(indicators)  </section>
            </spec>

            """
    }
}
