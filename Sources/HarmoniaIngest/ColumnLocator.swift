import Foundation
import Synchronization

/// Finds the column of a piece of text on a source line, since libxml2 gives elements a line but no column.
///
/// The file is read only when a message needs a column, and only once. Lines end at LF (so also at CRLF),
/// which is how libxml2 numbers them: a lone CR does not start a line there, so it does not here. Work is
/// bounded whatever the input: only the head of the text is searched for, and line starts are found only as
/// far as the lines asked for.
final class ColumnLocator: @unchecked Sendable {
    /// The head of the text that is searched for: enough to place it, cheap for a megabyte-long value.
    static let needleLimit = 256

    private let file: String
    private var bytes: Data?
    /// Byte offsets of the line starts found so far; `scanned` is where finding stopped.
    private var lineStarts: [Int] = [0]
    private var scanned = 0
    /// Guards `bytes`, `lineStarts` and `scanned`.
    private let lock = Mutex(())

    init(file: String) {
        self.file = file
    }

    /// The 1-based column (in characters) where `text` starts on `line` or the few lines after it, plus `offset`.
    func column(of text: String, near line: Int, offset: Int) -> Int? {
        let head = text.drop(while: \.isWhitespace).prefix(Self.needleLimit).prefix(while: { !$0.isNewline })
        var needle = String(head)
        while let last = needle.last, last.isWhitespace { needle.removeLast() }
        guard !needle.isEmpty, line > 0 else { return nil }
        return lock.withLock { _ in locate(needle, near: line, offset: offset) }
    }

    /// ``column(of:near:offset:)`` once the needle is known; runs under `lock`.
    private func locate(_ needle: String, near line: Int, offset: Int) -> Int? {
        if bytes == nil { bytes = FileManager.default.contents(atPath: file) ?? Data() }
        guard let bytes else { return nil }
        findLineStarts(through: line + 3, in: bytes)
        let first = line - 1
        let last = min(lineStarts.count, line + 3)
        guard first < last else { return nil }
        for index in first..<last {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
            let content = String(decoding: bytes[lineStarts[index]..<end], as: UTF8.self)
            if let range = content.range(of: needle) {
                return content.distance(from: content.startIndex, to: range.lowerBound) + 1 + offset
            }
        }
        return nil
    }

    /// Records line starts until `count` lines are known or the file ends.
    private func findLineStarts(through count: Int, in bytes: Data) {
        guard lineStarts.count < count, scanned < bytes.count else { return }
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var index = scanned
            while index < buffer.count, lineStarts.count < count {
                let byte = buffer[index]
                index += 1
                if byte == 0x0A { lineStarts.append(index) }
            }
            scanned = index
        }
    }
}
