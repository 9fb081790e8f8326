import HarmoniaAlign
import HarmoniaModel
import Synchronization

/// Runs a survey: every comparison of a ``SurveyPlan``, spread over the cores, then the families,
/// regional matrices, equivalence classes and summary.
public struct SurveyRunner: Sendable {
    public var comparator: Comparator

    public init(comparator: Comparator = Comparator()) {
        self.comparator = comparator
    }

    /// Surveys `documents` (the plan's, in its order). `progress` is called from any thread after each
    /// comparison with how many are done and how many there are. With `keep`, every full comparison is
    /// handed back too, in ``SurveyPlan/tasks`` order, for a caller that records them.
    public func run(
        _ plan: SurveyPlan, documents: [Document], keep: Bool = false,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> (survey: Survey, comparisons: [Comparison]) {
        precondition(documents.count == plan.documents.count, "one Document per planned document")
        let tasks = plan.tasks
        let comparator = comparator
        let done = Atomic<Int>(0)
        let results = Parallel.map(tasks) { task -> (ComparisonDigest, Comparison?) in
            let comparison = comparator.compare(documents[task.domestic], documents[task.reference])
            progress(done.add(1, ordering: .relaxed).newValue, tasks.count)
            return (
                ComparisonDigest(domestic: task.domestic, reference: task.reference, comparison: comparison),
                keep ? comparison : nil
            )
        }
        var digests: [SurveyPlan.Task: ComparisonDigest] = [:]
        for (task, result) in zip(tasks, results) { digests[task] = result.0 }

        let families = plan.families.map { family in
            SurveyFamily(
                comparison: digests[family.task]!, named: family.named,
                declaredDegree: documents[family.task.domestic].declaredDegree(towards: family.named),
                note: family.note,
                referenceSupersededBy: plan.supersededBy[family.task.reference].map { plan.documents[$0].id })
        }
        let regional = plan.groups.map { group in
            let pairs = SurveyPlan.orderedPairs(group).map { digests[$0]! }
            return RegionalGroup(
                references: group.references, documents: group.members, pairs: pairs,
                equivalenceClasses: EquivalenceClasses.find(members: group.members, pairs: pairs))
        }
        var survey = Survey(
            documents: plan.documents, families: families, gaps: plan.gaps, regional: regional,
            summary: SurveySummary(), notes: plan.notes)
        survey.summary = SurveySummary(survey, comparisons: tasks.count)
        return (survey, keep ? results.map { $0.1! } : [])
    }
}
