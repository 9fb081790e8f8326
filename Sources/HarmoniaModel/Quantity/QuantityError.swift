/// Why a quantity expression or unit could not be read, and where.
///
/// The caller (the XML reader) adds file, line and element; this value carries what only the parser
/// knows: the message, the text and the offset of the problem inside it.
public struct QuantityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The family of the problem, for callers that react differently (e.g. tables treating an unknown
    /// unit as fatal but a malformed cell as a warning).
    public enum Kind: String, Hashable, Sendable {
        case empty
        case malformedNumber
        case unknownUnit
        case invalidUnit
        case dimensionMismatch
        case invalidInterval
        case noForm
    }

    /// The family of the problem.
    public var kind: Kind
    /// E.g. `unknown unit 'mgg'`, `malformed number '1..2'`, `expression fits no form`.
    public var message: String
    /// The whole text that failed.
    public var text: String
    /// 0-based offset in Characters into `text` where the problem starts (for column reporting).
    public var offset: Int?

    /// An error from its parts.
    public init(_ kind: Kind, message: String, text: String, offset: Int?) {
        self.kind = kind
        self.message = message
        self.text = text
        self.offset = offset
    }

    /// E.g. `unknown unit 'mgg' in "5 mgg" at column 3`.
    public var description: String {
        var text = "\(message) in \"\(self.text)\""
        if let offset { text += " at column \(offset + 1)" }
        return text
    }
}

extension QuantityError {
    /// An error located by a Unicode-scalar index (what the parsers work in), converted to a Character
    /// offset. Done only on failure, so the parsers never pay for Character segmentation.
    init(_ kind: Kind, _ message: String, text: some StringProtocol, scalarIndex: Int?) {
        let whole = String(text)
        self.init(
            kind, message: message, text: whole,
            offset: scalarIndex.map { Self.characterOffset(in: whole, scalarIndex: $0) })
    }

    /// The Character offset of the scalar at `scalarIndex` (or the end, past the last scalar).
    static func characterOffset(in text: String, scalarIndex: Int) -> Int {
        var scalarsSeen = 0
        var characters = 0
        for character in text {
            let count = character.unicodeScalars.count
            if scalarsSeen + count > scalarIndex { return characters }
            scalarsSeen += count
            characters += 1
        }
        return characters
    }
}
