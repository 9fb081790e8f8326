/// Text folds used to compare what documents print: full-width and half-width forms, case, white space
/// and punctuation. Each fold works scalar by scalar, without regular expressions, and returns the input
/// unchanged (no copy of the logic, one pass) when there is nothing to fold.
public enum TextFolding {
    /// Full-width ASCII variants U+FF01–FF5E → ASCII (digits, letters, `％`, `（）`, `，`, `～`, …),
    /// the ideographic space U+3000 → space. One scalar in, one scalar out, so scalar offsets are kept.
    public static func foldWidth(_ s: some StringProtocol) -> String {
        var needsFolding = false
        for scalar in s.unicodeScalars where foldedWidth(scalar) != scalar {
            needsFolding = true
            break
        }
        guard needsFolding else { return String(s) }
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { result.append(foldedWidth(scalar)) }
        return String(result)
    }

    /// The width fold of one scalar.
    @inlinable
    public static func foldedWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x3000 { return scalar }
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 { return " " }
        return scalar
    }

    /// Key for `identical`: width-folded, all white space removed, U+2212 `−` → `-`, and both micro signs
    /// (U+00B5 and Greek U+03BC) → U+00B5.
    public static func identityKey(_ s: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let folded = foldedWidth(scalar)
            if isWhitespace(folded) { continue }
            switch folded.value {
            case 0x2212: result.append("-")
            case 0x03BC: result.append("\u{B5}")
            default: result.append(folded)
            }
        }
        return String(result)
    }

    /// Key for tokens: width-folded, trimmed, inner white space collapsed to one space, lowercased.
    public static func tokenKey(_ s: some StringProtocol) -> String {
        asciiTokenKey(s) ?? unicodeTokenKey(s)
    }

    /// ``tokenKey(_:)`` of ASCII text, byte by byte (nothing to fold, lowercase is A–Z): most keys, ids
    /// and names are ASCII, and sorting 100,000 pairs reads one for each. `nil` for any other text.
    static func asciiTokenKey(_ s: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for byte in s.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``tokenKey(_:)`` of any text, a scalar at a time.
    static func unicodeTokenKey(_ s: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            let folded = foldedWidth(scalar)
            if isWhitespace(folded) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(folded)
        }
        return String(result).lowercased()
    }

    /// Key for labels: `tokenKey`, then punctuation (ASCII and CJK: `，。、；：“”‘’（）《》-_` …, every Unicode
    /// punctuation category) and all white space removed.
    public static func labelKey(_ s: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in tokenKey(s).unicodeScalars {
            if isWhitespace(scalar) || isPunctuation(scalar) { continue }
            result.append(scalar)
        }
        return String(result)
    }

    /// White space; ASCII answered without the (slow) Unicode property lookup.
    @inlinable
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Unicode punctuation (P*): connector, dash, open, close, initial, final and other punctuation.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            // ASCII punctuation per Unicode (P*): not the symbols $ + < = > ^ ` | ~.
            switch scalar.value {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return true
            default:
                return false
            }
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
