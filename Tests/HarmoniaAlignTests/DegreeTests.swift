import HarmoniaAlign
import HarmoniaModel
import Testing

/// The degree of correspondence as Guide 21-1 reads: editorial differences allowed in IDT; MOD needs every
/// technical deviation explained and the reference's content largely kept; otherwise NEQ.
@Suite("Degree of correspondence")
struct DegreeTests {
    /// Nine requirements of the reference, one indicator each.
    static let reference = spec(
        "I", role: "international",
        "<section num=\"5\">"
            + (1...9).map {
                "<indicator id=\"r\($0)\" concept=\"mpe\"><where n=\"\($0)\"/><value>±\($0) mg</value></indicator>"
            }.joined() + "</section>")

    func compare(keep: Int, omit: Int, justify: Bool = true, extra: String = "") throws -> Comparison {
        let kept = (1...9).prefix(keep).map {
            "<indicator id=\"d\($0)\" concept=\"mpe\"><where n=\"\($0)\"/><value>±\($0) mg</value></indicator>"
        }.joined()
        let omitted = (1...9).dropFirst(keep).prefix(omit).map {
            "<omission ref=\"r\($0)\">" + (justify ? "<justification>not needed here</justification>" : "")
                + "</omission>"
        }.joined()
        let d = try document(spec("D", role: "domestic", "<section num=\"4\">\(kept)\(omitted)\(extra)</section>"))
        return Comparator().compare(d, try document(Self.reference))
    }

    @Test("keeping one of nine requirements and omitting eight with justifications is NEQ, not MOD")
    func oneOfNine() throws {
        let c = try compare(keep: 1, omit: 8)
        #expect(c.degree.unexplained.isEmpty)
        #expect(c.degree.kept == Rational(1, 9))
        #expect(c.degree.computed == .NEQ)
        #expect(c.degree.reasons.contains { $0.contains("11.1 %") && $0.contains("at least 50 %") })
    }

    @Test("the MOD threshold: half the reference's requirements by weight have a counterpart")
    func threshold() throws {
        #expect(try compare(keep: 4, omit: 5).degree.computed == .NEQ)  // 4/9 < 1/2
        #expect(try compare(keep: 5, omit: 4).degree.computed == .MOD)  // 5/9 ≥ 1/2
        #expect(try compare(keep: 5, omit: 4, justify: false).degree.computed == .NEQ)
        #expect(try compare(keep: 9, omit: 0).degree.computed == .IDT)
    }

    @Test("an explained domestic-only requirement keeps MOD; an unexplained one makes NEQ; neither enters the score")
    func addedRequirements() throws {
        let explained = try compare(
            keep: 9, omit: 0,
            extra:
                "<indicator id=\"p\" concept=\"verification-interval\"><value>1 a</value><justification>national practice</justification></indicator>"
        )
        #expect(explained.degree.computed == .MOD)
        #expect(explained.score.text == "100.0")
        let unexplained = try compare(
            keep: 9, omit: 0,
            extra: "<indicator id=\"p\" concept=\"verification-interval\"><value>1 a</value></indicator>")
        #expect(unexplained.degree.computed == .NEQ)
        #expect(unexplained.score.text == "100.0")
    }

    @Test("a designation spelled otherwise is editorial: IDT holds, the score is 100")
    func editorialSpelling() throws {
        let c = try compareIndicators(
            "<indicator id=\"c\" concept=\"accuracy-class\"><value>E1|M12|M23</value></indicator>",
            "<indicator id=\"c\" concept=\"accuracy-class\"><value>E1|M1-2|M2-3</value></indicator>")
        #expect(c.pairs.first?.difference == .editorial)
        #expect(c.pairs.first?.editorialReason?.contains("spelled otherwise") == true)
        #expect(c.degree.computed == .IDT)
        #expect(c.score.text == "100.0")
        #expect(c.degree.reasons.first?.contains("1 editorial difference") == true)
        let other = try compareIndicators(
            "<indicator id=\"c\" concept=\"accuracy-class\"><value>E1|M12</value></indicator>",
            "<indicator id=\"c\" concept=\"accuracy-class\"><value>E1|M2</value></indicator>")
        #expect(other.pairs.first?.difference == .technical)
    }

    @Test("a unit convention is editorial, a stricter value technical")
    func units() throws {
        let same = try compareIndicators(
            "<indicator id=\"a\" concept=\"mpe\"><value>±0.0016 g</value></indicator>",
            "<indicator id=\"a\" concept=\"mpe\"><value>±1.6 mg</value></indicator>")
        #expect(same.pairs.first?.difference == .editorial && same.degree.computed == .IDT)
        let tighter = try compareIndicators(
            "<indicator id=\"a\" concept=\"mpe\"><value>±1.5 mg</value></indicator>",
            "<indicator id=\"a\" concept=\"mpe\"><value>±1.6 mg</value></indicator>")
        #expect(tighter.pairs.first?.difference == .technical && tighter.degree.computed == .NEQ)
    }

    @Test("a declared MOD that is not supported says why, naming both causes")
    func declarationNote() throws {
        let d = try document(
            spec(
                "D", role: "domestic", meta: "<correspondence ref=\"I\" degree=\"MOD\"/>",
                "<section num=\"4\"><indicator id=\"d1\" concept=\"mpe\"><where n=\"1\"/><value>±2 mg</value></indicator></section>"
            ))
        let c = Comparator().compare(d, try document(Self.reference))
        let note = try #require(c.degree.declarationNote)
        #expect(note.contains("not explained") && note.contains("11.1 %"))
    }
}

@Suite("Declaration check")
struct DeclarationCheckTests {
    func doc(_ id: String, role: String, declares: String? = nil) throws -> Document {
        let meta = declares.map { "<correspondence ref=\"\($0)\" degree=\"MOD\"/>" } ?? ""
        return try document(spec(id, role: role, meta: meta, "<section num=\"1\"/>"))
    }

    @Test("the declared reference gives no warning; folding case and spaces")
    func declared() throws {
        #expect(
            DeclarationCheck.warning(
                domestic: try doc("JJG 99-2006", role: "domestic", declares: "oiml r 111-1:2004"),
                reference: try doc("OIML R 111-1:2004", role: "international")) == nil)
    }

    @Test("another reference is named in the warning")
    func otherReference() throws {
        let warning = DeclarationCheck.warning(
            domestic: try doc("JJG 99-2006", role: "domestic", declares: "OIML R 111-1:2004"),
            reference: try doc("OIML R 49-1:2013", role: "international"))
        #expect(
            warning?.hasPrefix("JJG 99-2006 declares correspondence to OIML R 111-1:2004, not to OIML R 49-1:2013")
                == true)
    }

    @Test("swapped arguments and undeclared comparisons warn")
    func swappedAndNone() throws {
        let swapped = DeclarationCheck.warning(
            domestic: try doc("OIML R 111-1:2004", role: "international"),
            reference: try doc("JJG 99-2006", role: "domestic", declares: "OIML R 111-1:2004"))
        #expect(swapped?.contains("swapped") == true)
        let none = DeclarationCheck.warning(
            domestic: try doc("A", role: "regional"), reference: try doc("B", role: "regional"))
        #expect(none?.hasPrefix("neither A nor B declares") == true)
    }
}
