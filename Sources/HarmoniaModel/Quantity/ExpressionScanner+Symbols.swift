/// Symbols and relative values in the scanner: a fraction before a symbol (`1/3 MPE`), a symbol's
/// multiple written name first (`MPE/3`), and the reference base after a relative unit (`% FS`).
extension ExpressionScanner {
    /// `/3` right after a number and before a unit (`1/3 MPE`, `2/3 e`): the denominator, consumed.
    mutating func scanFractionDenominator() -> (value: Rational, text: String)? {
        guard current == "/", let digit = peek(1), ScalarClass.isDigit(digit) else { return nil }
        var probe = index + 1
        while probe < end, ScalarClass.isDigit(scalars[probe]) { probe += 1 }
        var after = probe
        while after < end, ScalarClass.isSpace(scalars[after]) { after += 1 }
        guard after > probe, after < end, ScalarClass.isAtom(scalars[after]) else { return nil }
        let text = self.text(index + 1, probe)
        guard let value = Rational(decimal: text), !value.isZero else { return nil }
        index = probe
        return (value, text)
    }

    /// The name at the cursor, not consumed.
    func peekName() -> String? {
        var probe = self
        return probe.scanName()
    }

    /// A unit; a relative one (`%`, `‰`, `ppm`, `ppb`) with its reference base when one follows.
    mutating func scanRelativeOrUnit() throws(UnitSyntaxError) -> (unit: Unit, text: String, start: Int) {
        let start = index
        var unit: (unit: Unit, text: String, start: Int)
        do {
            // On failure `scanUnit` has only moved the cursor; no copy of the scanner is needed.
            unit = try scanUnit()
        } catch {
            index = start
            // `%FS`, `‰F.S.`: a relative sign glued to its base.
            guard current == "%" || current == "‰" else { throw error }
            let relative = current == "%" ? "%" : "‰"
            index += 1
            unit = (UnitCatalogue.resolve(relative)!, relative, start)
            guard let base = scanRelativeBase(glued: true) else { throw error }
            return (Self.relative(unit.unit, base: base), text(start, index), start)
        }
        let symbol = unit.unit.symbol
        guard symbol == "%" || symbol == "‰" || symbol == "ppm" || symbol == "ppb" else { return unit }
        let beforeBase = index
        guard let base = scanRelativeBase(glued: false) else {
            index = beforeBase
            return unit
        }
        return (Self.relative(unit.unit, base: base), text(start, index), start)
    }

    /// A reference-base phrase after a relative unit (`SymbolicUnits.relativeBases`), consumed; `""` for the
    /// measured value itself.
    private mutating func scanRelativeBase(glued: Bool) -> String? {
        var look = index
        if !glued { while look < end, ScalarClass.isSpace(scalars[look]) { look += 1 } }
        for (phrase, base) in SymbolicUnits.relativeBases {
            var i = look
            var matched = true
            for p in phrase.unicodeScalars {
                guard i < end else {
                    matched = false
                    break
                }
                let c = scalars[i]
                let lower = c.value < 0x80 && c.properties.isUppercase ? Unicode.Scalar(c.value + 32)! : c
                if p == " " ? !ScalarClass.isSpace(c) : lower != p {
                    matched = false
                    break
                }
                i += 1
            }
            guard matched else { continue }
            // The phrase must end a word: `% FSx` is not `% FS`.
            if i < end, ScalarClass.isAtom(scalars[i]), scalars[i].value < 0x80 { continue }
            index = i
            return base
        }
        // `5 % Imax`, `4 % of Max`: a symbol as the base, spelled exactly.
        var probe = self
        probe.index = look
        if probe.current == "o", probe.peek(1) == "f", let space = probe.peek(2), ScalarClass.isSpace(space) {
            probe.index += 3
            probe.skipSpaces()
        }
        if let name = probe.scanName(), SymbolicUnits.writtenSymbols.contains(name), name != "e", name != "v" {
            index = probe.index
            return name
        }
        return nil
    }

    /// A relative unit measured against a symbolic base: `%` of `FS` is `% FS`.
    private static func relative(_ unit: Unit, base: String) -> Unit {
        guard !base.isEmpty else { return unit }
        return Unit(symbol: unit.symbol + " " + base, dimension: unit.dimension * .symbolic(base), factor: unit.factor)
    }

    /// A multiple of a symbol written name first: `MPE/3`, `e/2`, or the symbol alone (`MPE`). Nil, with
    /// the cursor unmoved, when no symbol is at the cursor.
    mutating func scanSymbolMultiple() throws(UnitSyntaxError) -> Scanned? {
        let start = index
        guard let name = peekName(), SymbolicUnits.writtenSymbols.contains(name) else { return nil }
        var probe = self
        _ = probe.scanName()
        let unitEnd = probe.index
        probe.skipSpaces()
        var number = Rational.one
        var numberText = "1"
        if probe.current == "/" {
            probe.index += 1
            probe.skipSpaces()
            guard probe.atNumber else { return nil }
            let divisor = try probe.scanNumber()
            guard !divisor.value.isZero else {
                throw UnitSyntaxError(.malformedNumber, "division by zero", at: start)
            }
            number = divisor.value.reciprocal
            numberText = "1/" + divisor.text
        } else {
            probe.index = unitEnd
        }
        self = probe
        let unit = SymbolicUnits.unit(name)
        let quantity = Quantity(number: number, numberText: numberText, unit: unit, unitText: name)
        return Scanned(quantity: quantity, start: start, unitStart: start, sign: nil)
    }
}
