/// A parsed unit and what the parser tolerated on the way.
public struct UnitParse: Sendable, Hashable {
    /// The unit read.
    public let unit: Unit
    /// Non-fatal remarks (a tolerated D-SI spelling, say); empty for normal input.
    public let warnings: [String]

    /// A parse result.
    public init(unit: Unit, warnings: [String] = []) {
        self.unit = unit
        self.warnings = warnings
    }
}

/// Reads units as written in quantity expressions and in D-SI files.
public enum UnitParser {
    /// Parses a unit as written in a quantity expression: SI symbols with prefixes, products (`·` `*` `.`
    /// or white space), quotients (`/`, read left to right: `m/s/s` is m·s⁻², `J/kg·K` is J·K/kg), powers
    /// (`²` `³` `^2` `^-1`, or digits after a symbol: `m3`), `%`, `‰`, `ppm`, Chinese unit names, D-SI
    /// strings (`\milli\gram`, `\metre\tothe{3}\per\hour`) and `e`. Empty text is the unit one.
    public static func parse(_ text: some StringProtocol) throws(QuantityError) -> UnitParse {
        let key = String(text)
        try checkLength(key)
        let scalars = Array(TextFolding.foldWidth(key).unicodeScalars)
        do {
            return try parse(scalars[...])
        } catch {
            throw QuantityError(error.kind, error.message, text: key, scalarIndex: error.index)
        }
    }

    /// The longest unit text `parse` and `parseDSI` read, in UTF-8 bytes (the longest D-SI unit in real
    /// files is under 100). Longer text is refused before it is scanned.
    public static let maximumLength = 1024

    static func checkLength(_ text: String) throws(QuantityError) {
        guard text.utf8.count <= maximumLength else {
            throw QuantityError(
                .invalidUnit,
                message: "text of \(text.utf8.count) bytes is too long for a unit (the limit is \(maximumLength))",
                text: text, offset: nil)
        }
    }

    /// Parses folded scalars; error indexes are those of the slice's base array, so a caller parsing a
    /// unit inside a longer expression gets positions in the expression.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) throws(UnitSyntaxError) -> UnitParse {
        var start = scalars.startIndex
        while start < scalars.endIndex, ScalarClass.isSpace(scalars[start]) { start += 1 }
        if start < scalars.endIndex, scalars[start] == "\\" {
            return try DSIUnitParser.parse(scalars)
        }
        var grammar = UnitGrammar(scalars)
        let terms = try grammar.parseWhole()
        return UnitParse(unit: try MagnitudeLimit.unit(terms: terms, at: start))
    }
}

/// A unit error located by scalar index, before it is turned into a `QuantityError` for the whole text.
struct UnitSyntaxError: Error {
    var kind: QuantityError.Kind
    var message: String
    var index: Int?

    init(_ kind: QuantityError.Kind, _ message: String, at index: Int?) {
        self.kind = kind
        self.message = message
        self.index = index
    }
}

/// Recursive-descent reader of the symbol grammar:
///
///     product  := factor ((sign | "/" | space) factor)*        sign: · ⋅ * × .
///     factor   := "(" product ")" exponent? | atom exponent? | "1" (before "/")
///     exponent := superscripts | "^" "("? [+-]? digits ("." digits)? ")"? | digits
struct UnitGrammar {
    private let scalars: ArraySlice<Unicode.Scalar>
    private var index: Int

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        index = scalars.startIndex
    }

    private var atEnd: Bool { index >= scalars.endIndex }
    private var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    private mutating func skipSpaces() {
        while let s = current, ScalarClass.isSpace(s) { index += 1 }
    }

    mutating func parseWhole() throws(UnitSyntaxError) -> [UnitTerm] {
        skipSpaces()
        if atEnd { return [] }
        let terms = try parseProduct(nested: false)
        if let s = current {
            throw UnitSyntaxError(.invalidUnit, "unexpected '\(Character(s))' in unit", at: index)
        }
        return terms
    }

    private mutating func parseProduct(nested: Bool) throws(UnitSyntaxError) -> [UnitTerm] {
        var terms: [UnitTerm] = []
        var invert = false
        while true {
            skipSpaces()
            var factor = try parseFactor()
            if invert {
                for i in factor.indices { factor[i].exponent = -factor[i].exponent }
                for i in factor.indices where factor[i].fractionalExponent != nil {
                    factor[i].fractionalExponent = negated(factor[i].fractionalExponent!)
                }
            }
            terms += factor
            invert = false
            let beforeSpace = index
            skipSpaces()
            guard let s = current else { break }
            if nested && s == ")" { break }
            if s == "/" {
                invert = true
                index += 1
            } else if ScalarClass.isProductSign(s) {
                index += 1
            } else if index == beforeSpace {
                throw UnitSyntaxError(.invalidUnit, "unexpected '\(Character(s))' in unit", at: index)
            }
        }
        return terms
    }

    private mutating func parseFactor() throws(UnitSyntaxError) -> [UnitTerm] {
        guard let s = current else {
            throw UnitSyntaxError(.invalidUnit, "unit ends where a unit symbol is expected", at: index)
        }
        if s == "(" {
            let open = index
            index += 1
            var inner = try parseProduct(nested: true)
            guard current == ")" else {
                throw UnitSyntaxError(.invalidUnit, "unbalanced '(' in unit", at: open)
            }
            index += 1
            let (power, fractional) = try parseExponent(plainDigits: false)
            for i in inner.indices {
                inner[i].exponent = try MagnitudeLimit.power(inner[i].exponent, power, at: open)
                if let fractional { inner[i].fractionalExponent = fractional }
            }
            return inner
        }
        if s == "1" {
            // `1/min`: a numerator of one.
            var look = index + 1
            while look < scalars.endIndex, ScalarClass.isSpace(scalars[look]) { look += 1 }
            if look < scalars.endIndex, scalars[look] == "/" {
                index += 1
                return []
            }
        }
        let start = index
        while let c = current, ScalarClass.isAtom(c) { index += 1 }
        guard index > start else {
            throw UnitSyntaxError(.unknownUnit, "unknown unit '\(Character(s))'", at: index)
        }
        // `Q1`…`Q4` are flowrate symbols, not `Q` to a power.
        if index == start + 1, scalars[start] == "Q", let digit = current, ("1"..."4").contains(digit) { index += 1 }
        let name = String(scalars: scalars[start..<index])
        var terms = try resolve(name, at: start)
        let (power, fractional) = try parseExponent(plainDigits: true)
        if power != 1 || fractional != nil {
            for i in terms.indices {
                terms[i].exponent = try MagnitudeLimit.power(terms[i].exponent, power, at: start)
                if let fractional { terms[i].fractionalExponent = fractional }
            }
        }
        return terms
    }

    /// An atom name → its terms (one, or several for a Chinese name standing for a compound unit).
    private func resolve(_ name: String, at start: Int) throws(UnitSyntaxError) -> [UnitTerm] {
        if let unit = UnitCatalogue.resolve(name) { return [UnitTerm(unit)] }
        if let symbols = UnitCatalogue.chineseNames[name] {
            var inner = UnitGrammar(Array(symbols.unicodeScalars)[...])
            do {
                return try inner.parseWhole()
            } catch {
                throw UnitSyntaxError(error.kind, error.message, at: start)
            }
        }
        throw UnitSyntaxError(.unknownUnit, "unknown unit '\(name)'", at: start)
    }

    /// The power after a factor: (integer power, fractional power as written or nil).
    private mutating func parseExponent(plainDigits: Bool) throws(UnitSyntaxError) -> (Int, String?) {
        guard let s = current else { return (1, nil) }
        if ScalarClass.superscriptDigit(s) != nil || ScalarClass.isSuperscriptSign(s) {
            let start = index
            var negative = false
            if ScalarClass.isSuperscriptSign(s) {
                negative = s.value == 0x207B
                index += 1
            }
            var value = 0
            var digits = 0
            while let c = current, let digit = ScalarClass.superscriptDigit(c) {
                value = value * 10 + digit
                digits += 1
                index += 1
                guard value < 100 else { throw UnitSyntaxError(.invalidUnit, "exponent too large", at: start) }
            }
            guard digits > 0 else { throw UnitSyntaxError(.invalidUnit, "superscript sign without digits", at: start) }
            return (negative ? -value : value, nil)
        }
        if s == "^" {
            let start = index
            index += 1
            let parenthesised = current == "("
            if parenthesised { index += 1 }
            var text = ""
            if let c = current, ScalarClass.isSign(c) {
                if ScalarClass.isMinus(c) { text = "-" }
                index += 1
            }
            while let c = current, ScalarClass.isDigit(c) || c == "." {
                text.unicodeScalars.append(c)
                index += 1
            }
            if parenthesised {
                guard current == ")" else {
                    throw UnitSyntaxError(.invalidUnit, "unbalanced '(' in exponent", at: start)
                }
                index += 1
            }
            return try exponentValue(text, at: start)
        }
        if plainDigits, ScalarClass.isDigit(s) {
            let start = index
            var text = ""
            while let c = current, ScalarClass.isDigit(c) {
                text.unicodeScalars.append(c)
                index += 1
            }
            return try exponentValue(text, at: start)
        }
        return (1, nil)
    }

    private func exponentValue(_ text: String, at start: Int) throws(UnitSyntaxError) -> (Int, String?) {
        if let value = Int(text), value.magnitude < 100 { return (value, nil) }
        if let exact = Rational(decimal: text) {
            if exact.isInteger, let value = Int(exact.description), value.magnitude < 100 { return (value, nil) }
            if !exact.isInteger { return (1, exact.description) }
        }
        throw UnitSyntaxError(.invalidUnit, "malformed exponent '\(text)'", at: start)
    }

    private func negated(_ fractional: String) -> String {
        fractional.hasPrefix("-") ? String(fractional.dropFirst()) : "-" + fractional
    }
}
