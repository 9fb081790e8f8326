import Foundation
import HarmoniaModel

/// Which files `track import` compares: every domestic or regional document with the document its
/// `correspondence` names, found among the files given.
///
/// When the named edition is not among the files but an edition that supersedes it is (a regulation
/// written against OIML R 117:1995, with R 117-1:2007 in the folder), the nearest such successor is taken,
/// and the task says so; failing that, another edition of the same designation (`OIML R 76-1:1992` named,
/// `OIML R 76-1:2006` present). A document that declares no correspondence, or names nothing found, is
/// skipped with a note. Designations match after width folding, white-space collapsing and case folding.
public struct ImportPlan: Hashable, Sendable {
    /// What the planner needs to know of a file.
    public struct File: Hashable, Sendable {
        public var path: String
        public var id: String
        public var role: DocumentRole
        /// The designations its `correspondence` elements name, in document order.
        public var references: [String]
        public var supersedes: [String]

        public init(path: String, id: String, role: DocumentRole, references: [String], supersedes: [String]) {
            self.path = path
            self.id = id
            self.role = role
            self.references = references
            self.supersedes = supersedes
        }

        public init(path: String, document: Document) {
            self.init(
                path: path, id: document.id, role: document.role,
                references: document.correspondences.map(\.ref), supersedes: document.supersedes)
        }
    }

    /// One comparison to make.
    public struct Task: Hashable, Sendable {
        public var domestic: File
        public var international: File
        /// Why this reference was taken when it is not the one named.
        public var note: String?
        /// The designation the domestic document's `correspondence` names (`international.id`, or an
        /// edition it replaces).
        public var named: String = ""
    }

    /// The comparisons, by domestic path, then in the order the domestic document names its references.
    public var tasks: [Task] = []
    /// Documents skipped, and why.
    public var notes: [String] = []
    /// Every named reference that no file answers, in task order.
    public var unresolved: [Unresolved] = []

    /// A reference a document names that is not among the files, nor any edition of it.
    public struct Unresolved: Hashable, Sendable {
        public var file: File
        public var ref: String
    }

    public init(files: [File]) {
        let resolver = Resolver(files: files)
        notes = resolver.duplicateNotes
        var namingNothing: [File] = []
        for file in resolver.sorted where file.role != .international {
            if file.references.isEmpty {
                namingNothing.append(file)
                continue
            }
            for ref in file.references {
                switch resolver.resolve(ref, for: file) {
                case .named(let target) where target.role == .domestic:
                    notes.append(
                        "\(file.path): \(file.id) names \(ref), a domestic document (\(target.path)); only an international or regional document can be the reference; not imported"
                    )
                case .named(let target):
                    tasks.append(Task(domestic: file, international: target, note: nil, named: ref))
                case .successor(let successor):
                    tasks.append(
                        Task(
                            domestic: file, international: successor,
                            note:
                                "\(file.id) names \(ref), which is not among the files; compared with \(successor.id), which supersedes it",
                            named: ref))
                case .sameDesignation(let edition):
                    tasks.append(
                        Task(
                            domestic: file, international: edition,
                            note:
                                "\(file.id) names \(ref), which is not among the files; compared with \(edition.id), another edition of \(Designation.base(of: ref))",
                            named: ref))
                case .notFound:
                    unresolved.append(Unresolved(file: file, ref: ref))
                    notes.append("\(file.path): \(file.id) names \(ref), which is not among the files; not imported")
                }
            }
        }
        // A regional document that names nothing is still imported when another names it as its reference
        // (JJG(沪) 56-2016 for JJG(黑) 005-2017): a note saying "not imported" would be wrong there.
        let references = Set(tasks.map(\.international.path))
        for file in namingNothing where !references.contains(file.path) {
            notes.append("\(file.path): \(file.id) declares no correspondence, so names no reference; not imported")
        }
    }

    static func key(_ designation: String) -> String { TextFolding.tokenKey(designation) }
}

extension ImportPlan {
    /// What a named reference leads to among the files.
    public enum Resolution: Hashable, Sendable {
        /// The file that has the named id (of any role: the caller decides whether it may be a reference).
        case named(File)
        /// Not there, but the nearest edition that supersedes it (through `supersedes`) is.
        case successor(File)
        /// Neither, but another edition sharing its designation without the year is: the next later
        /// edition, else the latest one.
        case sameDesignation(File)
        case notFound
    }

    /// Finds the file a designation names, by id, by `supersedes` links, then by shared designation.
    public struct Resolver: Sendable {
        /// The files by path.
        public let sorted: [File]
        private var byID: [String: [File]] = [:]
        private var successors: [String: [File]] = [:]
        private var byBase: [String: [File]] = [:]

        public init(files: [File]) {
            sorted = files.sorted { $0.path < $1.path }
            for file in sorted {
                byID[ImportPlan.key(file.id), default: []].append(file)
                byBase[ImportPlan.key(Designation.base(of: file.id)), default: []].append(file)
                for ref in file.supersedes { successors[ImportPlan.key(ref), default: []].append(file) }
            }
        }

        /// One note for every id that more than one file has; the first by path is used.
        public var duplicateNotes: [String] {
            byID.sorted { $0.key < $1.key }.filter { $0.value.count > 1 }.map { key, files in
                "\(files.count) files have the id \(files[0].id) (\(key)); \(files[0].path) is used as the reference"
            }
        }

        /// What `ref`, named by `file`, leads to. Only international or regional files stand in for a
        /// missing edition; the file itself never does.
        public func resolve(_ ref: String, for file: File) -> Resolution {
            if let target = byID[ImportPlan.key(ref)]?.first(where: { $0.path != file.path }) { return .named(target) }
            if let successor = nearestSuccessor(of: ref, excluding: file.path) { return .successor(successor) }
            if let edition = sameDesignation(as: ref, excluding: file.path) { return .sameDesignation(edition) }
            return .notFound
        }

        /// The closest edition (fewest `supersedes` steps) that replaces `ref`, among possible references.
        private func nearestSuccessor(of ref: String, excluding path: String) -> File? {
            var frontier = [ImportPlan.key(ref)]
            var seen = Set(frontier)
            while !frontier.isEmpty {
                let next = frontier.flatMap { successors[$0] ?? [] }.filter {
                    seen.insert(ImportPlan.key($0.id)).inserted
                }
                if let found = next.first(where: { $0.role != .domestic && $0.path != path }) { return found }
                frontier = next.map { ImportPlan.key($0.id) }
            }
            return nil
        }

        /// Another edition of the designation `ref` names: the earliest one after the named year, else the latest.
        private func sameDesignation(as ref: String, excluding path: String) -> File? {
            let base = Designation.base(of: ref)
            // No year: nothing to tell editions apart by.
            guard base != ref.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
            let candidates = (byBase[ImportPlan.key(base)] ?? []).filter { $0.role != .domestic && $0.path != path }
            let year = Designation.year(in: ref) ?? ""
            let dated = candidates.map { (file: $0, year: Designation.year(in: $0.id) ?? "") }
                .sorted { ($0.year, $0.file.path) < ($1.year, $1.file.path) }
            return dated.first(where: { $0.year > year })?.file ?? dated.last?.file
        }
    }
}
