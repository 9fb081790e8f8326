internal import CLibXML2

/// One-time libxml2 set-up and the guard every libxml2 call runs under.
enum LibXML2 {
    /// Swift initialises a `static let` exactly once, atomically, so concurrent first uses are safe.
    private static let initialized: Bool = {
        xmlInitParser()
        // Our own parses never reach the entity loader (no DTD loading, no entity substitution,
        // input read through our callbacks). Only an XSD's xs:include/xs:import does; this
        // keeps those to local files, since libxml2's schema parser cannot be told NONET.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    /// Runs `body` after initialising libxml2, with the generic error channel of the calling
    /// thread muted, so that no diagnostic a code path routes there ever reaches stderr.
    /// Diagnostics themselves are collected per context through structured handlers.
    static func quietly<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        _ = initialized
        // The body is synchronous, so the libxml2 calls in it run on this thread: the mute
        // (per-thread state in libxml2) covers exactly them.
        let saved = harmonia_xml_mute_generic_errors()
        defer { harmonia_xml_restore_generic_errors(saved) }
        return try body()
    }
}

extension String {
    /// Copies a NUL-terminated libxml2 string (always UTF-8); `nil` for a null pointer.
    init?(xml pointer: UnsafePointer<xmlChar>?) {
        guard let pointer else { return nil }
        self.init(cString: pointer)
    }

    /// Copies `count` UTF-8 bytes that need not be NUL-terminated.
    init(xml pointer: UnsafePointer<xmlChar>, count: Int) {
        self.init(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}

extension XMLError {
    /// Copies libxml2's report (valid only during the callback that delivers it).
    /// `fallbackFile` names the input when libxml2 does not.
    init(libxml2 error: UnsafePointer<xmlError>, fallbackFile: String?) {
        let raw = error.pointee
        let level: Level
        switch raw.level {
        case XML_ERR_FATAL: level = .fatal
        case XML_ERR_ERROR: level = .error
        default: level = .warning
        }
        var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while let last = message.unicodeScalars.last, last == "\n" || last == "\r" || last == " " {
            message.unicodeScalars.removeLast()
        }
        // A few messages continue on a second line ("…indicate encoding !\nBytes: 0xFF…"):
        // keep a diagnostic on one line.
        message = message.split(separator: "\n").joined(separator: " ")
        let file = raw.file.map { String(cString: $0) }
        self.init(
            file: (file?.isEmpty ?? true) ? fallbackFile : file,
            line: raw.line > 0 ? Int(raw.line) : nil,
            column: raw.int2 > 0 ? Int(raw.int2) : nil,
            domain: Int(raw.domain),
            code: Int(raw.code),
            level: level,
            message: message
        )
    }
}
