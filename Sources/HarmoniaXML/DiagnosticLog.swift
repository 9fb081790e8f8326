internal import CLibXML2

/// The diagnostics of one parse or validation, in the order libxml2 (or we) raised them.
///
/// A class because libxml2 hands it back to C callbacks through an opaque pointer. It is used by
/// one libxml2 call chain at a time, on one thread.
final class DiagnosticLog {
    /// Hostile input can raise a diagnostic per element; keeping the first few is enough to act on.
    static let maxKept = 100

    /// The input's name, for diagnostics libxml2 raises without one.
    let file: String?
    private(set) var warnings: [XMLError] = []
    private(set) var failures: [XMLError] = []

    init(file: String?) {
        self.file = file
    }

    /// The diagnostic to throw: the first one above a warning.
    var firstFailure: XMLError? { failures.first }

    func record(_ error: XMLError) {
        if error.isFailure {
            if failures.count < Self.maxKept { failures.append(error) }
        } else if warnings.count < Self.maxKept {
            warnings.append(error)
        }
    }

    /// For `xmlSchemaSet…StructuredErrors`, whose context pointer is the log itself.
    static let structuredHandler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let log = Unmanaged<DiagnosticLog>.fromOpaque(context).takeUnretainedValue()
        log.record(XMLError(libxml2: error, fallbackFile: log.file))
    }
}
