/// The lexical layer of the quantity-expression parser: a cursor over width-folded Unicode scalars that
/// reads numbers, units, operators and names. Forms are assembled in `QuantityExpressionParser`.
///
/// The text is folded one scalar to one scalar (full-width → ASCII, `−` → `-`, `〜` → `~`, `⩽ ≦` → `≤`,
/// `⩾ ≧` → `≥`), so every index is also an index into the text as given.
struct ExpressionScanner {
    /// A number with its optional unit, and where its parts are.
    struct Scanned {
        var quantity: Quantity
        var start: Int
        var unitStart: Int?
        /// `+` or `-` when written before the number.
        var sign: Unicode.Scalar?
        var hasUnit: Bool { unitStart != nil }
    }

    let scalars: [Unicode.Scalar]
    var index: Int
    /// One past the last non-space scalar (moved back over a coverage statement once it is read).
    var end: Int
    /// Remarks from unit parsing.
    var warnings: [String] = []

    init(_ text: String) {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { folded.append(Self.fold(scalar)) }
        scalars = folded
        var first = 0
        while first < folded.count, ScalarClass.isSpace(folded[first]) { first += 1 }
        var last = folded.count
        while last > first, ScalarClass.isSpace(folded[last - 1]) { last -= 1 }
        index = first
        end = last
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2212, 0xFE63: "-"
        case 0x301C: "~"
        case 0x2A7D, 0x2266: "≤"
        case 0x2A7E, 0x2267: "≥"
        default: TextFolding.foldedWidth(scalar)
        }
    }

    // MARK: Cursor

    var atEnd: Bool { index >= end }
    var current: Unicode.Scalar? { index < end ? scalars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let i = index + offset
        return i < end && i >= 0 ? scalars[i] : nil
    }

    mutating func skipSpaces() {
        while index < end, ScalarClass.isSpace(scalars[index]) { index += 1 }
    }

    /// The folded text between two indexes.
    func text(_ from: Int, _ to: Int) -> String {
        String(scalars: scalars[from..<to])
    }

    /// Whether the trimmed text holds no white space (a single word may be a token).
    var isSingleWord: Bool {
        var i = index
        while i < end {
            if ScalarClass.isSpace(scalars[i]) { return false }
            i += 1
        }
        return true
    }

    // MARK: Operators

    /// A relation at the cursor (`≤ < ≥ >`, `<=`, `>=`), consumed.
    mutating func scanRelation() -> BoundOperator? {
        guard let s = current else { return nil }
        switch s {
        case "≤":
            index += 1
            return .lessOrEqual
        case "≥":
            index += 1
            return .greaterOrEqual
        case "<":
            if peek(1) == "=" {
                index += 2
                return .lessOrEqual
            }
            index += 1
            return .less
        case ">":
            if peek(1) == "=" {
                index += 2
                return .greaterOrEqual
            }
            index += 1
            return .greater
        default: return nil
        }
    }

    /// A range separator at the cursor (`..`, `~`, en dash `–`, `至`, or the word `to`), consumed.
    mutating func scanRangeSeparator() -> Bool {
        guard let s = current else { return false }
        switch s {
        case "~", "\u{2013}", "至":
            index += 1
            return true
        case ".":
            guard peek(1) == "." else { return false }
            index += 2
            return true
        default:
            guard isWordTo else { return false }
            index += 2
            return true
        }
    }

    /// `to` as a whole word at the cursor.
    var isWordTo: Bool {
        guard current == "t", peek(1) == "o" else { return false }
        guard let after = peek(2) else { return true }
        return !ScalarClass.isAtom(after)
    }

    /// `±`, `+/-` or `+-` at the cursor, consumed.
    mutating func scanPlusMinus() -> Bool {
        if current == "±" {
            index += 1
            return true
        }
        if current == "+", peek(1) == "/", peek(2) == "-" {
            index += 3
            return true
        }
        if current == "+", peek(1) == "-" {
            index += 2
            return true
        }
        return false
    }

    /// A chain variable or a token-like name: a letter, then letters, digits or `_`.
    mutating func scanName() -> String? {
        guard let s = current, ScalarClass.isAtom(s), s != "%" else { return nil }
        let start = index
        while let c = current, (ScalarClass.isAtom(c) && c != "%") || ScalarClass.isDigit(c) || c == "_" { index += 1 }
        return text(start, index)
    }

    /// Whether a number starts at the cursor (a digit, or a sign then a digit).
    var atNumber: Bool {
        guard let s = current else { return false }
        if ScalarClass.isDigit(s) { return true }
        if s == "-" || s == "+", let next = peek(1), ScalarClass.isDigit(next) { return true }
        return false
    }

    // MARK: Numbers

    /// Reads a number at the cursor: sign, digits (groups of three after a space, thin space or no-break
    /// space are joined: `5 000`), fraction, exponent. Throws on a malformed digit run (`1..2`, `1.2.3`, `1.`).
    mutating func scanNumber() throws(UnitSyntaxError) -> (value: Rational, text: String, sign: Unicode.Scalar?) {
        let start = index
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(16)
        var sign: Unicode.Scalar?
        if let s = current, s == "-" || s == "+" {
            sign = s
            text.append(s)
            index += 1
        }
        var groupDigits = 0
        var grouped = false
        while let c = current {
            if ScalarClass.isDigit(c) {
                text.append(c)
                groupDigits += 1
                index += 1
            } else if isDigitGroupSpace(c), groupDigits > 0, grouped ? groupDigits == 3 : groupDigits <= 3, isGroupAhead
            {
                // Once grouped, every group has three digits (`1 000 000`); the first has one to three.
                grouped = true
                groupDigits = 0
                index += 1
            } else {
                break
            }
        }
        // The fraction: a run of digits and dots, so that `1..2` and `1.2.3` are caught whole.
        if current == "." {
            let runStart = index
            var dots = 0
            var lastWasDot = false
            var doubled = false
            while let c = current, ScalarClass.isDigit(c) || c == "." {
                if c == "." {
                    dots += 1
                    doubled = doubled || lastWasDot
                    lastWasDot = true
                } else {
                    lastWasDot = false
                }
                text.append(c)
                index += 1
            }
            if dots > 1 || doubled || lastWasDot || index == runStart + 1 {
                throw UnitSyntaxError(.malformedNumber, "malformed number '\(String(scalars: text))'", at: start)
            }
        }
        // The exponent: `e`/`E`, optional sign, digits; `5 e` and `5e` alone are the unit `e`.
        if let c = current, c == "e" || c == "E" {
            var look = 1
            if let s = peek(1), s == "-" || s == "+" { look = 2 }
            if let d = peek(look), ScalarClass.isDigit(d) {
                for _ in 0..<look {
                    text.append(current!)
                    index += 1
                }
                while let d = current, ScalarClass.isDigit(d) {
                    text.append(d)
                    index += 1
                }
            }
        }
        let mantissaEnd = text.count
        let timesTen = scanTimesTenPower(into: &text)
        if let timesTen, timesTen.magnitude > Rational.maximumDecimalExponent {
            // As for `1e9999`: a power this large builds numbers of thousands of digits.
            throw UnitSyntaxError(
                .malformedNumber, "power of ten \(timesTen) beyond ±\(Rational.maximumDecimalExponent)", at: start)
        }
        let written = String(scalars: text)
        var decimal = DecimalScanner()
        var valid = true
        for scalar in text[..<mantissaEnd] where valid { valid = decimal.feed(scalar) }
        guard valid, var value = decimal.finish() else {
            if decimal.hasTooManyDigits {
                throw UnitSyntaxError(
                    .malformedNumber, "number with more than \(Rational.maximumDecimalDigits) digits", at: start)
            }
            throw UnitSyntaxError(.malformedNumber, "malformed number '\(written)'", at: start)
        }
        if let timesTen {
            if let message = MagnitudeLimit.exceeded(value, timesTen: timesTen) {
                throw UnitSyntaxError(.malformedNumber, message, at: start)
            }
            value = value * Rational.powerOfTen(timesTen)
        }
        return (value, written, sign)
    }

    /// Scientific notation as printed: `×10⁻⁶`, `× 10^-6`, `*10^3` after a mantissa. Consumes it, appends it
    /// to `text` and returns the power, or leaves the cursor alone and returns nil.
    private mutating func scanTimesTenPower(into text: inout [Unicode.Scalar]) -> Int? {
        var look = index
        while look < end, ScalarClass.isSpace(scalars[look]) { look += 1 }
        guard look < end, scalars[look] == "×" || scalars[look] == "*" else { return nil }
        look += 1
        while look < end, ScalarClass.isSpace(scalars[look]) { look += 1 }
        guard look + 2 < end, scalars[look] == "1", scalars[look + 1] == "0" else { return nil }
        look += 2
        var negative = false
        var digits = 0
        var power = 0
        if scalars[look] == "^" {
            look += 1
            if look < end, scalars[look] == "-" || scalars[look] == "+" {
                negative = scalars[look] == "-"
                look += 1
            }
            while look < end, ScalarClass.isDigit(scalars[look]), digits < 4 {
                power = power * 10 + Int(scalars[look].value - 0x30)
                digits += 1
                look += 1
            }
        } else {
            if ScalarClass.isSuperscriptSign(scalars[look]) {
                negative = scalars[look].value == 0x207B
                look += 1
            }
            while look < end, let digit = ScalarClass.superscriptDigit(scalars[look]), digits < 4 {
                power = power * 10 + digit
                digits += 1
                look += 1
            }
        }
        guard digits > 0 else { return nil }
        text.append(contentsOf: scalars[index..<look].filter { !ScalarClass.isSpace($0) })
        index = look
        return negative ? -power : power
    }

    private func isDigitGroupSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s.value == 0xA0 || s.value == 0x2009 || s.value == 0x202F
    }

    /// Exactly three digits after the space at the cursor, then no further digit.
    private var isGroupAhead: Bool {
        guard let a = peek(1), let b = peek(2), let c = peek(3),
            ScalarClass.isDigit(a), ScalarClass.isDigit(b), ScalarClass.isDigit(c)
        else { return false }
        guard let after = peek(4) else { return true }
        return !ScalarClass.isDigit(after)
    }

    // MARK: Units

    /// Whether a unit starts at the cursor (not the word `to`, not the range mark `至`).
    var atUnit: Bool {
        guard let s = current else { return false }
        if s == "\\" { return true }
        return ScalarClass.isAtom(s) && s != "至" && !isWordTo
    }

    /// Reads the unit at the cursor and parses it. A unit runs over symbols, exponents and the product and
    /// quotient signs that join two symbols; it stops before white space, `..`, `/` followed by a sign
    /// (the asymmetric limit `+2 %/-1 %`), brackets and operators.
    mutating func scanUnit() throws(UnitSyntaxError) -> (unit: Unit, text: String, start: Int) {
        let start = index
        if current == "\\" {
            while let c = current, !ScalarClass.isSpace(c), c != ",", c != "]", c != ")" { index += 1 }
        } else {
            while let c = current {
                if (ScalarClass.isAtom(c) && c != "至") || ScalarClass.isDigit(c)
                    || ScalarClass.superscriptDigit(c) != nil || ScalarClass.isSuperscriptSign(c)
                {
                    index += 1
                } else if c == "^" {
                    index += 1
                    if current == "(" {
                        while let d = current, d != ")" { index += 1 }
                        if current == ")" { index += 1 }
                    } else {
                        if let d = current, d == "-" || d == "+" { index += 1 }
                        while let d = current, ScalarClass.isDigit(d) || d == "." { index += 1 }
                    }
                } else if c == "/" || ScalarClass.isProductSign(c), let next = peek(1),
                    ScalarClass.isAtom(next) || (next == "(" && c != ".")
                {
                    index += 1
                } else if c == "(", index > start, let before = peek(-1),
                    before == "/" || ScalarClass.isProductSign(before)
                {
                    var depth = 0
                    while let d = current {
                        if d == "(" { depth += 1 }
                        if d == ")" { depth -= 1 }
                        index += 1
                        if depth == 0 { break }
                    }
                } else {
                    break
                }
            }
        }
        let parsed = try UnitParser.parse(scalars[start..<index])
        warnings += parsed.warnings
        return (parsed.unit, text(start, index), start)
    }

    /// A number with its optional unit (after optional white space). Also reads a fraction before a unit
    /// (`1/3 MPE`), a product sign before a symbol (`2 × MPE`) and the reference base of a relative value
    /// (`0.5 % FS`, `1 %FS`, `0.05 % of reading`).
    mutating func scanQuantity() throws(UnitSyntaxError) -> Scanned {
        let start = index
        let number = try scanNumber()
        var quantity = Quantity(number: number.value, numberText: number.text)
        if let fraction = scanFractionDenominator() {
            quantity.number = quantity.number / fraction.value
            quantity.numberText += "/" + fraction.text
        }
        let afterNumber = index
        skipSpaces()
        if let sign = current, sign == "×" || sign == "·" || sign == "*" {
            // `2 × MPE`: only before a symbol; `× 10⁻⁶` was read with the number.
            var probe = self
            probe.index += 1
            probe.skipSpaces()
            if let name = probe.peekName(), SymbolicUnits.writtenSymbols.contains(name) { self = probe }
        }
        var unitStart: Int?
        if atUnit {
            let unit = try scanRelativeOrUnit()
            quantity.unit = unit.unit
            quantity.unitText = unit.text
            unitStart = unit.start
        } else {
            index = afterNumber
        }
        return Scanned(quantity: quantity, start: start, unitStart: unitStart, sign: number.sign)
    }
}
