/// The forms real documents print beside the specification format's own: a centre and tolerance
/// (`(20 ± 2) °C`, `20 °C ± 2 °C`, `230 V ± 10 %`), a formula limit (`±(0.5 % + 2 d)`), a named value
/// (`U = 0.5 mg`, `e = 1 g`) and a coverage statement written beside an uncertainty (`(k = 2)`).
extension ExpressionReader {
    /// A set is written with `|`; a formula's `|t|` is not one.
    var isSet: Bool {
        let text = scanner.scalars[scanner.index..<scanner.end]
        return text.contains("|") && !text.contains("±") && !(scanner.current == "+" && scanner.peek(1) == "/")
    }

    /// `(20 ± 2) °C`, `(20 °C ± 2 °C)`: nil, with the cursor unmoved, when the bracket holds no `±`
    /// (then it is an interval).
    mutating func parseBracketedCentre() throws(UnitSyntaxError) -> QuantityExpression? {
        var probe = scanner
        probe.index += 1
        probe.skipSpaces()
        guard probe.atNumber else { return nil }
        _ = try? probe.scanQuantity()
        probe.skipSpaces()
        if probe.current != ",", probe.current != ";", probe.scanRangeSeparator() {
            return try parseGroupedRange()
        }
        guard probe.scanPlusMinus() else { return nil }
        scanner.index += 1
        scanner.skipSpaces()
        let centre = try scanner.scanQuantity()
        scanner.skipSpaces()
        _ = scanner.scanPlusMinus()
        return try parseCentre(centre, closing: true)
    }

    /// `(30 ~ 85) %RH`, `(−10 .. 40) °C`: brackets that only group a range (JJG prints them so) enclose a
    /// closed interval; the unit may be written inside or once after the bracket.
    private mutating func parseGroupedRange() throws(UnitSyntaxError) -> QuantityExpression {
        scanner.index += 1
        scanner.skipSpaces()
        var lower = try scanner.scanQuantity()
        scanner.skipSpaces()
        _ = scanner.scanRangeSeparator()
        scanner.skipSpaces()
        guard scanner.atNumber else { throw missingNumber("range") }
        var upper = try scanner.scanQuantity()
        scanner.skipSpaces()
        guard scanner.current == ")" else { throw noForm("a grouped range needs ')'") }
        scanner.index += 1
        scanner.skipSpaces()
        if scanner.atUnit {
            let unit = try scanner.scanUnit()
            if lower.hasUnit || upper.hasUnit {
                throw UnitSyntaxError(.noForm, "unit written both inside and after the brackets", at: unit.start)
            }
            for index in [0, 1] {
                var scanned = index == 0 ? lower : upper
                scanned.quantity.unit = unit.unit
                scanned.quantity.unitText = unit.text
                scanned.unitStart = unit.start
                if index == 0 { lower = scanned } else { upper = scanned }
            }
        }
        try expectEnd()
        return try interval(lower: (lower, true), upper: (upper, true), variable: nil)
    }

    /// After the centre and `±`: the tolerance, the closing bracket when there was an opening one, and a
    /// unit written once after it. The result is the closed interval [centre − tolerance, centre + tolerance];
    /// a relative tolerance on a centre with a unit (`230 V ± 10 %`) is a fraction of the centre.
    mutating func parseCentre(_ centreScanned: Scanned, closing: Bool) throws(UnitSyntaxError) -> QuantityExpression {
        scanner.skipSpaces()
        guard scanner.atNumber else { throw missingNumber("±") }
        var centre = centreScanned
        var tolerance = try scanner.scanQuantity()
        if tolerance.sign != nil || tolerance.quantity.number.isNegative {
            throw UnitSyntaxError(.noForm, "± needs an unsigned tolerance", at: tolerance.start)
        }
        scanner.skipSpaces()
        if closing {
            guard scanner.current == ")" else { throw noForm("centre and tolerance need ')'") }
            scanner.index += 1
            scanner.skipSpaces()
            if scanner.atUnit {
                let unit = try scanner.scanUnit()
                if centre.hasUnit || tolerance.hasUnit {
                    throw UnitSyntaxError(.noForm, "unit written both inside and after the brackets", at: unit.start)
                }
                for end in [0, 1] {
                    var scanned = end == 0 ? centre : tolerance
                    scanned.quantity.unit = unit.unit
                    scanned.quantity.unitText = unit.text
                    scanned.unitStart = unit.start
                    if end == 0 { centre = scanned } else { tolerance = scanned }
                }
            }
        }
        try expectEnd()
        let c = centre.quantity
        var t = tolerance.quantity
        if !centre.hasUnit, tolerance.hasUnit {
            centre.quantity.unit = t.unit
            centre.quantity.unitText = t.unitText
            centre.unitStart = tolerance.unitStart
        } else if centre.hasUnit, !tolerance.hasUnit {
            t.unit = c.unit
            t.unitText = c.unitText
        }
        let unit = centre.quantity.unit
        let width: Rational
        if t.unit.dimension.isDimensionless, !t.unit.isOpaque, !unit.dimension.isDimensionless, !t.unitText.isEmpty {
            width = centre.quantity.number.magnitude * t.siValue(absolute: false)
        } else {
            guard unit.isCommensurable(with: t.unit), !unit.isOpaque else {
                throw UnitSyntaxError(
                    .dimensionMismatch,
                    "centre '\(centre.quantity)' and tolerance '\(t)' of different dimension",
                    at: tolerance.start)
            }
            width = unit.factor == t.unit.factor ? t.number : t.siValue(absolute: false) / unit.factor
        }
        func end(_ value: Rational) -> Scanned {
            var scanned = centre
            scanned.quantity.number = value
            scanned.quantity.numberText = value.description
            return scanned
        }
        return try interval(
            lower: (end(centre.quantity.number - width), true),
            upper: (end(centre.quantity.number + width), true), variable: nil)
    }

    /// `±(0.5 % + 2 d)`, `±(0.05 % of reading + 0.01 % FS)`, `±(0.15 + 0.002·|t|) °C`, after the `±`.
    /// A unit written after the bracket applies to every term written without one.
    mutating func parseFormula() throws(UnitSyntaxError) -> QuantityExpression {
        scanner.index += 1
        var terms: [(Scanned, String?)] = []
        while true {
            scanner.skipSpaces()
            guard scanner.atNumber else { throw noForm("a formula term needs a number") }
            let quantity = try scanner.scanQuantity()
            if quantity.sign != nil { throw UnitSyntaxError(.noForm, "a formula term is unsigned", at: quantity.start) }
            scanner.skipSpaces()
            var variable: String?
            if let sign = scanner.current, sign == "·" || sign == "×" || sign == "*" || sign == "|" {
                if sign != "|" { scanner.index += 1 }
                scanner.skipSpaces()
                variable = try scanVariable()
                scanner.skipSpaces()
            }
            terms.append((quantity, variable))
            if scanner.current == "+" {
                scanner.index += 1
                continue
            }
            guard scanner.current == ")" else { throw noForm("a formula needs '+' between terms and ')' at its end") }
            scanner.index += 1
            break
        }
        scanner.skipSpaces()
        if scanner.atUnit {
            let unit = try scanner.scanUnit()
            for index in terms.indices where !terms[index].0.hasUnit {
                terms[index].0.quantity.unit = unit.unit
                terms[index].0.quantity.unitText = unit.text
            }
        }
        try expectEnd()
        guard terms.count > 1 else { throw noForm("a formula needs two terms or more") }
        return .formula(terms.map { FormulaTerm(coefficient: $0.0.quantity, variable: $0.1) })
    }

    /// `±0.05 % of reading ± 1 digit`, `±0.5 % + 2 d`: a formula written without its bracket, after the
    /// first term.
    mutating func parseUnbracketedFormula(first: Scanned) throws(UnitSyntaxError) -> QuantityExpression {
        var terms = [FormulaTerm(coefficient: first.quantity)]
        while true {
            scanner.skipSpaces()
            guard scanner.current == "+" || scanner.current == "±" else { break }
            scanner.index += 1
            scanner.skipSpaces()
            guard scanner.atNumber else { throw missingNumber("+") }
            let term = try scanner.scanQuantity()
            if term.sign != nil { throw UnitSyntaxError(.noForm, "a formula term is unsigned", at: term.start) }
            terms.append(FormulaTerm(coefficient: term.quantity))
        }
        try expectEnd()
        return .formula(terms)
    }

    /// `|t|` or a name after a coefficient.
    private mutating func scanVariable() throws(UnitSyntaxError) -> String {
        if scanner.current == "|" {
            let start = scanner.index
            scanner.index += 1
            while let c = scanner.current, c != "|" { scanner.index += 1 }
            guard scanner.current == "|" else { throw noForm("'|' without its closing '|'") }
            scanner.index += 1
            return scanner.text(start, scanner.index)
        }
        guard let name = scanner.scanName() else { throw noForm("a formula term needs a variable after its sign") }
        return name
    }

    /// `U = 0.5 mg`, `e = 1 g`, `k = 2`: the value after `=`, in any form.
    mutating func parseNamedValue() throws(UnitSyntaxError) -> QuantityExpression {
        scanner.index += 1
        scanner.skipSpaces()
        if scanner.scanPlusMinus() {
            scanner.skipSpaces()
            return scanner.current == "(" ? try parseFormula() : try parseSymmetric()
        }
        if let relation = scanner.scanRelation() { return try parseBound(relation) }
        guard scanner.atNumber else { throw missingNumber("=") }
        return try parseNumberLed()
    }
}

extension ExpressionScanner {
    /// Reads a coverage statement at the end of the text — `(k = 2)`, `, k = 2`, `(k = 2, p = 95 %)`,
    /// `, p = 99 %`, `k=3` — and moves `end` before it. Nil when there is none.
    mutating func stripCoverage() throws(UnitSyntaxError) -> Coverage? {
        var i = index
        while i < end {
            defer { i += 1 }
            guard scalars[i] == "k" || scalars[i] == "p" else { continue }
            var before = i - 1
            while before >= index, ScalarClass.isSpace(scalars[before]) { before -= 1 }
            guard before >= index, before < i - 1 || [",", ";", "("].contains(scalars[before]) else { continue }
            let opened = scalars[before] == "("
            var probe = self
            probe.index = i
            guard let coverage = try probe.readCoverage(closing: opened) else { continue }
            var cut = opened || scalars[before] == "," || scalars[before] == ";" ? before : i
            while cut > index, ScalarClass.isSpace(scalars[cut - 1]) { cut -= 1 }
            guard cut > index else { return nil }
            end = cut
            return coverage
        }
        return nil
    }

    /// `k = 2[, p = 95 %][)]` or `p = 95 %[, k = 2][)]` to the end, or nil.
    private mutating func readCoverage(closing: Bool) throws(UnitSyntaxError) -> Coverage? {
        func named(_ name: Unicode.Scalar, in scanner: inout ExpressionScanner) throws(UnitSyntaxError) -> Quantity? {
            guard scanner.current == name else { return nil }
            scanner.index += 1
            scanner.skipSpaces()
            guard scanner.current == "=" else { return nil }
            scanner.index += 1
            scanner.skipSpaces()
            guard scanner.atNumber else { return nil }
            return try scanner.scanQuantity().quantity
        }
        let first: Unicode.Scalar = current == "p" ? "p" : "k"
        guard let leading = try named(first, in: &self) else { return nil }
        skipSpaces()
        var trailing: Quantity?
        if current == "," || current == ";" {
            index += 1
            skipSpaces()
            trailing = try named(first == "k" ? "p" : "k", in: &self)
            guard trailing != nil else { return nil }
            skipSpaces()
        }
        let (k, p) = first == "k" ? (leading, trailing) : (trailing, leading)
        if closing {
            guard current == ")" else { return nil }
            index += 1
            skipSpaces()
        }
        return atEnd ? Coverage(factor: k, probability: p) : nil
    }
}
