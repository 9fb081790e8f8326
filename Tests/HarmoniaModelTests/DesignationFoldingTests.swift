import Foundation
import HarmoniaModel
import Testing

@Suite("designation folding and the qualifier vocabulary")
struct DesignationFoldingTests {
    @Test(
        "spellings of one designation fold alike",
        arguments: [
            ("Ⅲ", "III"), ("ⅲ", "iii"), ("E₂", "E2"), ("E²", "E2"), ("Ｅ２", "E2"), ("0.5级", "0.5"), ("Class II", "II"),
            ("class  II", "II"), ("等级Ⅲ", "III"), ("1", "1.0"), ("0.50", "0.5"), ("M1–2", "M1-2"), ("二等", "二"),
            ("准确度等级 0.2S", "0.2S"),
        ])
    func foldsAlike(_ pair: (String, String)) {
        #expect(DesignationFolding.fold(pair.0) == DesignationFolding.fold(pair.1))
    }

    @Test(
        "different designations stay apart",
        arguments: [
            ("0.2S", "0.2"), ("M12", "M1-2"), ("E1", "E2"), ("1", "B"), ("IIII", "IV"), ("0.5", "5"),
        ])
    func staysApart(_ pair: (String, String)) {
        #expect(DesignationFolding.fold(pair.0) != DesignationFolding.fold(pair.1))
    }

    @Test("the shipped vocabulary names qualifiers and values across languages")
    func vocabulary() {
        let vocabulary = ConceptCatalogue.shipped.vocabulary
        #expect(vocabulary.canonicalName("等级") == "class")
        #expect(vocabulary.canonicalName("Accuracy class") == "class")
        #expect(vocabulary.canonicalName("检定类别") == "stage")
        #expect(vocabulary.canonicalName("标称值") == "nominal")
        #expect(vocabulary.canonicalName("Colour") == "colour")
        #expect(vocabulary.canonicalValue("使用中检查", name: "stage") == "in-service")
        #expect(vocabulary.canonicalValue("in service", name: "stage") == "in-service")
        #expect(vocabulary.canonicalValue("首次检定", name: "stage") == "initial")
        #expect(vocabulary.canonicalValue("型式评价", name: "stage") == "type-evaluation")
        #expect(vocabulary.canonicalValue("检定条件", name: "condition") == "verification")
        #expect(vocabulary.canonicalValue(containedIn: "检定条件和检定设备", name: "condition") == "verification")
        #expect(
            vocabulary.canonicalValue(
                containedIn: "Rated operating conditions for climatic influences", name: "condition") == "rated")
        #expect(vocabulary.canonicalValue(containedIn: "Marking", name: "condition") == nil)
        #expect(vocabulary.isDesignation("class"))
        #expect(!vocabulary.isDesignation("nominal"))
        #expect(vocabulary.families(for: "OIML R 111-1:2004").contains { $0.family.hasPrefix("OIML R 111") })
        #expect(vocabulary.families(for: "OIML R 46-1:2012").allSatisfy { !$0.family.hasPrefix("OIML R 111") })
    }

    @Test("a user file adds qualifier terms and designation families; on equal names the user's wins")
    func userVocabulary() throws {
        let json = """
            {"format": "harmonia.concepts", "version": 1,
             "qualifiers": [{"name": "stage", "names": {"de": ["Eichung"]}, "values": [{"value": "initial", "names": {"de": ["Ersteichung"]}}]}],
             "designations": [{"family": "R 999", "documents": ["OIML R 999"], "equivalent": [["X1", "X-1"]]}]}
            """
        let merged = ConceptCatalogue.shipped.merging(try ConceptCatalogue(data: Data(json.utf8), name: "mine.json"))
        #expect(merged.vocabulary.canonicalName("Eichung") == "stage")
        #expect(merged.vocabulary.canonicalValue("Ersteichung", name: "stage") == "initial")
        #expect(merged.vocabulary.canonicalValue("首次检定", name: "stage") == nil)
        #expect(merged.vocabulary.families(for: "OIML R 999:2020").count == 1)
        #expect(merged.concepts.count == ConceptCatalogue.shipped.concepts.count)
    }

    @Test("a family without documents is refused, naming the file")
    func badFamily() {
        let json =
            #"{"format": "harmonia.concepts", "version": 1, "designations": [{"family": "x", "documents": [], "equivalent": []}]}"#
        #expect(throws: CatalogueError.self) { try ConceptCatalogue(data: Data(json.utf8), name: "bad.json") }
    }
}
