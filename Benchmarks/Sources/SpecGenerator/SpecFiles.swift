import Foundation

/// Generated files in a temporary directory, written once and reused.
///
/// package-benchmark runs every benchmark in a process of its own, each with its own setup; without
/// the cache a 50 MB file would be generated again for every benchmark that reads it. The file name
/// holds everything the content depends on (generator version, seed, role, size, edit rate), and a
/// file is written under a temporary name and renamed, so a reader never sees half a file.
public enum SpecFiles {
    /// `$HARMONIA_BENCH_DIR`, or `harmonia-bench` in the system's temporary directory.
    public static var directory: String {
        if let custom = ProcessInfo.processInfo.environment["HARMONIA_BENCH_DIR"], !custom.isEmpty {
            return custom
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("harmonia-bench").path
    }

    /// The path of the file `generator` writes, generating it first when it is not there yet.
    public static func file(for generator: SpecGenerator) throws -> String {
        let directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let size =
            switch generator.size {
            case .indicators(let count): "n\(count)"
            case .bytes(let bytes): "b\(bytes)"
            }
        let rate = Int((generator.changeRate * 10_000).rounded())
        let name = "spec-v\(SpecGenerator.version)-s\(generator.seed)-\(generator.role.rawValue)-\(size)-r\(rate).xml"
        let path = directory + "/" + name
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let bytes = attributes[.size] as? Int, bytes > 0
        {
            return path
        }
        let partial = path + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        try generator.write(toFile: partial)
        if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }

    /// A domestic and an international document with `indicators` indicators each, from `seed`.
    public static func pair(indicators: Int, seed: UInt64 = 1, changeRate: Double = 0.05) throws
        -> (domestic: String, international: String)
    {
        let domestic = SpecGenerator(seed: seed, role: .domestic, size: .indicators(indicators), changeRate: changeRate)
        let international = SpecGenerator(seed: seed, role: .international, size: .indicators(indicators))
        return (try file(for: domestic), try file(for: international))
    }
}
