import Foundation

/// Where the history database lives: `--db`, else `$HARMONIA_DB`, else
/// `$XDG_DATA_HOME/harmonia/history.sqlite`, else `~/.local/share/harmonia/history.sqlite`.
public struct DatabaseLocation: Hashable, Sendable {
    /// The path of the database file.
    public var path: String
    /// Where the path came from, for messages (`--db`, `HARMONIA_DB`, `XDG_DATA_HOME`, `default`).
    public var source: Source

    /// What decided the location.
    public enum Source: String, Hashable, Sendable {
        case option = "--db"
        case environment = "HARMONIA_DB"
        case xdgDataHome = "XDG_DATA_HOME"
        case home = "default"
    }

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// Resolves the location from the option and the environment.
    ///
    /// Empty variables count as unset, and a relative `XDG_DATA_HOME` is ignored, as the XDG Base
    /// Directory specification says; `HARMONIA_DB` and `--db` may be relative (to the working folder).
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String = NSHomeDirectory()
    ) -> DatabaseLocation {
        if let option, !option.isEmpty {
            return DatabaseLocation(path: option, source: .option)
        }
        if let path = environment["HARMONIA_DB"], !path.isEmpty {
            return DatabaseLocation(path: path, source: .environment)
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return DatabaseLocation(path: join(data, "harmonia/history.sqlite"), source: .xdgDataHome)
        }
        let base = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
        return DatabaseLocation(path: join(base, ".local/share/harmonia/history.sqlite"), source: .home)
    }

    /// Creates the folders that hold the database, if they are missing.
    public func createFolders() throws(StoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw StoreError(.cannotOpen, path: path, message: "\(folder) is not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                .cannotOpen, path: path, message: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }

    private static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }
}
