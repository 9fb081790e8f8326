import ArgumentParser
import Foundation

/// Catches a misspelled command (`harmonia reprot`, `harmonia track fogret`) before ArgumentParser reads
/// it as a stray argument, and names the command the user most likely meant.
enum CommandSuggestion {
    // Read from the commands' own configurations, so a new subcommand is never reported as misspelled.
    static let commands = Harmonia.configuration.subcommands.map { $0._commandName } + ["help"]
    static let trackCommands = Track.configuration.subcommands.map { $0._commandName } + ["help"]

    /// The message for a misspelled command in `arguments` (without the program name), or `nil`.
    static func check(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        guard commands.contains(first) else { return message(first, among: commands, prefix: "harmonia") }
        if first == "track", arguments.count > 1, !arguments[1].hasPrefix("-"), !trackCommands.contains(arguments[1]) {
            return message(arguments[1], among: trackCommands, prefix: "harmonia track")
        }
        return nil
    }

    private static func message(_ word: String, among names: [String], prefix: String) -> String {
        let scored = names.filter { $0 != "help" }.map { ($0, distance(word.lowercased(), $0)) }
        let best = scored.min { $0.1 < $1.1 }
        var text = "error: '\(word)' is not a command of \(prefix)."
        if let best, best.1 <= max(2, best.0.count / 3) {
            text += " Did you mean '\(prefix) \(best.0)'?"
        } else {
            text += " Commands: " + names.filter { $0 != "help" }.joined(separator: ", ") + "."
        }
        return text + " See '\(prefix) --help'."
    }

    /// Optimal string alignment distance (Levenshtein with adjacent transpositions), by characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}

extension Harmonia {
    /// Suggests a command for a misspelled one (exit 64), then runs as ArgumentParser does.
    static func main() {
        if let message = CommandSuggestion.check(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(64)
        }
        main(nil)
    }
}
