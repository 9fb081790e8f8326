import ArgumentParser

struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record comparisons over editions and dates, and show convergence over time.")

    func run() throws {
        throw ValidationError("track is not built yet")
    }
}
