import HarmoniaAlign
import HarmoniaReport
import Testing

@Suite("Text output")
struct TextWriterTests {
    static let weights = FixturePair(family: "weights", domestic: "jjg-99-2006", international: "oiml-r111-1-2004")
    static let sphygmo = FixturePair(
        family: "sphygmomanometers", domestic: "jjg-270-2008", international: "oiml-r148-1-2020")

    @Test("deviations by requirement, one line each; tables not cell by cell; how to see the rest is said")
    func byRequirement() throws {
        let c = try comparison(Self.weights)
        let text = TextWriter(color: false).write(c)
        // The classes M12/M23 meet R 111's M1-2/M2-3 (issue 16): 20 requirements, 3 with technical deviations.
        #expect(text.contains("Technical deviations by requirement (3 of 20 requirements)"))
        #expect(
            text.contains(
                "  Table density (reference § 10.1), density limits: not adopted, 42 values  [42 unexplained]"))
        #expect(!text.contains("mpe[50 kg][M1-2]"), "cells are listed only with --all")
        #expect(text.contains("run again with --all, or use --format json"))
        #expect(text.contains("Editorial differences only"))
        #expect(!text.contains("… and"), "nothing is cut")
        let all = TextWriter(color: false, showAgreement: true).write(c)
        #expect(all.contains("mpe[50 kg][M1-2]"))
        #expect(all.contains("Requirements (20)"))
    }

    @Test("the declaration warning leads; a deviation shows both clauses, the converted value and the size")
    func warningAndDetail() throws {
        let text = TextWriter(color: false).write(try comparison(Self.sphygmo))
        let lines = text.split(separator: "\n")
        #expect(
            lines[1]
                == "  Warning: JJG 270-2008 declares correspondence to OIML R 16-1:2002, an earlier edition of OIML R 148-1:2020: its justifications and omissions are taken as written for this one"
        )
        #expect(text.contains("domestic § 3.3 mpe-in-service ±0.5 kPa  |  reference § 5.1 mpe-in-service ±4 mmHg"))
        #expect(text.contains("±0.5 kPa against ±4 mmHg = ±0.533 kPa: 6.2 % tighter (0.0333 kPa)"))
        // The storage MPE, omitted with a justification, is no longer partially paired (issue 16: omissions win).
        #expect(text.contains("36.8 % of the reference's 19 requirements (by weight) have a domestic counterpart: NEQ"))
    }
}
