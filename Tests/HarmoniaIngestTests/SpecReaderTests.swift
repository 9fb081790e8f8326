import HarmoniaIngest
import HarmoniaModel
import Testing

@Suite("Reading the specification format")
struct SpecReaderTests {
    @Test("tables expand into cells with the documented ids, qualifiers and values")
    func tableExpansion() throws {
        let document = try load(
            spec(
                """
                  <section num="5.1"><table id="mpe" concept="mpe" rows="nominal" cols="class" unit="mg" form="±">
                    <where stage="initial"/>
                    <head>E1 E2 F1 F2 M1</head>
                    <row key="1 kg">0.5 1.6 5 16 50</row>
                    <row key="1 mg">0.003 0.006 0.020 0.06 -</row>
                    <row key="5 000 kg"><c>25 000</c><c>—</c><c>1</c><c>2</c><c>3</c></row>
                  </table></section>
                """))
        #expect(document.indicators.count == 13)
        let cell = try #require(document.indicators.first { $0.id == "mpe[1 kg][E2]" })
        #expect(cell.value.written == "±1.6 mg")
        #expect(cell.qualifiers.map(\.name) == ["stage", "nominal", "class"])
        #expect(cell.qualifiers.map(\.written) == ["initial", "1 kg", "E2"])
        #expect(cell.clause == "5.1")
        #expect(cell.conceptID == "mpe")
        #expect(!document.indicators.contains { $0.id == "mpe[1 mg][M1]" })
        let grouped = try #require(document.indicators.first { $0.id == "mpe[5 000 kg][E1]" })
        #expect(
            grouped.value.expression.canonical
                == (try QuantityExpressionParser.parse("±25 g").expression.canonical))
    }

    @Test("a cell with its own unit takes the form; other expressions stand as written")
    func cellForms() throws {
        let document = try load(
            spec(
                """
                  <section num="3"><table id="t" concept="mpe" rows="load" cols="class" form="±">
                    <head>III</head><row key="a"><c>0.5 e</c></row><row key="b"><c>≤ 2 e</c></row>
                  </table></section>
                """))
        #expect(document.indicators.map(\.value.written) == ["±0.5 e", "≤ 2 e"])
    }

    @Test("a range or bound of bare numbers takes the table's unit")
    func cellRangesTakeTheUnit() throws {
        let document = try load(
            spec(
                """
                  <section num="10"><table id="density" concept="density-range" rows="nominal" cols="class" unit="g/cm³">
                    <head>E1 F1</head><row key="1 g"><c>6.9 .. 9.6</c><c>≥ 3.0</c></row>
                  </table></section>
                """))
        #expect(document.indicators.map(\.value.written) == ["6.9 .. 9.6 g/cm³", "≥ 3.0 g/cm³"])
        #expect(
            document.indicators[1].value.expression.canonical
                == (try QuantityExpressionParser.parse("≥ 3000 kg/m³").expression.canonical))
    }

    @Test("a concept attribute holding a catalogue name resolves like a label")
    func conceptAttributeByName() throws {
        let document = try load(
            spec(
                """
                  <section num="1"><indicator id="x" concept="最大允许误差"><value>±1 mg</value></indicator></section>
                """))
        #expect(document.indicators.first?.conceptID == "mpe")
    }

    @Test("indicators without id get SECTION/CONCEPT/N, stable across reads")
    func generatedIDs() throws {
        let text = spec(
            """
              <section num="5.4">
                <indicator concept="magnetic-susceptibility"><where class="E1"/><value>≤ 0.01</value></indicator>
                <indicator concept="magnetic-susceptibility"><where class="E2"/><value>≤ 0.03</value></indicator>
                <indicator concept="mpe"><value>±1 mg</value></indicator>
              </section>
            """)
        let ids = try load(text).indicators.map(\.id)
        #expect(ids == ["5.4/magnetic-susceptibility/1", "5.4/magnetic-susceptibility/2", "5.4/mpe/1"])
        #expect(try load(text).indicators.map(\.id) == ids)
    }

    @Test("labels resolve in Chinese, English and French; unknown labels stay concepts of their own")
    func labels() throws {
        let document = try load(
            spec(
                """
                  <section num="1">
                    <indicator id="zh"><label lang="zh">最大允许误差</label><value>±1 mg</value></indicator>
                    <indicator id="en"><label lang="en">Maximum  Permissible-Error</label><value>±1 mg</value></indicator>
                    <indicator id="fr"><label lang="fr">erreur maximale tolérée</label><value>±1 mg</value></indicator>
                    <indicator id="width"><label lang="zh">检定周期</label><value>≤ 1 a</value></indicator>
                    <indicator id="unknown"><label lang="zh">奇怪指标</label><label lang="en">Odd Thing</label><value>5</value></indicator>
                  </section>
                """))
        let concepts = Dictionary(uniqueKeysWithValues: document.indicators.map { ($0.id, $0.conceptID) })
        #expect(concepts["zh"] == "mpe")
        #expect(concepts["en"] == "mpe")
        #expect(concepts["fr"] == "mpe")
        #expect(concepts["width"] == "verification-interval")
        #expect(concepts["unknown"] == TextFolding.labelKey("Odd Thing"))
    }

    @Test("meta: titles, edition, date, supersedes and declared correspondence")
    func meta() throws {
        let document = try load(
            spec(
                "<section num=\"1\"/>", id: "JJG 99-2022",
                meta: """
                      <edition>2022</edition><date>2022-12-07</date><supersedes ref="JJG 99-2006"/>
                      <correspondence ref="OIML R 111-1:2004" degree="MOD"/>
                    """))
        #expect(document.edition == "2022")
        #expect(document.date == "2022-12-07")
        #expect(document.supersedes == ["JJG 99-2006"])
        #expect(document.declaredDegree(towards: "OIML R 111-1:2004") == .MOD)
        #expect(document.declaredDegree(towards: "OIML R 76-1:2006") == nil)
        #expect(document.declaredDegree(towards: "oiml  r 111-1：2004") == .MOD)
    }

    @Test("D-SI values: si:real with 2.x and 1.x uncertainty, and si:constant")
    func dsiValues() throws {
        let document = try load(
            spec(
                """
                  <section num="1">
                    <indicator id="a" concept="mpe"><value><si:real><si:value>1.6</si:value><si:unit>\\milli\\gram</si:unit>
                      <si:measurementUncertaintyUnivariate><si:expandedMU><si:valueExpandedMU>0.2</si:valueExpandedMU>
                      <si:coverageFactor>2</si:coverageFactor><si:coverageProbability>0.95</si:coverageProbability></si:expandedMU>
                      </si:measurementUncertaintyUnivariate></si:real></value></indicator>
                    <indicator id="b" concept="mpe"><value><si:real><si:value>0.0016</si:value><si:unit>\\gram</si:unit>
                      <si:expandedUnc><si:uncertainty>0.0002</si:uncertainty><si:coverageFactor>2</si:coverageFactor>
                      <si:coverageProbability>0.95</si:coverageProbability></si:expandedUnc></si:real></value></indicator>
                    <indicator id="c" concept="reference-temperature"><value><si:constant><si:value>20</si:value><si:unit>\\degreecelsius</si:unit></si:constant></value></indicator>
                  </section>
                """))
        let a = document.indicators[0]
        let b = document.indicators[1]
        #expect(a.value.expression.canonical == b.value.expression.canonical)
        #expect(a.uncertainty?.coverageFactor == "2")
        #expect(b.uncertainty?.coverageProbability == "0.95")
        #expect(a.uncertainty?.value.expression.canonical == b.uncertainty?.value.expression.canonical)
        #expect(
            document.indicators[2].value.expression.canonical
                == (try QuantityExpressionParser.parse("293.15 K").expression.canonical))
    }
}

/// The README's choice on duplicate ids: compared code point for code point, as XML compares names.
@Suite("Duplicate ids, code point for code point")
struct DuplicateIDTests {
    @Test("the same id twice is an error at the second")
    func same() {
        let result = read(twoIndicators("\u{E9}", "\u{E9}"))
        #expect(result.document == nil)
        // The reader checks ids itself (the schema it validates with leaves out `xs:unique`).
        #expect(
            result.errors.contains { $0.message.lowercased().contains("duplicate") && $0.message.contains("\u{E9}") })
    }

    @Test("precomposed and decomposed é are two ids")
    func canonicallyEquivalent() {
        let result = read(twoIndicators("\u{E9}", "e\u{301}"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.document?.indicators.count == 2)
    }
}
