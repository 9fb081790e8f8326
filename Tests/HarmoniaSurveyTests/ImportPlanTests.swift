import HarmoniaModel
import Testing

@testable import HarmoniaSurvey

@Suite("Which files track import compares")
struct ImportPlanTests {
    func file(_ path: String, _ id: String, _ role: DocumentRole, references: [String] = [], supersedes: [String] = [])
        -> ImportPlan.File
    {
        ImportPlan.File(path: path, id: id, role: role, references: references, supersedes: supersedes)
    }

    @Test("a domestic file pairs with the file its correspondence names")
    func correspondence() {
        let plan = ImportPlan(files: [
            file(
                "w/jjg-99-2022.xml", "JJG 99-2022", .domestic, references: ["OIML R 111-1:2004"],
                supersedes: ["JJG 99-2006"]),
            file("w/jjg-99-2006.xml", "JJG 99-2006", .domestic, references: ["OIML  r 111-1:2004"]),
            file("w/oiml.xml", "OIML R 111-1:2004", .international),
        ])
        #expect(
            plan.tasks.map { "\($0.domestic.id) > \($0.international.id)" } == [
                "JJG 99-2006 > OIML R 111-1:2004", "JJG 99-2022 > OIML R 111-1:2004",
            ])
        #expect(plan.tasks.allSatisfy { $0.note == nil })
        #expect(plan.notes.isEmpty)
    }

    @Test("a named edition that is missing gives way to the nearest edition that supersedes it")
    func successor() {
        let plan = ImportPlan(files: [
            file("f/jjg-443-2006.xml", "JJG 443-2006", .domestic, references: ["OIML R 117:1995"]),
            file("f/r117-2019.xml", "OIML R 117-1:2019", .international, supersedes: ["OIML R 117-1:2007"]),
            file("f/r117-2007.xml", "OIML R 117-1:2007", .international, supersedes: ["OIML R 117:1995"]),
        ])
        #expect(plan.tasks.count == 1)
        #expect(plan.tasks.first?.international.id == "OIML R 117-1:2007")
        #expect(plan.tasks.first?.note?.contains("supersedes") == true)
    }

    @Test(
        "regional files: a regional reference is fine; no correspondence (unless another names it), or an unknown one, is a note"
    )
    func regional() {
        let plan = ImportPlan(files: [
            file("r/hei.xml", "JJG(黑) 005-2017", .regional, references: ["JJG(沪) 56-2016"]),
            file("r/hu.xml", "JJG(沪) 56-2016", .regional),
            file("r/lone.xml", "JJG(苏) 9-2018", .regional),
            file("r/x.xml", "JJG(X) 1-2020", .regional, references: ["JJG 596-2012"]),
            file("r/596.xml", "JJG 596-2012", .domestic, references: ["OIML R 46-1:2012"]),
        ])
        #expect(plan.tasks.map { "\($0.domestic.id) > \($0.international.id)" } == ["JJG(黑) 005-2017 > JJG(沪) 56-2016"])
        #expect(plan.notes.count == 3)
        // JJG(沪) 56-2016 names nothing but is JJG(黑) 005-2017's reference: compared, so no note.
        #expect(!plan.notes.contains { $0.contains("r/hu.xml") })
        #expect(plan.notes.contains { $0.contains("r/lone.xml") && $0.contains("no correspondence") })
        #expect(plan.notes.contains { $0.contains("a domestic document") })
        #expect(plan.notes.contains { $0.contains("OIML R 46-1:2012") && $0.contains("not among the files") })
    }

    @Test(
        "a named edition that is missing, with no successor by supersedes, gives way to another edition of its designation"
    )
    func sameDesignation() {
        let plan = ImportPlan(files: [
            file(
                "n/jjg-539.xml", "JJG 539-2016", .domestic,
                references: ["OIML R 76-1:1992", "OIML R 76-2:1993", "OIML R 999"]),
            file("n/r76-2006.xml", "OIML R 76-1:2006", .international),
            file("n/r76-2010.xml", "OIML R 76-1:2010", .international),
            file("n/r76-2-1990.xml", "OIML R 76-2:1990", .international),
        ])
        // The next later edition; failing one, the latest earlier; a designation without a year has no editions.
        #expect(
            plan.tasks.map { "\($0.named) > \($0.international.id)" } == [
                "OIML R 76-1:1992 > OIML R 76-1:2006", "OIML R 76-2:1993 > OIML R 76-2:1990",
            ])
        #expect(plan.tasks.allSatisfy { $0.note?.contains("another edition of OIML R 76") == true })
        #expect(plan.unresolved.map(\.ref) == ["OIML R 999"])
    }
}
