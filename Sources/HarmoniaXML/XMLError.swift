/// A diagnostic from parsing or validating XML: libxml2's own report, or one of HarmoniaXML's.
///
/// Errors are values: they carry everything needed to show the user where the problem is
/// (`file`, `line`, `column`) and to act on it programmatically (`domain`, `code`,
/// ``isReadFailure``).
///
/// ```swift
/// do {
///     let document = try XMLDocument.parse(file: "spec.xml")
/// } catch {
///     print(error)            // spec.xml:12:8: error: Opening and ending tag mismatch: a line 3 and b
///     if error.isReadFailure { exit(66) }
/// }
/// ```
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is, following libxml2's `xmlErrorLevel`.
    public enum Level: String, Sendable {
        /// Reported, but the input was accepted (kept in ``XMLDocument/warnings``).
        case warning
        /// The input is not acceptable (for example a namespace or validity error).
        case error
        /// The parser stopped (for example the document is not well-formed).
        case fatal
    }

    /// The path or URL that was given to the parser, if known.
    public var file: String?
    /// 1-based line, `nil` if unknown.
    public var line: Int?
    /// 1-based column, `nil` if unknown.
    public var column: Int?
    /// libxml2's `xmlErrorDomain` (which part of libxml2 raised it); 0 for HarmoniaXML's own errors.
    public var domain: Int
    /// libxml2's `xmlParserErrors` code; 0 for HarmoniaXML's own errors.
    public var code: Int
    /// How serious the diagnostic is.
    public var level: Level
    /// libxml2's own message without its trailing newline, or HarmoniaXML's.
    public var message: String
    /// `true` when the input could not be read at all (missing, a directory, unreadable, I/O error),
    /// as opposed to input that was read and refused. Command-line callers map it to exit status 66.
    public var isReadFailure: Bool

    /// Creates a diagnostic; HarmoniaXML's own errors leave `domain` and `code` at 0.
    public init(
        file: String? = nil, line: Int? = nil, column: Int? = nil,
        domain: Int = 0, code: Int = 0, level: Level = .fatal,
        message: String, isReadFailure: Bool = false
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.domain = domain
        self.code = code
        self.level = level
        self.message = message
        self.isReadFailure = isReadFailure
    }

    /// `file:line:column: level: message`, leaving out the parts that are unknown.
    public var description: String {
        var location = ""
        if let file { location += file }
        if let line { location += (location.isEmpty ? "" : ":") + String(line) }
        if line != nil, let column { location += ":" + String(column) }
        let levelWord = level == .warning ? "warning" : "error"
        return location.isEmpty ? "\(levelWord): \(message)" : "\(location): \(levelWord): \(message)"
    }

    /// Whether this diagnostic makes the input unacceptable (anything above a warning).
    var isFailure: Bool { level != .warning }
}

extension XMLError {
    /// The file could not be opened or read; `reason` says why ("no such file", "is a directory").
    static func readFailure(_ path: String, _ reason: String) -> XMLError {
        XMLError(file: path, message: "cannot read file: \(reason)", isReadFailure: true)
    }

    /// The input exceeds ``XMLLimits/maxFileBytes``.
    static func tooLarge(_ file: String, limit: Int, isFile: Bool) -> XMLError {
        let what = isFile ? "file" : "input"
        return XMLError(file: file, message: "\(what) is larger than the limit of \(limit) bytes")
    }

    /// A start tag has more attributes than ``XMLLimits/maxAttributes``; `line` is where it begins.
    static func tooManyAttributes(_ file: String, line: Int?, limit: Int) -> XMLError {
        XMLError(file: file, line: line, message: "an element has more attributes than the limit of \(limit)")
    }
}
