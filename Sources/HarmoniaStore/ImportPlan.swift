import HarmoniaModel

/// Which files `track import` compares: every domestic or regional document with the document its
/// `correspondence` names, found among the files given.
///
/// When the named edition is not among the files but an edition that supersedes it is (a regulation
/// written against OIML R 117:1995, with R 117-1:2007 in the folder), the nearest such successor is taken,
/// and the task says so. A document that declares no correspondence, or names nothing found, is skipped
/// with a note. Designations match after width folding, white-space collapsing and case folding.
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
            self.init(path: path, id: document.id, role: document.role,
                      references: document.correspondences.map(\.ref), supersedes: document.supersedes)
        }
    }

    /// One comparison to make.
    public struct Task: Hashable, Sendable {
        public var domestic: File
        public var international: File
        /// Why this reference was taken when it is not the one named.
        public var note: String?
    }

    /// The comparisons, by domestic path, then in the order the domestic document names its references.
    public var tasks: [Task] = []
    /// Documents skipped, and why.
    public var notes: [String] = []

    public init(files: [File]) {
        let sorted = files.sorted { $0.path < $1.path }
        var byID: [String: [File]] = [:]
        var successors: [String: [File]] = [:]
        for file in sorted {
            byID[Self.key(file.id), default: []].append(file)
            for ref in file.supersedes { successors[Self.key(ref), default: []].append(file) }
        }
        for (key, files) in byID.sorted(by: { $0.key < $1.key }) where files.count > 1 {
            notes.append("\(files.count) files have the id \(files[0].id) (\(key)); \(files[0].path) is used as the reference")
        }
        for file in sorted where file.role != .international {
            if file.references.isEmpty {
                notes.append("\(file.path): \(file.id) declares no correspondence, so names no reference; not imported")
                continue
            }
            for ref in file.references {
                if let target = byID[Self.key(ref)]?.first(where: { $0.path != file.path }) {
                    if target.role == .domestic {
                        notes.append("\(file.path): \(file.id) names \(ref), a domestic document (\(target.path)); only an international or regional document can be the reference; not imported")
                    } else {
                        tasks.append(Task(domestic: file, international: target, note: nil))
                    }
                } else if let successor = Self.nearestSuccessor(of: ref, in: successors, excluding: file.path) {
                    tasks.append(Task(domestic: file, international: successor,
                                      note: "\(file.id) names \(ref), which is not among the files; compared with \(successor.id), which supersedes it"))
                } else {
                    notes.append("\(file.path): \(file.id) names \(ref), which is not among the files; not imported")
                }
            }
        }
    }

    /// The closest edition (fewest `supersedes` steps) that replaces `ref`, among possible references.
    private static func nearestSuccessor(of ref: String, in successors: [String: [File]], excluding path: String) -> File? {
        var frontier = [key(ref)]
        var seen = Set(frontier)
        while !frontier.isEmpty {
            let next = frontier.flatMap { successors[$0] ?? [] }.filter { seen.insert(key($0.id)).inserted }
            if let found = next.first(where: { $0.role != .domestic && $0.path != path }) { return found }
            frontier = next.map { key($0.id) }
        }
        return nil
    }

    static func key(_ designation: String) -> String { TextFolding.tokenKey(designation) }
}
