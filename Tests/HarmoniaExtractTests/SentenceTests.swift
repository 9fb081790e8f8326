import HarmoniaModel
import Testing

@testable import HarmoniaExtract

/// Requirement sentences: the name nearest before a connector is the subject, the quantity after it the value.
@Suite("requirement sentences")
struct SentenceTests {
    func read(_ text: String, lang: String = "zh", title: String? = nil) -> [DraftIndicator] {
        let context = ReadingContext(
            catalogue: .shipped, finder: ConceptFinder(catalogue: .shipped), lang: lang, file: "t")
        return SentenceReader(context: context)
            .read(SourceParagraph(pieces: [.text(text)], line: 1, place: "clause 1, paragraph 1"), clauseTitle: title)
            .indicators
    }

    @Test(
        "Chinese sentences",
        arguments: [
            ("检定周期一般不超过1年。", "检定周期", "≤ 1年"),
            ("检定周期可根据使用情况确定，一般不超过1年。", "检定周期", "≤ 1年"),
            ("最大允许误差见表1，重复性不超过0.2%。", "重复性", "≤ 0.2%"),
            ("最大允许误差为±0.5%。", "最大允许误差", "±0.5%"),
            ("仪器的预热时间不大于30 min。", "预热时间", "≤ 30 min"),
            ("检定周期一般为12个月。", "检定周期", "12月"),
            ("最大允许误差：±2 ℃", "最大允许误差", "±2 ℃"),
        ])
    func chinese(_ text: String, _ label: String, _ value: String) {
        let found = read(text)
        #expect(found.map(\.label) == [label])
        #expect(found.map(\.value) == [value])
    }

    @Test("a class before the subject is a qualifier")
    func classQualifier() {
        let found = read("0.5级仪表的最大允许误差为±0.5%。")
        #expect(found.first?.qualifiers == [Qualifier("class", "0.5")])
    }

    @Test("English sentences; the clause title names an unnamed subject")
    func english() {
        #expect(
            read("The maximum permissible error of the instrument shall not exceed 0.5 %.", lang: "en").map(\.value)
                == ["≤ 0.5 %"])
        #expect(read("The warm-up time shall be at least 30 min.", lang: "en").map(\.value) == ["≥ 30 min"])
        let creep = read("The difference between the readings shall not exceed 2 mg.", lang: "en", title: "Creep")
        #expect(creep.map(\.label) == ["Creep"])
        #expect(
            read("The difference between the readings shall not exceed 2 mg.", lang: "en", title: "Marking").isEmpty)
    }

    @Test("no value is made up: multiples, words, and sentences without a known subject")
    func nothingInvented() {
        #expect(read("The difference shall not exceed 0.7 times the MPE.", lang: "en", title: "Creep").isEmpty)
        #expect(read("Records shall be kept for 5 years.", lang: "en").isEmpty)
        #expect(read("检定周期根据使用情况确定。").isEmpty)
    }
}
