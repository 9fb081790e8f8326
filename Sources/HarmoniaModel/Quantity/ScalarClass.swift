/// Classification of Unicode scalars shared by the unit and expression parsers.
/// Inputs are width-folded first, so only ASCII and the genuine symbols need checking.
enum ScalarClass {
    @inlinable
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inlinable
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// White space, including the thin and no-break spaces printed between digit groups.
    @inlinable
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D: true
        case 0..<0x80: false
        default: s.properties.isWhitespace
        }
    }

    /// `-`, U+2212 `−`, or `+`.
    @inlinable
    static func isSign(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "+" || s.value == 0x2212
    }

    /// `-` or U+2212 `−`.
    @inlinable
    static func isMinus(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s.value == 0x2212
    }

    /// A scalar that can be part of a unit's name: letters of any script (SI symbols, `µ`, `Ω`, `Å`,
    /// Chinese names) and the symbol-like units `°`, `℃`, `%`, `‰`, `′`, `″`.
    @inlinable
    static func isAtom(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(s) || s == "%" }
        switch s.value {
        case 0xB0, 0xBA, 0x2103, 0x2030, 0x2032, 0x2033, 0x2126, 0x212B: return true
        case 0xB2, 0xB3, 0xB9, 0xB7, 0xD7: return false
        default: return s.properties.isAlphabetic
        }
    }

    /// `·` U+00B7, `⋅` U+22C5, `*`, `×` U+00D7, `.`: a product of units.
    @inlinable
    static func isProductSign(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xB7, 0x22C5, 0x2A, 0xD7, 0x2E: true
        default: false
        }
    }

    /// The digit of a superscript digit (`²` → 2), or nil.
    @inlinable
    static func superscriptDigit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x2070: 0
        case 0xB9: 1
        case 0xB2: 2
        case 0xB3: 3
        case 0x2074...0x2079: Int(s.value - 0x2070)
        default: nil
        }
    }

    /// Superscript minus `⁻` or plus `⁺`.
    @inlinable
    static func isSuperscriptSign(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x207B || s.value == 0x207A
    }

    /// CJK ideographs (unit names such as `毫克` are looked up whole).
    @inlinable
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}

extension String {
    /// A string from a run of scalars, encoded straight into the string's UTF-8 storage (appending to a
    /// `UnicodeScalarView` one scalar at a time costs several times more, and this is on the hot path).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                    count += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// A string from scalars.
    init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }
}
