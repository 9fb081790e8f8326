import HarmoniaModel

/// One problem found while reading a document: where it is, what element and text, and what is wrong.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The element the problem is in, e.g. `value`, `row`, `where`.
    public var element: String?
    /// The offending text as written.
    public var text: String?
    public var message: String

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation,
        element: String? = nil, text: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.element = element
        self.text = text
    }

    /// `file:line:col: error: message (in <value>: "±1..6 mg")` — one line, as compilers print.
    public var description: String {
        // Messages quote the input ("unexpected '…'"), which can be megabytes long: clip them too.
        var line = "\(location): \(severity.rawValue): \(Self.clip(message, limit: 400))"
        if let element {
            line += " (in <\(element)>"
            if let text { line += ": \"\(Self.clip(text))\"" }
            line += ")"
        } else if let text {
            line += ": \"\(Self.clip(text))\""
        }
        return line
    }

    /// Keeps a message to one readable line whatever the input holds.
    private static func clip(_ text: String, limit: Int = 120) -> String {
        // Only the head is looked at, so a 10 MB text costs no more than a short one.
        let head = text.prefix(limit + 1)
        let kept = head.count > limit ? String(head.prefix(limit - 3)) + "..." : String(head)
        let clipped = String(kept.map { $0.isNewline ? " " : $0 })
        return clipped.unicodeScalars.map { scalar -> String in
            scalar.value < 0x20 || scalar.value == 0x7F
                ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
        }.joined()
    }
}

/// Why a document could not be loaded. (The command line maps `unreadable` to exit 66, `invalid` to 65.)
public struct IngestFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The file cannot be read (missing, a directory, no permission): exit 66.
        case unreadable
        /// The file is not a valid document: exit 65.
        case invalid
    }

    public var kind: Kind
    /// Errors first, then warnings, each in document order.
    public var diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    }
}

/// The outcome of reading one file: the document when it is valid, and everything worth saying.
public struct IngestResult: Sendable {
    public var document: Document?
    public var diagnostics: [Diagnostic]
    /// True when the file could not be read at all.
    public var unreadable: Bool

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// A result built elsewhere: by a loader that reads other formats before this reader (HarmoniaExtract).
    public init(document: Document?, diagnostics: [Diagnostic], unreadable: Bool) {
        self.document = document
        self.diagnostics = diagnostics
        self.unreadable = unreadable
    }
}
