import Foundation

/// Finds the column of a piece of text on a source line, since libxml2 gives elements a line but no column.
///
/// The file is read only when a message needs a column, and only once.
final class ColumnLocator: @unchecked Sendable {
    private let file: String
    private var lines: [Substring]?
    private let lock = NSLock()

    init(file: String) {
        self.file = file
    }

    /// The 1-based column (in characters) where `text` starts on `line` or the few lines after it, plus `offset`.
    func column(of text: String, near line: Int, offset: Int) -> Int? {
        let needle = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !needle.isEmpty, line > 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if lines == nil {
            let data = FileManager.default.contents(atPath: file) ?? Data()
            let content = String(decoding: data, as: UTF8.self)
            lines = content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        }
        guard let lines else { return nil }
        let firstLine = needle.split(whereSeparator: \.isNewline).first.map(String.init) ?? needle
        let first = line - 1
        let last = min(lines.count, line + 3)
        guard first < last else { return nil }
        for index in first..<last {
            if let range = lines[index].range(of: firstLine) {
                return lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1 + offset
            }
        }
        return nil
    }
}
