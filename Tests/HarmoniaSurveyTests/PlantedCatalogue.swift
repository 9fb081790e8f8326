import Foundation
import HarmoniaIngest
import HarmoniaModel

@testable import HarmoniaSurvey

/// A small catalogue with known families, gaps and equivalence classes, written as specification files
/// and read back as the survey reads them.
///
/// - `OIML R 1-1:2012` ← JJG 1-2020 (identical, declared IDT) and regional X1, X2, X3 (one class: X3 writes
///   the same requirements in other units), X4 (a looser period: alone).
/// - `OIML R 2-1:2012` ← JJG 2-2020, declared IDT but with an unexplained deviation (not supported).
/// - `OIML R 3-1:2012`: nothing corresponds: a gap.
/// - `OIML R 4-1:2012` supersedes `OIML R 4-1:1995`, which JJG 4-2020 names and is not in the catalogue.
/// - `OIML R 5-1:2008` ← JJG 5-2020, which names `OIML R 5-1:2000` (not there: same designation).
/// - `OIML R 6-1:2010` and `OIML R 6-1:2020` (supersedes it): nothing corresponds: one gap, the 2020 edition.
/// - JJG 9-2020 names `OIML R 99-1:2001`, which is not in the catalogue.
/// - JJG(Y) 1-2019 names JJG(Y) 2-2019 (regional to regional); they are equivalent.
/// - JJG(Z) 1-2019 names the national JJG 1-2020: a family, though no regional group (one member).
enum PlantedCatalogue {
    struct Entry {
        var file: String
        var xml: String
    }

    static let period = "≤ 1 a"

    static func spec(
        _ id: String, role: String, references: [(String, String?)] = [], supersedes: [String] = [],
        mpe: String = "0.5", period: String = period, warmUp: String? = "≤ 30 min", justified: Bool = false
    ) -> String {
        var meta = "<title lang=\"en\">\(id)</title><edition>\(id.suffix(4))</edition>"
        meta += supersedes.map { "<supersedes ref=\"\($0)\"/>" }.joined()
        meta += references.map { ref, degree in
            "<correspondence ref=\"\(ref)\"" + (degree.map { " degree=\"\($0)\"" } ?? "") + "/>"
        }.joined()
        let justification = justified ? "<justification lang=\"zh\">从严。</justification>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <spec xmlns="urn:harmonia:spec:1" id="\(id)" role="\(role)" lang="en"><meta>\(meta)</meta>
            <section num="5">
            <indicator id="mpe" concept="mpe"><value>± \(mpe) %</value>\(justification)</indicator>
            <indicator id="period" concept="verification-interval"><value>\(period)</value></indicator>
            \(warmUp.map { "<indicator id=\"warm-up\" concept=\"warm-up-time\"><value>\($0)</value></indicator>" } ?? "")
            </section></spec>
            """
    }

    static let entries: [Entry] = [
        Entry(file: "int/r1.xml", xml: spec("OIML R 1-1:2012", role: "international")),
        Entry(file: "int/r2.xml", xml: spec("OIML R 2-1:2012", role: "international")),
        Entry(file: "int/r3.xml", xml: spec("OIML R 3-1:2012", role: "international")),
        Entry(file: "int/r4.xml", xml: spec("OIML R 4-1:2012", role: "international", supersedes: ["OIML R 4-1:1995"])),
        Entry(file: "int/r5.xml", xml: spec("OIML R 5-1:2008", role: "international")),
        Entry(file: "int/r6-2010.xml", xml: spec("OIML R 6-1:2010", role: "international")),
        Entry(
            file: "int/r6-2020.xml",
            xml: spec("OIML R 6-1:2020", role: "international", supersedes: ["OIML R 6-1:2010"])),
        Entry(file: "jjg/1.xml", xml: spec("JJG 1-2020", role: "domestic", references: [("OIML R 1-1:2012", "IDT")])),
        Entry(
            file: "jjg/2.xml",
            xml: spec("JJG 2-2020", role: "domestic", references: [("OIML R 2-1:2012", "IDT")], mpe: "0.8")),
        Entry(
            file: "jjg/4.xml",
            xml: spec(
                "JJG 4-2020", role: "domestic", references: [("OIML R 4-1:1995", "MOD")],
                mpe: "0.4", justified: true)),
        Entry(file: "jjg/5.xml", xml: spec("JJG 5-2020", role: "domestic", references: [("OIML R 5-1:2000", nil)])),
        Entry(file: "jjg/9.xml", xml: spec("JJG 9-2020", role: "domestic", references: [("OIML R 99-1:2001", "MOD")])),
        Entry(
            file: "reg/x1.xml",
            xml: spec(
                "JJG(X) 1-2019", role: "regional", references: [("OIML R 1-1:2012", "MOD")], mpe: "0.4", justified: true
            )),
        Entry(
            file: "reg/x2.xml",
            xml: spec(
                "JJG(X) 2-2019", role: "regional", references: [("OIML R 1-1:2012", "MOD")], mpe: "0.4", justified: true
            )),
        Entry(
            file: "reg/x3.xml",
            xml: spec(
                "JJG(X) 3-2019", role: "regional", references: [("OIML R 1-1:2012", "MOD")], mpe: "0.40",
                period: "≤ 12 月", warmUp: "≤ 0.5 h", justified: true)),
        Entry(
            file: "reg/x4.xml",
            xml: spec("JJG(X) 4-2019", role: "regional", references: [("OIML R 1-1:2012", "MOD")], period: "≤ 2 a")),
        Entry(file: "reg/y1.xml", xml: spec("JJG(Y) 1-2019", role: "regional", references: [("JJG(Y) 2-2019", "IDT")])),
        Entry(file: "reg/y2.xml", xml: spec("JJG(Y) 2-2019", role: "regional")),
        Entry(file: "reg/z1.xml", xml: spec("JJG(Z) 1-2019", role: "regional", references: [("JJG 1-2020", "IDT")])),
    ]

    /// Writes the catalogue into a new temporary folder and returns the folder.
    static func write() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-survey-\(UUID().uuidString)")
        for entry in entries {
            let url = root.appendingPathComponent(entry.file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(entry.xml.utf8).write(to: url)
        }
        return root
    }

    /// The catalogue read and surveyed; `reversed` hands the documents over in the opposite order.
    static func survey(reversed: Bool = false) throws -> Survey {
        let reader = SpecReader()
        var documents: [String: Document] = [:]
        for entry in entries {
            let result = reader.read(bytes: Array(entry.xml.utf8), name: entry.file)
            guard let document = result.document, result.errors.isEmpty else {
                throw SurveyTestError(description: "\(entry.file): \(result.errors.map(\.description))")
            }
            documents[entry.file] = document
        }
        let plan = SurveyPlan(
            documents: (reversed ? entries.reversed() : entries).map {
                SurveyDocument(path: $0.file, document: documents[$0.file]!)
            })
        return SurveyRunner().run(plan, documents: plan.documents.map { documents[$0.path]! }).survey
    }
}

struct SurveyTestError: Error, CustomStringConvertible { var description: String }
