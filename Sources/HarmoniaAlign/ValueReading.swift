import HarmoniaModel

/// One side's value as the comparison reads it: a numeric set in coherent SI with the quantity written at
/// each end, a formula's terms, tokens, or text in a unit without an exact factor.
struct Reading {
    enum Shape {
        case numeric(NumericSet)
        case formula([FormulaTermReading])
        case tokens([String])
        case opaque(String)
    }

    var shape: Shape
    /// The quantity written at the lower and upper end, signed as the end (`±2 mmHg` → −2 mmHg, 2 mmHg),
    /// units as read for the comparison; nil for an open end.
    var lowerQuantity: Quantity?
    var upperQuantity: Quantity?
    /// What the reading assumed, for the pair's detail (`0.5 % read as the limit ±0.5 %`, `e = 1 g`).
    var notes: [String] = []
    /// Whether points, bounds and ranges were read as absolute values (20 °C = 293.15 K), not differences.
    var absolute = true

    var set: NumericSet? {
        if case .numeric(let set) = shape { return set }
        return nil
    }
}

/// One term of a formula limit in coherent SI, keyed by what it is proportional to.
struct FormulaTermReading {
    /// Dimension and variable: terms with equal keys are compared with each other.
    var dimension: Dimension
    var variable: String?
    var value: Rational
    var written: String
}

/// Reads both sides of a pair under one context: decides once what `d` means, which symbols can be
/// replaced by stated values and which relative values apply to a stated nominal value.
struct ValueReader {
    let context: ValueContext

    /// Reads the domestic and the international expression.
    func read(domestic: QuantityExpression, international: QuantityExpression) -> (Reading, Reading) {
        let d = domestic.withoutCoverage
        let i = international.withoutCoverage
        let dq = Self.quantities(of: d)
        let iq = Self.quantities(of: i)
        let dayIsScaleInterval = dayIsScaleInterval(d, i, dq + iq)
        func bases(_ quantities: [Quantity]) -> [String] {
            quantities.compactMap { unit(of: $0, dayIsScaleInterval).dimension.symbolicBase }
        }
        func dimension(_ quantities: [Quantity]) -> Dimension? {
            quantities.first.map { unit(of: $0, dayIsScaleInterval).dimension }
        }
        let dSide = Side(
            own: context.domesticSymbols, other: context.internationalSymbols,
            nominal: context.domesticNominal ?? context.internationalNominal,
            otherBases: bases(iq), otherDimension: dimension(iq))
        let iSide = Side(
            own: context.internationalSymbols, other: context.domesticSymbols,
            nominal: context.internationalNominal ?? context.domesticNominal,
            otherBases: bases(dq), otherDimension: dimension(dq))
        return (read(d, dq, side: dSide, dayIsScaleInterval), read(i, iq, side: iSide, dayIsScaleInterval))
    }

    /// What one side may substitute.
    private struct Side {
        var own: [String: Quantity]
        var other: [String: Quantity]
        var nominal: Quantity?
        var otherBases: [String]
        var otherDimension: Dimension?
    }

    /// A bare `d` is the actual scale interval unless the concept is a duration. When the catalogue does
    /// not say, it is the scale interval where either side is a mass, a symbol or a formula.
    private func dayIsScaleInterval(_ d: QuantityExpression, _ i: QuantityExpression, _ quantities: [Quantity]) -> Bool
    {
        switch context.quantityKind {
        case .duration: return false
        case .difference, .absolute: return true
        case nil:
            if case .formula = d { return true }
            if case .formula = i { return true }
            return quantities.contains {
                $0.unit.dimension == .mass || $0.unit.dimension.symbolicBase != nil
            }
        }
    }

    private func unit(of q: Quantity, _ dayIsScaleInterval: Bool) -> Unit {
        dayIsScaleInterval && q.unit.symbol == "d" ? SymbolicUnits.unit("d") : q.unit
    }

    /// Every quantity written in an expression.
    static func quantities(of expression: QuantityExpression) -> [Quantity] {
        switch expression {
        case .value(let q), .symmetricLimit(let q), .bound(_, let q): [q]
        case .asymmetricLimit(let upper, let lower): [upper, lower]
        case .interval(let lower, let upper, _): [lower?.quantity, upper?.quantity].compactMap { $0 }
        case .formula(let terms): terms.map(\.coefficient)
        case .withCoverage(let inner, _): quantities(of: inner)
        case .set, .token: []
        }
    }

    private func read(_ written: QuantityExpression, _ quantities: [Quantity], side: Side, _ dayIsScaleInterval: Bool)
        -> Reading
    {
        var notes: [String] = []
        var expression = written
        if context.valueKind == .limit, case .value(let q) = expression, !q.number.isNegative {
            expression = .symmetricLimit(q)
            notes.append("\(q) read as the limit ±\(q) (a limit printed as its magnitude)")
        }
        func adjust(_ q: Quantity) -> Quantity {
            var q = q
            q.unit = unit(of: q, dayIsScaleInterval)
            // Full scale stays a base against a value relative to the reading: the two order without it.
            if let base = q.unit.dimension.symbolicBase, q.unit.dimension.symbolExponent == 1,
                !side.otherBases.contains(base), !(base == "FS" && side.otherDimension == .dimensionless),
                let value = side.own[base] ?? side.other[base]
            {
                q.unit = Unit(
                    symbol: q.unit.symbol, dimension: q.unit.dimension.withoutSymbol * value.unit.dimension,
                    factor: q.unit.factor * value.siValue(absolute: false))
                let note = "\(base) = \(value)"
                if !notes.contains(note) { notes.append(note) }
            }
            if q.unit.dimension.isDimensionless, !q.unit.isOpaque, !q.unitText.isEmpty,
                let other = side.otherDimension, !other.isDimensionless, other.symbolicBase == nil,
                let nominal = side.nominal, nominal.unit.dimension == other
            {
                q.unit = Unit(
                    symbol: q.unit.symbol, dimension: other, factor: q.unit.factor * nominal.siValue(absolute: false))
                let note = "relative value at the nominal \(nominal)"
                if !notes.contains(note) { notes.append(note) }
            }
            return q
        }
        // Plain quantities — no `d`, no symbol, no relative unit — need no adjusting.
        let plain = quantities.allSatisfy {
            $0.unit.symbol != "d" && $0.unit.dimension.symbolicBase == nil
                && !($0.unit.dimension.isDimensionless && side.nominal != nil)
        }
        var reading = plain ? build(expression) { $0 } : build(expression, adjust: adjust)
        reading.notes = notes + reading.notes
        reading.absolute = pointsAreAbsolute
        return reading
    }

    /// Whether the ends of points, bounds and ranges are absolute (temperatures with their offset).
    private var pointsAreAbsolute: Bool {
        context.quantityKind != .difference && context.quantityKind != .duration
    }

    private func build(_ expression: QuantityExpression, adjust: (Quantity) -> Quantity) -> Reading {
        let quantities = Self.quantities(of: expression).map(adjust)
        if quantities.contains(where: { $0.unit.isOpaque }) {
            return Reading(shape: .opaque(TextFolding.identityKey(expression.description)))
        }
        func end(_ q: Quantity, absolute: Bool, inclusive: Bool = true) -> NumericSet.End {
            NumericSet.End(value: q.siValue(absolute: absolute), inclusive: inclusive)
        }
        func numeric(
            _ kind: NumericSet.Kind, _ lower: NumericSet.End?, _ upper: NumericSet.End?,
            _ lq: Quantity?, _ uq: Quantity?
        ) -> Reading {
            let dimension = (lq ?? uq)?.unit.dimension ?? .dimensionless
            return Reading(
                shape: .numeric(NumericSet(kind: kind, dimension: dimension, lower: lower, upper: upper)),
                lowerQuantity: lq, upperQuantity: uq)
        }
        let absolute = pointsAreAbsolute
        // Every numeric form has its quantities; an expression built by hand without them reads as nothing.
        let needed: Int
        switch expression {
        case .value, .symmetricLimit, .bound: needed = 1
        case .asymmetricLimit: needed = 2
        default: needed = 0
        }
        guard quantities.count >= needed else { return Reading(shape: .tokens([])) }
        switch expression {
        case .value:
            let q = quantities[0]
            return numeric(.point, end(q, absolute: absolute), end(q, absolute: absolute), q, q)
        case .symmetricLimit:
            var q = quantities[0]
            q.number = q.number.magnitude
            return numeric(.limit, end(q.negated, absolute: false), end(q, absolute: false), q.negated, q)
        case .asymmetricLimit:
            let (u, l) = (quantities[0], quantities[1])
            return numeric(.limit, end(l, absolute: false), end(u, absolute: false), l, u)
        case .bound(let op, _):
            let q = quantities[0]
            let e = end(q, absolute: absolute, inclusive: op.isInclusive)
            return op.isUpper ? numeric(.range, nil, e, nil, q) : numeric(.range, e, nil, q, nil)
        case .interval(let lower, let upper, _):
            let lq = lower.map { _ in quantities[0] }
            let uq = upper.map { _ in quantities[lower == nil ? 0 : 1] }
            return numeric(
                .range, lq.map { end($0, absolute: absolute, inclusive: lower!.inclusive) },
                uq.map { end($0, absolute: absolute, inclusive: upper!.inclusive) }, lq, uq)
        case .formula(let terms):
            let read = zip(terms, quantities).map { term, q in
                FormulaTermReading(
                    dimension: q.unit.dimension, variable: term.variable,
                    value: q.siValue(absolute: false).magnitude, written: term.description)
            }
            return Reading(shape: .formula(read))
        case .set, .token:
            guard case .tokens(let tokens) = expression.canonical else { return Reading(shape: .tokens([])) }
            return Reading(shape: .tokens(tokens))
        case .withCoverage(let inner, _):
            return build(inner, adjust: adjust)
        }
    }
}

extension Quantity {
    /// The same quantity with the opposite sign, as written: `2 mmHg` → `-2 mmHg`.
    var negated: Quantity {
        var q = self
        q.number = -number
        q.numberText =
            numberText.hasPrefix("-")
            ? String(numberText.dropFirst())
            : "-" + (numberText.hasPrefix("+") ? String(numberText.dropFirst()) : numberText)
        return q
    }
}
