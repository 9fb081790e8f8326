import Foundation
import HarmoniaModel

/// What to compare in a catalogue, decided from the documents' metadata alone (no comparison yet).
///
/// Families are found as `track import` finds them (``ImportPlan``): each domestic or regional document
/// with every reference its `correspondence` names, else the nearest edition that supersedes it, else
/// another edition of the same designation. Regional documents are grouped by what they correspond to:
/// two regional documents that name the same reference (or one another) are in one group.
public struct SurveyPlan: Sendable {
    /// A comparison to make: `domestic` assessed against `reference` (indices into ``documents``).
    public struct Task: Hashable, Sendable {
        public var domestic: Int
        public var reference: Int
    }

    /// A family before its comparison.
    public struct FamilyTask: Hashable, Sendable {
        public var task: Task
        public var named: String
        public var note: String?
    }

    /// A regional group before its comparisons.
    public struct Group: Hashable, Sendable {
        public var references: [String]
        public var members: [Int]
    }

    public let documents: [SurveyDocument]
    public private(set) var families: [FamilyTask] = []
    public private(set) var groups: [Group] = []
    public private(set) var gaps = SurveyGaps()
    public private(set) var notes: [String] = []
    /// For each document index that a later edition in the catalogue supersedes, that edition's index.
    public private(set) var supersededBy: [Int: Int] = [:]

    /// Every comparison to make, families first, each once.
    public var tasks: [Task] {
        var seen = Set<Task>()
        var tasks: [Task] = []
        for task in families.map(\.task) + groups.flatMap(Self.orderedPairs) where seen.insert(task).inserted {
            tasks.append(task)
        }
        return tasks
    }

    /// `documents` in any order; the plan lists them by id, then path.
    public init(documents: [SurveyDocument]) {
        let documents = documents.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
        self.documents = documents
        let files = documents.map {
            ImportPlan.File(
                path: $0.path, id: $0.id, role: $0.role, references: $0.references, supersedes: $0.supersedes)
        }
        var index: [String: Int] = [:]
        for (number, document) in documents.enumerated() where index[document.path] == nil {
            index[document.path] = number
        }
        let plan = ImportPlan(files: files)
        // A regional document may be written against the national one: that is a family here, though
        // `track import` (whose histories follow international references) leaves it out.
        let resolver = ImportPlan.Resolver(files: files)
        var nationalReferences: [FamilyTask] = []
        for file in files where file.role == .regional {
            for ref in file.references {
                if case .named(let target) = resolver.resolve(ref, for: file), target.role == .domestic {
                    nationalReferences.append(
                        FamilyTask(
                            task: Task(domestic: index[file.path]!, reference: index[target.path]!), named: ref,
                            note: nil))
                }
            }
        }
        // Missing references are listed as gaps, not notes; the rest reads as the survey does it.
        notes = plan.notes.filter { note in
            !note.contains("which is not among the files")
                && !nationalReferences.contains {
                    note.hasPrefix(documents[$0.task.domestic].path + ":") && note.contains("a domestic document")
                }
        }.map { $0.replacingOccurrences(of: "; not imported", with: "; not compared") }
        families =
            (plan.tasks.map {
                FamilyTask(
                    task: Task(domestic: index[$0.domestic.path]!, reference: index[$0.international.path]!),
                    named: $0.named, note: $0.note)
            } + nationalReferences).sorted {
                (documents[$0.task.domestic].id, documents[$0.task.reference].id) < (
                    documents[$1.task.domestic].id, documents[$1.task.reference].id
                )
            }
        gaps.missingReferences = plan.unresolved.map {
            SurveyGaps.MissingReference(document: index[$0.file.path]!, ref: $0.ref)
        }
        var lineages = Lineages(documents: documents, index: index)
        supersededBy = lineages.currentEditions
        gaps.uncovered = lineages.uncovered(covered: Set(families.map(\.task.reference)))
        groups = Self.regionalGroups(documents: documents, resolver: resolver, index: index)
    }

    /// Every ordered pair of a group's members.
    static func orderedPairs(_ group: Group) -> [Task] {
        group.members.flatMap { a in group.members.filter { $0 != a }.map { Task(domestic: a, reference: $0) } }
    }

    /// Regional documents joined through the references they name (resolved as families are, else as named).
    private static func regionalGroups(documents: [SurveyDocument], resolver: ImportPlan.Resolver, index: [String: Int])
        -> [Group]
    {
        var sets = DisjointSets<String>()
        var shown: [String: String] = [:]
        var regional: [String: Int] = [:]
        for file in resolver.sorted where file.role == .regional && !file.references.isEmpty {
            let number = index[file.path]!
            let own = "#\(number)"
            regional[own] = number
            sets.add(own)
            for ref in file.references {
                let node: String
                switch resolver.resolve(ref, for: file) {
                case .named(let target), .successor(let target), .sameDesignation(let target):
                    let targetIndex = index[target.path]!
                    if target.role == .regional {
                        node = "#\(targetIndex)"
                        regional[node] = targetIndex
                    } else {
                        node = "@" + TextFolding.tokenKey(target.id)
                        shown[node] = target.id
                    }
                case .notFound:
                    node = "@" + TextFolding.tokenKey(ref)
                    shown[node] = shown[node] ?? ref
                }
                sets.union(own, node)
            }
        }
        var groups: [String: Group] = [:]
        for node in sets.elements {
            let root = sets.find(node)
            var group = groups[root] ?? Group(references: [], members: [])
            if let member = regional[node] {
                group.members.append(member)
            } else if let name = shown[node] {
                group.references.append(name)
            }
            groups[root] = group
        }
        return groups.values.filter { $0.members.count >= 2 }.map {
            Group(references: $0.references.sorted(), members: $0.members.sorted())
        }.sorted {
            ($0.references.first ?? "\u{10FFFF}", $0.members[0]) < ($1.references.first ?? "\u{10FFFF}", $1.members[0])
        }
    }
}
