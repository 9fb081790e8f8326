import HarmoniaAlign
import HarmoniaModel
import HarmoniaSurvey
import HarmoniaText

/// Writes a ``Survey`` as JSON (`format: harmonia.survey`, version 1), keys in a fixed order, the same
/// survey always giving the same bytes. `docs/survey.md` describes every field.
public struct SurveyJSONWriter: Sendable {
    public init() {}

    public func bytes(_ survey: Survey) -> [UInt8] {
        var out = JSONBuilder(capacity: 4096 + survey.documents.count * 600)
        let documents = survey.documents
        out.open("{")
        out.field("format") { $0.string("harmonia.survey") }
        out.field("version") { $0.raw("1") }
        out.field("summary") { $0.surveySummary(survey) }
        out.field("documents") { out in
            out.open("[")
            for document in documents { out.element { $0.surveyDocument(document) } }
            out.close("]")
        }
        out.field("families") { out in
            out.open("[")
            for family in survey.families { out.element { $0.family(family, documents) } }
            out.close("]")
        }
        out.field("gaps") { out in
            out.open("[")
            for index in survey.gaps.uncovered { out.element { $0.string(documents[index].id) } }
            out.close("]")
        }
        out.field("missingReferences") { out in
            out.open("[")
            for missing in survey.gaps.missingReferences {
                out.element { out in
                    out.open("{")
                    out.field("document") { $0.string(documents[missing.document].id) }
                    out.field("reference") { $0.string(missing.ref) }
                    out.close("}")
                }
            }
            out.close("]")
        }
        out.field("regional") { out in
            out.open("[")
            for group in survey.regional { out.element { $0.regionalGroup(group, documents) } }
            out.close("]")
        }
        out.field("leftOut") { $0.stringList(survey.leftOut) }
        out.field("notes") { $0.stringList(survey.notes) }
        out.close("}")
        out.raw("\n")
        return out.finish()
    }
}

extension JSONBuilder {
    mutating func stringList(_ items: [String]) {
        open("[")
        for item in items { element { $0.string(item) } }
        close("]")
    }

    mutating func surveySummary(_ survey: Survey) {
        let summary = survey.summary
        open("{")
        field("documents") { out in
            out.inlineObject(DocumentRole.allCases.map { ($0.rawValue, String(summary.documents[$0, default: 0])) })
        }
        field("families") { $0.raw(String(survey.families.count)) }
        field("comparisons") { $0.raw(String(summary.comparisons)) }
        field("domesticCompared") { $0.raw(String(summary.domesticCompared)) }
        field("domesticIDTorMOD") { $0.raw(String(summary.domesticIDTorMOD)) }
        field("domesticIDTorMODShare") {
            $0.raw(summary.domesticIDTorMODShareTenths.map { Score.format(tenths: $0) } ?? "null")
        }
        field("consistency") { $0.raw(summary.consistencyTenths.map { Score.format(tenths: $0) } ?? "null") }
        field("declarations") { $0.raw(String(summary.declarations)) }
        field("unsupportedDeclarations") { $0.raw(String(summary.unsupportedDeclarations)) }
        field("gaps") { $0.raw(String(survey.gaps.uncovered.count)) }
        field("missingReferences") { $0.raw(String(survey.gaps.missingReferences.count)) }
        field("regionalGroups") { $0.raw(String(survey.regional.count)) }
        field("equivalenceClasses") { $0.raw(String(survey.regional.reduce(0) { $0 + $1.equivalenceClasses.count })) }
        field("leftOut") { $0.raw(String(survey.leftOut.count)) }
        close("}")
    }

    mutating func surveyDocument(_ document: SurveyDocument) {
        open("{")
        field("id") { $0.string(document.id) }
        field("role") { $0.string(document.role.rawValue) }
        field("path") { $0.string(document.path) }
        field("edition") { $0.optionalString(document.edition) }
        field("date") { $0.optionalString(document.date) }
        field("title") { $0.optionalString(document.title) }
        field("references") { $0.stringList(document.references) }
        field("supersedes") { $0.stringList(document.supersedes) }
        field("indicators") { $0.raw(String(document.indicators)) }
        close("}")
    }

    mutating func family(_ family: SurveyFamily, _ documents: [SurveyDocument]) {
        let comparison = family.comparison
        let domestic = documents[comparison.domestic]
        let reference = documents[comparison.reference]
        open("{")
        field("domestic") { $0.string(domestic.id) }
        field("role") { $0.string(domestic.role.rawValue) }
        field("international") { $0.string(reference.id) }
        field("named") { $0.string(family.named) }
        field("score") { $0.raw(comparison.score.text) }
        field("degree") { $0.string(comparison.degree.rawValue) }
        field("declaredDegree") { $0.optionalString(family.declaredDegree?.rawValue) }
        field("declarationSupported") { $0.bool(family.declarationSupported) }
        field("pairs") { $0.raw(String(comparison.counts.total)) }
        field("deviations") { $0.raw(String(comparison.deviations.count)) }
        field("unexplained") { $0.raw(String(comparison.unexplained)) }
        field("edition") { $0.optionalString(domestic.edition) }
        field("date") { $0.optionalString(domestic.date) }
        field("referenceEdition") { $0.optionalString(reference.edition) }
        field("referenceSupersededBy") { $0.optionalString(family.referenceSupersededBy) }
        field("note") { $0.optionalString(family.note) }
        field("declarationWarning") { $0.optionalString(comparison.declarationWarning) }
        field("unexplainedDeviations") { $0.deviations(comparison.deviations.filter { !$0.explained }) }
        close("}")
    }

    mutating func deviations(_ deviations: [SurveyDeviation]) {
        open("[")
        for deviation in deviations {
            element { out in
                out.inlineObject([
                    ("verdict", JSONString.quoted(deviation.verdict.rawValue)),
                    ("concept", JSONString.quoted(deviation.concept)),
                    ("domestic", deviation.domestic.map(JSONString.quoted) ?? "null"),
                    ("reference", deviation.reference.map(JSONString.quoted) ?? "null"),
                    ("explained", deviation.explained ? "true" : "false"),
                ])
            }
        }
        close("]")
    }

    mutating func regionalGroup(_ group: RegionalGroup, _ documents: [SurveyDocument]) {
        open("{")
        field("reference") { $0.optionalString(group.reference) }
        field("references") { $0.stringList(group.references) }
        field("documents") { $0.stringList(group.documents.map { documents[$0].id }) }
        field("equivalenceClasses") { out in
            out.open("[")
            for members in group.equivalenceClasses { out.element { $0.stringList(members.map { documents[$0].id }) } }
            out.close("]")
        }
        let classed = Set(group.equivalenceClasses.joined())
        field("unmatched") { $0.stringList(group.documents.filter { !classed.contains($0) }.map { documents[$0].id }) }
        field("pairs") { out in
            out.open("[")
            for pair in group.pairs {
                out.element { out in
                    out.open("{")
                    out.field("domestic") { $0.string(documents[pair.domestic].id) }
                    out.field("reference") { $0.string(documents[pair.reference].id) }
                    out.field("score") { $0.raw(pair.score.text) }
                    out.field("degree") { $0.string(pair.degree.rawValue) }
                    out.field("deviations") { $0.deviations(pair.deviations) }
                    out.close("}")
                }
            }
            out.close("]")
        }
        close("}")
    }
}
