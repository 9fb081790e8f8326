/// Reads quantity expressions (spec-format.md, "Quantity expressions"):
///
/// | form | examples |
/// | --- | --- |
/// | value | `1.6 mg`, `20 °C`, `0.5 e`, `100`, `2.5E-3 kg`, `5 000 kg` |
/// | symmetric limit | `±1.6 mg`, `± 0.5 %`, `+/-0.5 %` |
/// | asymmetric limit | `+2 % / -1 %`, `+0.3 mm/−0.1 mm`, `-1 % / +2 %` |
/// | bound | `≤ 0.5 %`, `<= 0.5 %`, `< 3 s`, `≥ 40`, `>= 40`, `> 0`, `⩽ 0.5 %`, `不超过 1 年`, `at least 24 h` |
/// | interval | `-10 °C .. 40 °C`, `−10 ~ 40 °C`, `[-10, 40] °C`, `(0, 500] e`, `2 kg to 5 kg` |
/// | chain | `500 e < m ≤ 2000 e`, `0 ≤ m ≤ 500 e`, `200000 e < m`, `m > 20000 e` |
/// | set | `E1|E2|F1` |
/// | token | `E2`, `III`, `initial`, `M1-2`, `T30/70`, `0.2S`, `一年` |
///
/// A unit written once at the end of a two-ended form applies to both ends. A single word that fits no
/// numeric form is a token; a malformed number, an unknown unit after a space (`5 mgg`), an empty text, an
/// operator without its number, ends of different dimensions and an interval whose lower end exceeds its
/// upper end are errors.
public enum QuantityExpressionParser {
    /// Parses one expression. Nothing is remembered here: a caller that meets the same text many times
    /// (a reader: table cells, qualifier values) keeps its own memo.
    public static func parse(_ text: some StringProtocol) throws(QuantityError) -> ParsedExpression {
        let key = String(text)
        guard key.utf8.count <= maximumLength else {
            throw QuantityError(
                .noForm,
                message:
                    "text of \(key.utf8.count) bytes is too long for a quantity expression (the limit is \(maximumLength))",
                text: key, offset: nil)
        }
        var reader = ExpressionReader(ExpressionScanner(key))
        do throws(UnitSyntaxError) {
            let parsed = try reader.parse()
            if let message = MagnitudeLimit.exceeded(parsed.expression) {
                throw UnitSyntaxError(.malformedNumber, message, at: nil)
            }
            return parsed
        } catch {
            throw QuantityError(error.kind, error.message, text: key, scalarIndex: error.index)
        }
    }

    /// The longest text `parse` reads, in UTF-8 bytes. Real expressions are a few dozen characters; a
    /// value or qualifier of megabytes (an XML text or attribute may hold 10 MB) is refused before it is
    /// scanned, so hostile input costs no time. A qualifier this long is then compared as text.
    public static let maximumLength = 4096
}

/// Assembles the forms from the scanner's pieces.
struct ExpressionReader {
    var scanner: ExpressionScanner

    init(_ scanner: ExpressionScanner) {
        self.scanner = scanner
    }

    typealias Scanned = ExpressionScanner.Scanned

    mutating func parse() throws(UnitSyntaxError) -> ParsedExpression {
        guard let first = scanner.current else {
            throw UnitSyntaxError(.empty, "empty expression", at: 0)
        }
        let coverage = try scanner.stripCoverage()
        var expression: QuantityExpression
        if isSet {
            expression = try parseSet()
        } else if scanner.scanPlusMinus() {
            scanner.skipSpaces()
            expression = scanner.current == "(" ? try parseFormula() : try parseSymmetric()
        } else if let relation = scanner.scanRelation() {
            expression = try parseBound(relation)
        } else if first == "(", let centred = try parseBracketedCentre() {
            expression = centred
        } else if first == "[" || first == "(" {
            expression = try parseBrackets()
        } else if scanner.atNumber {
            expression = try parseNumberLed()
        } else if first == "." {
            throw UnitSyntaxError(.malformedNumber, "malformed number (digits needed before '.')", at: scanner.index)
        } else if let relation = scanner.scanRelationWord() {
            expression = try parseBound(relation)
        } else {
            expression = try parseNameLed()
        }
        if let coverage { expression = .withCoverage(expression, coverage) }
        return ParsedExpression(expression: expression, warnings: scanner.warnings)
    }

    // MARK: Forms

    private mutating func parseSet() throws(UnitSyntaxError) -> QuantityExpression {
        var tokens: [String] = []
        var start = scanner.index
        var i = scanner.index
        while i <= scanner.end {
            if i == scanner.end || scanner.scalars[i] == "|" {
                var a = start
                var b = i
                while a < b, ScalarClass.isSpace(scanner.scalars[a]) { a += 1 }
                while b > a, ScalarClass.isSpace(scanner.scalars[b - 1]) { b -= 1 }
                guard a < b else { throw UnitSyntaxError(.noForm, "empty element in set", at: start) }
                tokens.append(scanner.text(a, b))
                start = i + 1
            }
            i += 1
        }
        return .set(tokens)
    }

    mutating func parseSymmetric() throws(UnitSyntaxError) -> QuantityExpression {
        scanner.skipSpaces()
        guard let q = try scanner.atNumber ? scanner.scanQuantity() : scanner.scanSymbolMultiple() else {
            throw missingNumber("±")
        }
        if q.quantity.number.isNegative || q.sign != nil {
            throw UnitSyntaxError(.noForm, "±x needs an unsigned x", at: q.start)
        }
        var probe = scanner
        probe.skipSpaces()
        if probe.current == "+" || probe.current == "±" {
            return try parseUnbracketedFormula(first: q)
        }
        try expectEnd()
        return .symmetricLimit(q.quantity)
    }

    mutating func parseBound(_ relation: BoundOperator) throws(UnitSyntaxError) -> QuantityExpression {
        scanner.skipSpaces()
        guard let q = try scanner.atNumber ? scanner.scanQuantity() : scanner.scanSymbolMultiple() else {
            throw missingNumber(relation.rawValue)
        }
        try expectEnd()
        return .bound(relation, q.quantity)
    }

    /// `[a, b]`, `(a, b]`, … with the unit inside or once after the bracket; `∞` leaves a side open.
    mutating func parseBrackets() throws(UnitSyntaxError) -> QuantityExpression {
        let lowerInclusive = scanner.current == "["
        scanner.index += 1
        scanner.skipSpaces()
        var lower = try scanEnd()
        scanner.skipSpaces()
        guard let comma = scanner.current, comma == "," || comma == ";" else {
            throw noForm("interval needs ',' between its ends")
        }
        scanner.index += 1
        scanner.skipSpaces()
        var upper = try scanEnd()
        scanner.skipSpaces()
        guard let close = scanner.current, close == "]" || close == ")" else {
            throw noForm("interval needs ']' or ')'")
        }
        scanner.index += 1
        let upperInclusive = close == "]"
        scanner.skipSpaces()
        if scanner.atUnit {
            let unit = try scanner.scanUnit()
            if lower?.hasUnit == true || upper?.hasUnit == true {
                throw UnitSyntaxError(.noForm, "unit written both inside and after the brackets", at: unit.start)
            }
            lower?.apply(unit)
            upper?.apply(unit)
        }
        try expectEnd()
        guard lower != nil || upper != nil else {
            throw UnitSyntaxError(.invalidInterval, "interval with no finite end", at: 0)
        }
        return try interval(
            lower: lower.map { ($0, lowerInclusive) }, upper: upper.map { ($0, upperInclusive) }, variable: nil)
    }

    /// An interval end: a quantity, or `∞` (nil).
    private mutating func scanEnd() throws(UnitSyntaxError) -> Scanned? {
        if scanner.current == "∞" || ((scanner.current == "-" || scanner.current == "+") && scanner.peek(1) == "∞") {
            scanner.index += scanner.current == "∞" ? 1 : 2
            return nil
        }
        guard scanner.atNumber else { throw noForm("interval end needs a number") }
        return try scanner.scanQuantity()
    }

    /// A form that starts with a number: value, asymmetric limit, interval or chain; a single glued word
    /// that fits none of them is a token (`0.2S`, `5-10`).
    mutating func parseNumberLed() throws(UnitSyntaxError) -> QuantityExpression {
        let start = scanner.index
        let singleWord = scanner.isSingleWord
        do {
            return try parseNumberForms(singleWord: singleWord)
        } catch {
            if error.kind == .malformedNumber || error.kind == .dimensionMismatch
                || error.kind == .invalidInterval || !singleWord
            {
                throw error
            }
            try rejectDecimalComma(from: start)
            return .token(scanner.text(start, scanner.end))
        }
    }

    /// `1,6` or `1,000` glued into one word is a number written with a comma, not a name: refuse it rather
    /// than compare it as text.
    private func rejectDecimalComma(from start: Int) throws(UnitSyntaxError) {
        var probe = scanner
        probe.index = start
        _ = try probe.scanNumber()
        if probe.current == ",", let next = probe.peek(1), ScalarClass.isDigit(next) {
            var end = probe.index + 1
            while end < probe.end, ScalarClass.isDigit(probe.scalars[end]) || probe.scalars[end] == "," { end += 1 }
            throw UnitSyntaxError(
                .malformedNumber, "malformed number '\(probe.text(start, end))' (the decimal mark is '.')", at: start)
        }
    }

    private mutating func parseNumberForms(singleWord: Bool) throws(UnitSyntaxError) -> QuantityExpression {
        let start = scanner.index
        let first = try scanner.scanQuantity()
        if singleWord, let unitStart = first.unitStart, scanner.atEnd,
            UnitCatalogue.classSuffixes.contains(scanner.text(unitStart, scanner.end))
        {
            return .token(scanner.text(start, scanner.end))
        }
        scanner.skipSpaces()
        guard let next = scanner.current else { return .value(first.quantity) }
        if scanner.scanPlusMinus() {
            return try parseCentre(first, closing: false)
        }
        if next == "/" {
            scanner.index += 1
            scanner.skipSpaces()
            return try parseAsymmetric(first)
        }
        if scanner.scanRangeSeparator() {
            scanner.skipSpaces()
            guard scanner.atNumber else { throw missingNumber("range") }
            let second = try scanner.scanQuantity()
            try expectEnd()
            return try interval(lower: (first, true), upper: (second, true), variable: nil)
        }
        if let relation = scanner.scanRelation() {
            return try parseChain(first, relation)
        }
        throw noForm("expression fits no form: unexpected '\(scanner.text(scanner.index, scanner.end))'")
    }

    /// `+a / -b` or `-b / +a`; the unit may be written once at the end.
    private mutating func parseAsymmetric(_ first: Scanned) throws(UnitSyntaxError) -> QuantityExpression {
        guard let firstSign = first.sign, scanner.atNumber, let secondSign = scanner.current,
            secondSign == "-" || secondSign == "+"
        else {
            throw noForm("an asymmetric limit is written '+a / -b'")
        }
        guard firstSign != secondSign else {
            throw noForm("an asymmetric limit needs one '+' and one '-' part")
        }
        var second = try scanner.scanQuantity()
        var first = first
        try expectEnd()
        try unify(&first, &second)
        let (upper, lower) = firstSign == "+" ? (first, second) : (second, first)
        guard !upper.quantity.number.isNegative, lower.quantity.number <= .zero else {
            throw UnitSyntaxError(.invalidInterval, "asymmetric limit with its ends crossed", at: first.start)
        }
        return .asymmetricLimit(upper: upper.quantity, lower: lower.quantity)
    }

    /// `a < m ≤ b`, `a < m`, `b ≥ m > a`, after the first quantity and relation.
    private mutating func parseChain(_ first: Scanned, _ relation: BoundOperator) throws(UnitSyntaxError)
        -> QuantityExpression
    {
        scanner.skipSpaces()
        guard let variable = scanner.scanName() else {
            throw noForm("chain needs a variable after '\(relation.rawValue)'")
        }
        scanner.skipSpaces()
        // `a < m` reads as m > a: the first quantity bounds from the side opposite to the relation's.
        let firstEnd = (first, relation.isInclusive)
        if scanner.atEnd {
            return relation.isUpper
                ? try interval(lower: firstEnd, upper: nil, variable: variable)
                : try interval(lower: nil, upper: firstEnd, variable: variable)
        }
        guard let second = scanner.scanRelation() else { throw noForm("chain needs a relation after '\(variable)'") }
        guard second.isUpper == relation.isUpper else {
            throw noForm("chain relations point different ways")
        }
        scanner.skipSpaces()
        guard scanner.atNumber else { throw missingNumber(second.rawValue) }
        let last = try scanner.scanQuantity()
        try expectEnd()
        let lastEnd = (last, second.isInclusive)
        return relation.isUpper
            ? try interval(lower: firstEnd, upper: lastEnd, variable: variable)
            : try interval(lower: lastEnd, upper: firstEnd, variable: variable)
    }

    /// A chain with the variable first (`m ≤ 500 e`), a named value (`U = 0.5 mg`, `Q2/Q1 = 1.6`), or a token.
    mutating func parseNameLed() throws(UnitSyntaxError) -> QuantityExpression {
        let start = scanner.index
        if let multiple = try scanner.scanSymbolMultiple() {
            var probe = scanner
            probe.skipSpaces()
            // `MPE/3` is a value; a symbol alone (`Max`, `e`) stays a token, as column keys print it.
            if probe.atEnd, multiple.quantity.numberText != "1" { return .value(multiple.quantity) }
            scanner.index = start
        }
        if var variable = scanner.scanName() {
            // A ratio named before its value or bound: `Q2/Q1 = 1.6`, `Q3/Q1 ≥ 40`.
            var ratio = scanner
            if ratio.current == "/" {
                ratio.index += 1
                if let denominator = ratio.scanName() {
                    ratio.skipSpaces()
                    if ratio.current == "=" || ratio.current.map({ "≤≥<>".unicodeScalars.contains($0) }) == true {
                        scanner = ratio
                        variable += "/" + denominator
                    }
                }
            }
            scanner.skipSpaces()
            if scanner.current == "=", scanner.peek(1) != "=" {
                return try parseNamedValue()
            }
            if let relation = scanner.scanRelation() {
                scanner.skipSpaces()
                guard scanner.atNumber else { throw missingNumber(relation.rawValue) }
                let q = try scanner.scanQuantity()
                try expectEnd()
                let end = (q, relation.isInclusive)
                return relation.isUpper
                    ? try interval(lower: nil, upper: end, variable: variable)
                    : try interval(lower: end, upper: nil, variable: variable)
            }
        }
        scanner.index = start
        if let s = scanner.current, "]),~/≤≥<>±".unicodeScalars.contains(s) || s == "\\" {
            throw noForm("expression fits no form")
        }
        return .token(scanner.text(start, scanner.end))
    }

    // MARK: Helpers

    /// Builds an interval: spreads a unit written once, checks dimensions and order.
    func interval(
        lower: (Scanned, Bool)?, upper: (Scanned, Bool)?, variable: String?
    ) throws(UnitSyntaxError) -> QuantityExpression {
        var low = lower?.0
        var high = upper?.0
        if low != nil, high != nil { try unify(&low!, &high!) }
        if let low, let high {
            let a = low.quantity
            let b = high.quantity
            let (x, y) = a.unit.isOpaque ? (a.number, b.number) : (a.siValue(absolute: true), b.siValue(absolute: true))
            if x > y {
                throw UnitSyntaxError(
                    .invalidInterval, "interval lower end \(a) is above upper end \(b)", at: low.start)
            }
            if x == y, !(lower!.1 && upper!.1) {
                throw UnitSyntaxError(.invalidInterval, "empty interval", at: low.start)
            }
        }
        return .interval(
            lower: low.map { IntervalEnd(quantity: $0.quantity, inclusive: lower!.1) },
            upper: high.map { IntervalEnd(quantity: $0.quantity, inclusive: upper!.1) },
            variable: variable
        )
    }

    /// A unit written only on the second of two quantities applies to the first; then both must be
    /// commensurable.
    func unify(_ first: inout Scanned, _ second: inout Scanned) throws(UnitSyntaxError) {
        if !first.hasUnit, second.hasUnit {
            first.quantity.unit = second.quantity.unit
            first.quantity.unitText = second.quantity.unitText
        }
        guard first.quantity.unit.isCommensurable(with: second.quantity.unit) else {
            let a = first.quantity.unitText.isEmpty ? "no unit" : "'\(first.quantity.unitText)'"
            let b = second.quantity.unitText.isEmpty ? "no unit" : "'\(second.quantity.unitText)'"
            throw UnitSyntaxError(
                .dimensionMismatch, "units of different dimension: \(a) and \(b)",
                at: second.unitStart ?? second.start)
        }
    }

    func expectEnd() throws(UnitSyntaxError) {
        var probe = scanner
        probe.skipSpaces()
        guard probe.atEnd else {
            throw UnitSyntaxError(
                .noForm, "expression fits no form: unexpected '\(probe.text(probe.index, probe.end))'", at: probe.index)
        }
    }

    func noForm(_ message: String) -> UnitSyntaxError {
        UnitSyntaxError(.noForm, message, at: min(scanner.index, scanner.end))
    }

    func missingNumber(_ what: String) -> UnitSyntaxError {
        UnitSyntaxError(.noForm, "'\(what)' needs a number", at: min(scanner.index, scanner.end))
    }
}

extension ExpressionScanner.Scanned {
    /// Takes a unit written after the brackets.
    fileprivate mutating func apply(_ unit: (unit: Unit, text: String, start: Int)) {
        quantity.unit = unit.unit
        quantity.unitText = unit.text
        unitStart = unit.start
    }
}
