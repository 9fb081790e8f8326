extension UnitParser {
    /// Parses a D-SI unit string (the content of `si:unit`, `si:unitXMLList`).
    ///
    /// Grammar: `\prefix?\unit(\tothe{exp})?` tokens multiply, one `\per` divides what follows.
    /// Tolerant of what real files contain, each with a warning saying what was tolerated: white space
    /// inside (`\metre \second`), wrong case (`\degreeCelsius`), `\kilo\gram` for `\kilogram`, a missing
    /// backslash (`knot`), a plain SI symbol (`kBq`), and common long non-D-SI names
    /// (`imperial gallon`, `\kilowatt hour`, `milimetre of mercury, conventional`).
    public static func parseDSI(_ text: some StringProtocol) throws(QuantityError) -> UnitParse {
        let key = String(text)
        try checkLength(key)
        let scalars = Array(TextFolding.foldWidth(key).unicodeScalars)
        do {
            let parsed = try DSIUnitParser.parse(scalars[...])
            return parsed
        } catch {
            throw QuantityError(error.kind, error.message, text: key, scalarIndex: error.index)
        }
    }
}

/// The D-SI reader behind `UnitParser.parseDSI` (and behind `UnitParser.parse` for text starting with `\`).
enum DSIUnitParser {
    /// One `\…` token: its text and where it starts.
    private struct Token {
        var text: String
        var start: Int
    }

    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) throws(UnitSyntaxError) -> UnitParse {
        let whole = String(scalars: scalars)
        let trimmed = collapsed(whole)
        guard !trimmed.isEmpty else { throw UnitSyntaxError(.empty, "empty D-SI unit", at: scalars.startIndex) }
        var warnings: [String] = []
        if !trimmed.hasPrefix("\\") {
            return try parseWithoutBackslash(scalars, trimmed)
        }
        var terms: [UnitTerm] = []
        var pendingPrefix: (name: String, symbol: String, exponent: Int, start: Int)?
        var dividing = false
        var lastTakesExponent = false
        var lastHasExponent = false
        var unitsAfterPer = 0

        for token in tokens(scalars) {
            let name = try normalised(token, &warnings)
            if name == "per" {
                guard !dividing else {
                    throw UnitSyntaxError(.invalidUnit, "more than one \\per in D-SI unit", at: token.start)
                }
                guard pendingPrefix == nil else {
                    throw UnitSyntaxError(.invalidUnit, "D-SI prefix without unit", at: token.start)
                }
                dividing = true
                lastTakesExponent = false
                continue
            }
            if name.hasPrefix("tothe{") && name.hasSuffix("}") {
                guard lastTakesExponent, !lastHasExponent, pendingPrefix == nil, let last = terms.indices.last else {
                    throw UnitSyntaxError(
                        .invalidUnit, "\\tothe without a unit that takes an exponent", at: token.start)
                }
                let exponent = String(name.dropFirst(6).dropLast())
                try applyExponent(exponent, to: &terms[last], dividing: dividing, at: token.start)
                lastHasExponent = true
                continue
            }
            if let prefix = UnitCatalogue.dsiPrefixes[name] {
                guard pendingPrefix == nil else {
                    throw UnitSyntaxError(.invalidUnit, "two D-SI prefixes in a row", at: token.start)
                }
                pendingPrefix = (name, prefix.symbol, prefix.exponent, token.start)
                continue
            }
            var unit: Unit
            var takesExponent = true
            if let dsi = UnitCatalogue.dsiUnits[name] {
                unit = atom(dsi.symbol)
                takesExponent = dsi.takesExponent
                if let prefix = pendingPrefix {
                    if prefix.name == "kilo" && name == "gram" {
                        warnings.append("'\\kilo\\gram' is not D-SI; read as '\\kilogram'")
                    } else if !dsi.takesPrefix {
                        throw UnitSyntaxError(.invalidUnit, "D-SI unit '\\\(name)' takes no prefix", at: prefix.start)
                    }
                    unit = UnitCatalogue.prefixed(unit, display: prefix.symbol, exponent: prefix.exponent)
                }
            } else if let symbols = UnitCatalogue.toleratedNames[name] {
                guard pendingPrefix == nil else {
                    throw UnitSyntaxError(.invalidUnit, "prefix on '\(name)'", at: token.start)
                }
                unit = try symbolUnit(symbols, at: token.start)
                warnings.append("'\(name)' is not a D-SI unit; read as \(unit.symbol)")
            } else {
                throw UnitSyntaxError(.unknownUnit, "unknown D-SI unit '\\\(name)'", at: token.start)
            }
            pendingPrefix = nil
            terms.append(UnitTerm(unit, exponent: dividing ? -1 : 1))
            if dividing { unitsAfterPer += 1 }
            lastTakesExponent = takesExponent
            lastHasExponent = false
        }
        if let prefix = pendingPrefix {
            throw UnitSyntaxError(.invalidUnit, "D-SI prefix '\\\(prefix.name)' without unit", at: prefix.start)
        }
        if dividing, unitsAfterPer == 0 {
            throw UnitSyntaxError(.invalidUnit, "\\per without a unit after it", at: scalars.endIndex)
        }
        return UnitParse(
            unit: try MagnitudeLimit.unit(terms: terms, at: scalars.startIndex), warnings: unique(warnings))
    }

    /// Text that does not start with `\`: a long name, a D-SI name missing its backslash, or an SI symbol.
    private static func parseWithoutBackslash(
        _ scalars: ArraySlice<Unicode.Scalar>, _ trimmed: String
    ) throws(UnitSyntaxError) -> UnitParse {
        let name = trimmed.lowercased()
        if let symbols = UnitCatalogue.toleratedNames[name] {
            let unit = try symbolUnit(symbols, at: scalars.startIndex)
            return UnitParse(unit: unit, warnings: ["'\(trimmed)' is not a D-SI unit; read as \(unit.symbol)"])
        }
        if let dsi = UnitCatalogue.dsiUnits[name] {
            return UnitParse(
                unit: atom(dsi.symbol), warnings: ["'\(trimmed)' lacks the D-SI backslash; read as '\\\(name)'"])
        }
        do {
            var grammar = UnitGrammar(scalars)
            let unit = try MagnitudeLimit.unit(terms: try grammar.parseWhole(), at: scalars.startIndex)
            return UnitParse(
                unit: unit, warnings: ["'\(trimmed)' is an SI symbol, not a D-SI unit string; read as \(unit.symbol)"])
        } catch {
            throw UnitSyntaxError(.unknownUnit, "unknown D-SI unit '\(trimmed)'", at: scalars.startIndex)
        }
    }

    /// Splits at each backslash; the text before the first one is empty (checked by the caller).
    private static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index] != "\\" { index += 1 }
        while index < scalars.endIndex {
            let start = index
            index += 1
            var text = String.UnicodeScalarView()
            while index < scalars.endIndex, scalars[index] != "\\" {
                text.append(scalars[index])
                index += 1
            }
            tokens.append(Token(text: String(text), start: start))
        }
        return tokens
    }

    /// A token's name as the tables key it, recording each tolerance as a warning.
    private static func normalised(_ token: Token, _ warnings: inout [String]) throws(UnitSyntaxError) -> String {
        var name = collapsed(token.text)
        if name != token.text {
            if !name.contains(" ") {
                warnings.append("white space inside D-SI unit string")
            }
        }
        if name.isEmpty { throw UnitSyntaxError(.invalidUnit, "empty D-SI token '\\'", at: token.start) }
        let lower = name.lowercased()
        if lower != name, !name.hasPrefix("tothe{") {
            warnings.append("'\\\(name)' is not lowercase; read as '\\\(lower)'")
            name = lower
        }
        if name.contains(" ") {
            if UnitCatalogue.toleratedNames[name] != nil { return name }
            let joined = name.replacingSpaces()
            warnings.append("white space inside D-SI unit string")
            return joined
        }
        return name
    }

    private static func applyExponent(
        _ text: String, to term: inout UnitTerm, dividing: Bool, at start: Int
    ) throws(UnitSyntaxError) {
        guard let value = Rational(decimal: text.replacingSpaces()) else {
            throw UnitSyntaxError(.invalidUnit, "malformed D-SI exponent '\(text)'", at: start)
        }
        let signed = dividing ? -value : value
        if signed.isInteger, let power = Int(signed.description), power.magnitude < 100 {
            term.exponent = power
        } else if signed.isInteger {
            throw UnitSyntaxError(.invalidUnit, "D-SI exponent '\(text)' too large", at: start)
        } else {
            term.exponent = 1
            term.fractionalExponent = signed.description
        }
    }

    /// The atom behind a catalogue symbol (`kg` is resolved through its prefix).
    private static func atom(_ symbol: String) -> Unit {
        if symbol.isEmpty { return .one }
        return UnitCatalogue.bySymbol[symbol]?.unit ?? UnitCatalogue.resolve(symbol)!
    }

    /// A tolerated name's target, written in symbols.
    private static func symbolUnit(_ symbols: String, at start: Int) throws(UnitSyntaxError) -> Unit {
        if let atom = UnitCatalogue.bySymbol[symbols] { return atom.unit }
        var grammar = UnitGrammar(Array(symbols.unicodeScalars)[...])
        do {
            return try MagnitudeLimit.unit(terms: try grammar.parseWhole(), at: start)
        } catch {
            throw UnitSyntaxError(error.kind, error.message, at: start)
        }
    }

    /// Trimmed, inner white space runs collapsed to one space.
    private static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if ScalarClass.isSpace(scalar) {
                pending = !result.isEmpty
            } else {
                if pending { result.append(" ") }
                pending = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func unique(_ warnings: [String]) -> [String] {
        var seen = Set<String>()
        return warnings.filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The string without its spaces.
    fileprivate func replacingSpaces() -> String {
        String(scalars: unicodeScalars.filter { !ScalarClass.isSpace($0) })
    }
}
