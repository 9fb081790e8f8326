import ArgumentParser

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the submission pack: HTML and Markdown reports, annex tables, pairs and a comment sheet.")

    func run() throws {
        throw ValidationError("report is not built yet")
    }
}
