import Foundation
import HarmoniaModel
import Testing

@testable import HarmoniaSurvey

@Suite("Surveying a catalogue")
struct SurveyTests {
    let survey: Survey

    init() throws { survey = try PlantedCatalogue.survey() }

    func id(_ index: Int) -> String { survey.documents[index].id }

    @Test("every declared family, with edition links by supersedes and by shared designation")
    func families() {
        let found = survey.families.map { "\(id($0.comparison.domestic)) > \(id($0.comparison.reference))" }
        #expect(
            found == [
                "JJG 1-2020 > OIML R 1-1:2012", "JJG 2-2020 > OIML R 2-1:2012", "JJG 4-2020 > OIML R 4-1:2012",
                "JJG 5-2020 > OIML R 5-1:2008", "JJG(X) 1-2019 > OIML R 1-1:2012", "JJG(X) 2-2019 > OIML R 1-1:2012",
                "JJG(X) 3-2019 > OIML R 1-1:2012", "JJG(X) 4-2019 > OIML R 1-1:2012", "JJG(Y) 1-2019 > JJG(Y) 2-2019",
                "JJG(Z) 1-2019 > JJG 1-2020",
            ])
        let byDomestic = Dictionary(uniqueKeysWithValues: survey.families.map { (id($0.comparison.domestic), $0) })
        #expect(byDomestic["JJG 4-2020"]?.named == "OIML R 4-1:1995")
        #expect(byDomestic["JJG 4-2020"]?.note?.contains("supersedes") == true)
        #expect(byDomestic["JJG 5-2020"]?.note?.contains("another edition") == true)
        #expect(byDomestic["JJG 1-2020"]?.comparison.degree == .IDT)
        #expect(byDomestic["JJG 1-2020"]?.declaredDegree == .IDT)
        #expect(byDomestic["JJG 2-2020"]?.declarationSupported == false)
        // Its justification was written against the 1995 edition and still explains the deviation against
        // 2012, the edition that supersedes it: MOD, as declared.
        #expect(byDomestic["JJG 4-2020"]?.comparison.degree == .MOD)
        #expect(byDomestic["JJG 1-2020"]?.comparison.declarationWarning == nil)
        #expect(byDomestic["JJG 4-2020"]?.declaredDegree == .MOD)
    }

    @Test(
        "gaps: the international lineages nothing reaches (current edition only), and references not in the catalogue")
    func gaps() {
        #expect(survey.gaps.uncovered.map(id) == ["OIML R 3-1:2012", "OIML R 6-1:2020"])
        #expect(
            survey.gaps.missingReferences.map { "\(id($0.document)) > \($0.ref)" } == ["JJG 9-2020 > OIML R 99-1:2001"])
    }

    @Test("regional groups by reference, every pair both ways, and the equivalence classes")
    func regional() throws {
        #expect(survey.regional.count == 2)
        let x = try #require(survey.regional.first { $0.reference == "OIML R 1-1:2012" })
        #expect(x.documents.map(id) == ["JJG(X) 1-2019", "JJG(X) 2-2019", "JJG(X) 3-2019", "JJG(X) 4-2019"])
        #expect(x.pairs.count == 12)
        #expect(Set(x.pairs.map { [$0.domestic, $0.reference] }).count == 12)
        #expect(x.equivalenceClasses.map { $0.map(id) } == [["JJG(X) 1-2019", "JJG(X) 2-2019", "JJG(X) 3-2019"]])
        let x4 = x.documents[3]
        #expect(x.pairs.filter { $0.domestic == x4 || $0.reference == x4 }.allSatisfy { !$0.deviations.isEmpty })
        let y = try #require(survey.regional.first { $0.reference == nil })
        #expect(y.documents.map(id) == ["JJG(Y) 1-2019", "JJG(Y) 2-2019"])
        #expect(y.equivalenceClasses.map { $0.map(id) } == [["JJG(Y) 1-2019", "JJG(Y) 2-2019"]])
    }

    @Test("summary: IDT-or-MOD share of domestic documents, weighted consistency, unsupported declarations")
    func summary() {
        let s = survey.summary
        #expect(s.documents == [.international: 7, .domestic: 5, .regional: 7])
        // JJG 1 (IDT), 4 (MOD) and 5 (IDT) of JJG 1, 2, 4, 5 compared; JJG 9 has no reference in the catalogue.
        #expect(s.domesticCompared == 4)
        #expect(s.domesticIDTorMOD == 3)
        #expect(s.domesticIDTorMODShareTenths == 750)
        // Every reference states 3 requirements, so the weighted mean is the plain mean of the ten scores.
        let mean = survey.families.map(\.comparison.score.tenths).reduce(0, +)
        #expect(s.consistencyTenths == SurveySummary.rounded(mean, survey.families.count))
        #expect(s.unsupportedDeclarations == survey.families.filter { !$0.declarationSupported }.count)
        #expect(s.unsupportedDeclarations == 2)  // JJG 2 and JJG(X) 4 declare more than they show
        #expect(s.comparisons == 10 + 12 + 1)  // families, the X matrix (none a family), the Y pair's other way
    }

    @Test("the same catalogue in any order gives the same survey")
    func deterministic() throws {
        let again = try PlantedCatalogue.survey(reversed: true)
        #expect(again.families == survey.families)
        #expect(again.regional == survey.regional)
        #expect(again.gaps == survey.gaps)
    }
}

@Suite("Equivalence classes")
struct EquivalenceClassTests {
    @Test("a class is a clique: linked through a third member is not enough")
    func clique() {
        // 0 ~ 1 and 1 ~ 2 both ways, but 0 and 2 differ.
        let agreeing: Set<[Int]> = [[0, 1], [1, 0], [1, 2], [2, 1]]
        #expect(EquivalenceClasses.find(members: [0, 1, 2], agreeing: agreeing) == [[0, 1]])
        #expect(
            EquivalenceClasses.find(members: [0, 1, 2], agreeing: agreeing.union([[0, 2], [2, 0]])) == [[0, 1, 2]])
    }

    @Test("equivalence needs both ways; a member alone is no class")
    func bothWays() {
        #expect(EquivalenceClasses.find(members: [0, 1], agreeing: [[0, 1]]).isEmpty)
        #expect(EquivalenceClasses.find(members: [0, 1, 2], agreeing: [[0, 2], [2, 0]]) == [[0, 2]])
    }
}
