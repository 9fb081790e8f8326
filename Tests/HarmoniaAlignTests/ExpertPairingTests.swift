import HarmoniaAlign
import HarmoniaModel
import Testing

/// Small pairs of documents written by a metrologist, each asserting what an expert reviewer expects:
/// class spellings, declared designations, scope, omissions, bands, restatements, directions by role,
/// the score's laws and the degree's boundaries (ISO/IEC Guide 21-1, JJF 1868-2020).
@Suite("Expert pairing")
struct ExpertPairingTests {
    func compare(
        _ domestic: String, _ international: String, meta: String = "", id: String = "I",
        domesticID: String = "D", internationalMeta: String = ""
    ) throws -> Comparison {
        let d = try document(spec(domesticID, role: "domestic", meta: meta, domestic))
        let i = try document(spec(id, role: "international", meta: internationalMeta, international))
        return Comparator().compare(d, i)
    }

    func indicator(_ id: String, _ concept: String, _ value: String, where qualifiers: String = "", extra: String = "")
        -> String
    {
        let whereElement = qualifiers.isEmpty ? "" : "<where \(qualifiers)/>"
        return
            "<indicator id=\"\(id)\" concept=\"\(concept)\">\(whereElement)<value>\(value)</value>\(extra)</indicator>"
    }

    func section(_ num: String, _ body: String...) -> String {
        "<section num=\"\(num)\">" + body.joined() + "</section>"
    }

    func pair(_ c: Comparison, domestic id: String) -> Pair? { c.pairs.first { $0.domestic?.id == id } }

    // MARK: class spellings and declared designations

    @Test("against R 111, M12 written for M1-2 pairs its MPE with the M1-2 limit, an editorial matter")
    func weightClassSpelling() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±50 mg", where: "class=\"M12\"")),
            section("5", indicator("i", "mpe", "±50 mg", where: "class=\"M1-2\"")),
            id: "OIML R 111-1:2004")
        #expect(pair(c, domestic: "d")?.international?.id == "i")
        #expect(c.counts[.missing] == 0 && c.counts[.added] == 0)
        #expect(c.score.value == 100.0 && c.degree.computed == .IDT)
    }

    @Test("an accuracy class written as a Roman numeral character (Ⅲ) is class III")
    func romanNumeralCharacter() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±1 e", where: "class=\"Ⅲ\"")),
            section("5", indicator("i", "mpe", "±1 e", where: "class=\"III\"")))
        #expect(pair(c, domestic: "d")?.international?.id == "i")
        #expect(c.counts[.missing] == 0)
    }

    @Test("different classes never pair by spelling: class II is not class III")
    func differentClassesDoNotPair() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±1 e", where: "class=\"II\"")),
            section("5", indicator("i", "mpe", "±1 e", where: "class=\"III\"")))
        #expect(pair(c, domestic: "d")?.verdict != .identical)
        #expect(pair(c, domestic: "d")?.verdict != .equivalent)
    }

    @Test("a declared designation (class 1 = class B) pairs the two classes")
    func declaredDesignation() throws {
        let c = try compare(
            section("5", indicator("x", "mpe", "±1 %", where: "class=\"1\"")),
            section("5", indicator("y", "mpe", "±1 %", where: "class=\"B\"")),
            meta:
                "<correspondence ref=\"I\" degree=\"IDT\"><designation domestic=\"1\" international=\"B\" qualifier=\"class\"/></correspondence>"
        )
        #expect(pair(c, domestic: "x")?.international?.id == "y")
        #expect(c.degree.computed == .IDT)
    }

    @Test("a designation declared against an earlier edition of the reference still pairs")
    func declaredDesignationEarlierEdition() throws {
        let c = try compare(
            section("5", indicator("x", "mpe", "±1 %", where: "class=\"1\"")),
            section("5", indicator("y", "mpe", "±1 %", where: "class=\"B\"")),
            meta:
                "<correspondence ref=\"OIML R 46:1978\"><designation domestic=\"1\" international=\"B\" qualifier=\"class\"/></correspondence>",
            id: "OIML R 46-1:2012")
        #expect(pair(c, domestic: "x")?.international?.id == "y")
    }

    @Test("a designation declared towards an unrelated document does not pair")
    func declaredDesignationUnrelated() throws {
        let c = try compare(
            section("5", indicator("x", "mpe", "±1 %", where: "class=\"1\"")),
            section("5", indicator("y", "mpe", "±1 %", where: "class=\"B\"")),
            meta:
                "<correspondence ref=\"OIML R 49-1:2013\"><designation domestic=\"1\" international=\"B\" qualifier=\"class\"/></correspondence>",
            id: "OIML R 46-1:2012")
        #expect(pair(c, domestic: "x")?.international?.id != "y")
    }

    // MARK: scope and omissions

    @Test(
        "scope limited to class 0.5: the other classes are missing, explained by the scope, and the score counts them")
    func scopeMissing() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±0.5 %", where: "class=\"0.5\"")),
            section(
                "5", indicator("a", "mpe", "±0.3 %", where: "class=\"0.3\""),
                indicator("b", "mpe", "±0.5 %", where: "class=\"0.5\"")),
            meta: "<scope><where class=\"0.5\"/><justification lang=\"en\">Class 0.5 only.</justification></scope>")
        #expect(pair(c, domestic: "d")?.international?.id == "b")
        let missing = c.pairs.filter { $0.verdict == .missing }
        #expect(missing.map { $0.international?.id } == ["a"])
        #expect(missing.first?.explanation != nil)
        #expect(c.score.value == 50.0)
    }

    @Test("a scope omission (classes I and II) omits every matching reference limit and is not paired partially")
    func scopeOmission() throws {
        let c = try compare(
            section(
                "5", indicator("d", "mpe", "±1 e", where: "class=\"III\""),
                "<omission><where class=\"I|II\"/><justification lang=\"en\">Out of scope.</justification></omission>"),
            section(
                "5", indicator("i1", "mpe", "±0.5 e", where: "class=\"I\""),
                indicator("i2", "mpe", "±0.5 e", where: "class=\"II\""),
                indicator("i3", "mpe", "±1 e", where: "class=\"III\"")))
        #expect(pair(c, domestic: "d")?.international?.id == "i3")
        let missing = c.pairs.filter { $0.verdict == .missing }.compactMap { $0.international?.id }.sorted()
        #expect(missing == ["i1", "i2"])
        #expect(c.pairs.filter { $0.verdict == .missing }.allSatisfy { $0.explanation != nil })
    }

    @Test("an omission named by ref wins: the omitted storage limit is missing, not paired with the initial one")
    func omissionWins() throws {
        let c = try compare(
            section(
                "5", indicator("d", "mpe", "±0.4 kPa", where: "stage=\"initial\""),
                "<omission ref=\"storage\"><justification lang=\"en\">Type evaluation only.</justification></omission>"),
            section(
                "5", indicator("initial", "mpe", "±0.4 kPa", where: "stage=\"initial\""),
                indicator("storage", "mpe", "±0.4 kPa", where: "condition=\"storage\"")))
        let storage = try #require(c.pairs.first { $0.international?.id == "storage" })
        #expect(storage.verdict == .missing && storage.domestic == nil)
        #expect(pair(c, domestic: "d")?.international?.id == "initial")
    }

    @Test("a justified omission of every requirement but one keeps the degree NEQ (content not largely kept)")
    func omissionsDoNotMakeMod() throws {
        let c = try compare(
            section(
                "5", indicator("d", "mpe", "±1 %"),
                "<omission ref=\"b\"><justification>n/a</justification></omission>",
                "<omission ref=\"c\"><justification>n/a</justification></omission>"),
            section(
                "5", indicator("a", "mpe", "±1 %"), indicator("b", "repeatability", "0.5 %"),
                indicator("c", "verification-interval", "1 a")))
        #expect(c.degree.computed == .NEQ)
    }

    // MARK: bands and restatements

    @Test("re-banded loads: one domestic band across two reference bands neither misses nor adds")
    func reBanded() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±1 e", where: "class=\"III\" load=\"500 e &lt; m ≤ 2000 e\"")),
            section(
                "5", indicator("i1", "mpe", "±1 e", where: "class=\"III\" load=\"500 e &lt; m ≤ 1000 e\""),
                indicator("i2", "mpe", "±1 e", where: "class=\"III\" load=\"1000 e &lt; m ≤ 2000 e\"")))
        #expect(c.counts[.missing] == 0 && c.counts[.added] == 0)
        #expect(c.pairs.allSatisfy { !$0.verdict.isDeviation })
    }

    @Test("a domestic band tighter on its shared sub-range is stricter there")
    func bandStricter() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±0.5 e", where: "class=\"III\" load=\"0 e ≤ m ≤ 600 e\"")),
            section(
                "5", indicator("i", "mpe", "±0.5 e", where: "class=\"III\" load=\"0 e ≤ m ≤ 500 e\""),
                indicator("j", "mpe", "±1 e", where: "class=\"III\" load=\"500 e &lt; m ≤ 2000 e\"")))
        #expect(c.pairs.contains { $0.domestic?.id == "d" && $0.international?.id == "j" && $0.verdict == .stricter })
        #expect(c.counts[.looser] == 0)
    }

    @Test("a requirement the domestic document restates in an annex is one requirement, not an addition")
    func restatementPaired() throws {
        let c = try compare(
            section("5", indicator("d", "mpe", "±1 %")) + section("A.1", indicator("d-again", "mpe", "±1 %")),
            section("3", indicator("i", "mpe", "±1 %")))
        #expect(c.counts[.added] == 0)
        #expect(c.score.value == 100.0)
    }

    @Test("an unpaired domestic requirement restated in an annex is one added requirement")
    func restatementAddedOnce() throws {
        let c = try compare(
            section("5", indicator("a", "mpe", "±1 %"), indicator("p", "verification-interval", "1 a"))
                + section("A.1", indicator("p-again", "verification-interval", "1 a")),
            section("3", indicator("i", "mpe", "±1 %")))
        let added = c.requirements.filter { $0.status == .added }
        #expect(added.count == 1, "added requirements: \(added.map(\.id))")
        #expect(added.first?.domesticClauses == ["5", "A.1"])
        #expect(c.score.value == 100.0)
    }

    // MARK: directions by role

    @Test("rated operating conditions: a wider domestic temperature range is stricter")
    func ratedWiderStricter() throws {
        let c = try compare(
            section(
                "5", indicator("d", "operating-temperature-range", "-25 °C .. 55 °C", where: "condition=\"rated\"")),
            section("5", indicator("i", "operating-temperature-range", "-10 °C .. 40 °C", where: "condition=\"rated\""))
        )
        #expect(pair(c, domestic: "d")?.verdict == .stricter)
    }

    @Test("verification conditions: a wider permitted ambient range is looser")
    func verificationWiderLooser() throws {
        let c = try compare(
            section(
                "7", indicator("d", "ambient-temperature-range", "10 °C .. 35 °C", where: "condition=\"verification\"")),
            section(
                "7", indicator("i", "ambient-temperature-range", "15 °C .. 25 °C", where: "condition=\"verification\""))
        )
        #expect(pair(c, domestic: "d")?.verdict == .looser)
    }

    @Test("verification conditions: a narrower permitted ambient range is stricter")
    func verificationNarrowerStricter() throws {
        let c = try compare(
            section(
                "7", indicator("d", "ambient-temperature-range", "18 °C .. 22 °C", where: "condition=\"verification\"")),
            section(
                "7", indicator("i", "ambient-temperature-range", "15 °C .. 25 °C", where: "condition=\"verification\""))
        )
        #expect(pair(c, domestic: "d")?.verdict == .stricter)
    }

    @Test("a coarser verification scale interval is looser, a finer one stricter")
    func scaleInterval() throws {
        let coarser = try compare(
            section("5", indicator("d", "verification-scale-interval", "≤ 2 g")),
            section("5", indicator("i", "verification-scale-interval", "≤ 1 g")))
        #expect(pair(coarser, domestic: "d")?.verdict == .looser)
        let finer = try compare(
            section("5", indicator("d", "verification-scale-interval", "≤ 0.5 g")),
            section("5", indicator("i", "verification-scale-interval", "≤ 1 g")))
        #expect(pair(finer, domestic: "d")?.verdict == .stricter)
    }

    @Test("a higher minimum number of intervals is stricter; a higher maximum is looser")
    func numberOfIntervals() throws {
        let minimum = try compare(
            section("5", indicator("d", "number-of-intervals", "≥ 1000", where: "class=\"III\"")),
            section("5", indicator("i", "number-of-intervals", "≥ 500", where: "class=\"III\"")))
        #expect(pair(minimum, domestic: "d")?.verdict == .stricter)
        let maximum = try compare(
            section("5", indicator("d", "number-of-intervals", "≤ 12000", where: "class=\"III\"")),
            section("5", indicator("i", "number-of-intervals", "≤ 10000", where: "class=\"III\"")))
        #expect(pair(maximum, domestic: "d")?.verdict == .looser)
    }

    @Test("a shorter verification interval is stricter")
    func verificationInterval() throws {
        let c = try compare(
            section("7", indicator("d", "verification-interval", "≤ 1 a")),
            section("7", indicator("i", "verification-interval", "≤ 2 a")))
        #expect(pair(c, domestic: "d")?.verdict == .stricter)
    }

    // MARK: score and degree

    @Test("identical documents score 100.0 and are IDT")
    func identical() throws {
        let body = section("5", indicator("a", "mpe", "±1 %"), indicator("b", "repeatability", "≤ 0.5 %"))
        let c = try compare(body, body)
        #expect(c.score.value == 100.0 && c.degree.computed == .IDT)
    }

    @Test("only editorial differences (1 kg written 1000 g) are IDT with 100.0")
    func editorialIsIDT() throws {
        let c = try compare(
            section("5", indicator("a", "max-capacity", "1 kg")),
            section("5", indicator("a", "max-capacity", "1000 g")))
        #expect(c.score.value == 100.0 && c.degree.computed == .IDT)
    }

    @Test("one justified stricter value, everything else kept: MOD, score below 100")
    func justifiedStricterIsMOD() throws {
        let c = try compare(
            section(
                "5", indicator("a", "mpe", "±0.5 %", extra: "<justification>national practice</justification>"),
                indicator("b", "repeatability", "≤ 0.5 %")),
            section("5", indicator("a", "mpe", "±1 %"), indicator("b", "repeatability", "≤ 0.5 %")))
        #expect(c.degree.computed == .MOD)
        #expect(c.score.value == 75.0)
    }

    @Test("one unexplained technical deviation makes the degree NEQ, never IDT")
    func unexplainedIsNEQ() throws {
        let c = try compare(
            section("5", indicator("a", "mpe", "±2 %"), indicator("b", "repeatability", "≤ 0.5 %")),
            section("5", indicator("a", "mpe", "±1 %"), indicator("b", "repeatability", "≤ 0.5 %")))
        #expect(c.degree.computed == .NEQ)
        #expect(c.score.value == 50.0)
    }

    @Test("MOD boundary: half the reference's requirements kept and the rest omitted with reasons is MOD; fewer is NEQ")
    func modBoundary() throws {
        let concepts = ["mpe", "repeatability", "verification-interval", "max-capacity"]
        let values = ["±1 %", "≤ 0.5 %", "≤ 1 a", "10 kg"]
        let reference = section("5", (0..<4).map { indicator("r\($0)", concepts[$0], values[$0]) }.joined())
        func domestic(keep: Int) -> String {
            section(
                "5",
                (0..<4).map {
                    $0 < keep
                        ? indicator("d\($0)", concepts[$0], values[$0])
                        : "<omission ref=\"r\($0)\"><justification>not used here</justification></omission>"
                }.joined())
        }
        #expect(try compare(domestic(keep: 2), reference).degree.computed == .MOD)
        #expect(try compare(domestic(keep: 1), reference).degree.computed == .NEQ)
        #expect(try compare(domestic(keep: 2), reference).score.value == 50.0)
    }

    @Test("a domestic-only requirement never moves the score; unexplained it makes the degree NEQ, justified MOD")
    func additions() throws {
        let reference = section("5", indicator("a", "mpe", "±1 %"))
        let plain = try compare(
            section("5", indicator("a", "mpe", "±1 %"), indicator("p", "verification-interval", "≤ 1 a")), reference)
        #expect(plain.score.value == 100.0 && plain.degree.computed == .NEQ)
        let justified = try compare(
            section(
                "5", indicator("a", "mpe", "±1 %"),
                indicator(
                    "p", "verification-interval", "≤ 1 a",
                    extra: "<justification>national legal metrology</justification>")),
            reference)
        #expect(justified.score.value == 100.0 && justified.degree.computed == .MOD)
    }

    @Test("a table weighs as one requirement: 3 of 4 cells kept, one missing, is 0.75 of it")
    func tableWeight() throws {
        let table = { (rows: String) in
            "<section num=\"5\"><table id=\"t\" concept=\"mpe\" rows=\"nominal\" cols=\"class\" unit=\"mg\" form=\"±\"><head>E2 F1</head>\(rows)</table></section>"
        }
        let c = try compare(
            table("<row key=\"1 kg\">1.6 5</row><row key=\"2 kg\">3 —</row>"),
            table("<row key=\"1 kg\">1.6 5</row><row key=\"2 kg\">3 10</row>"))
        #expect(c.score.value == 75.0)
    }

    // MARK: declarations against other editions

    func justifiedDeviation(declares: String, reference: String, supersedes: String = "") throws -> Comparison {
        try compare(
            section("5", indicator("a", "mpe", "±0.5 %", extra: "<justification>national practice</justification>")),
            section("5", indicator("a", "mpe", "±1 %")),
            meta: "<correspondence ref=\"\(declares)\" degree=\"MOD\"/>", id: reference, domesticID: "JJG 443-2006",
            internationalMeta: supersedes.isEmpty ? "" : "<supersedes ref=\"\(supersedes)\"/>")
    }

    @Test(
        "justifications written against an earlier edition (R 117:1995 for R 117-1:2007) still explain: MOD, warning names the edition"
    )
    func earlierEditionJustifies() throws {
        let c = try justifiedDeviation(
            declares: "OIML R 117:1995", reference: "OIML R 117-1:2007", supersedes: "OIML R 117:1995")
        #expect(c.degree.computed == .MOD)
        #expect(c.pairs.first?.explanation != nil)
        #expect(
            c.declarationWarning?.hasPrefix(
                "JJG 443-2006 declares correspondence to OIML R 117:1995, an earlier edition of OIML R 117-1:2007")
                == true)
        let noSupersedes = try justifiedDeviation(declares: "OIML R 117:1995", reference: "OIML R 117-1:2007")
        #expect(noSupersedes.degree.computed == .MOD)
    }

    @Test("a superseded document of another designation (R 16-1 for R 148-1) counts as an earlier edition")
    func supersededDesignation() throws {
        let c = try justifiedDeviation(
            declares: "OIML R 16-1:2002", reference: "OIML R 148-1:2020", supersedes: "OIML R 16-1:2002")
        #expect(c.degree.computed == .MOD)
        #expect(c.declarationWarning?.contains("an earlier edition of OIML R 148-1:2020") == true)
        let without = try justifiedDeviation(declares: "OIML R 16-1:2002", reference: "OIML R 148-1:2020")
        #expect(without.degree.computed == .NEQ)
    }

    @Test("an unrelated reference (R 49-1 for R 117-1) or another part (R 117-2) voids the justifications")
    func unrelatedVoids() throws {
        let unrelated = try justifiedDeviation(declares: "OIML R 49-1:2013", reference: "OIML R 117-1:2007")
        #expect(unrelated.degree.computed == .NEQ)
        #expect(unrelated.pairs.first?.explanation == nil)
        #expect(unrelated.declarationWarning?.contains("not to OIML R 117-1:2007") == true)
        let otherPart = try justifiedDeviation(declares: "OIML R 117-2:2014", reference: "OIML R 117-1:2007")
        #expect(otherPart.degree.computed == .NEQ)
    }

    @Test("a later edition of the same document is named as such and its justifications apply")
    func laterEdition() throws {
        let c = try justifiedDeviation(declares: "OIML R 49-1:2013", reference: "OIML R 49-1:2006")
        #expect(c.degree.computed == .MOD)
        #expect(c.declarationWarning?.contains("a later edition of OIML R 49-1:2006") == true)
    }
}
