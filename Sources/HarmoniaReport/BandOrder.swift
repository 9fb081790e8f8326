import HarmoniaAlign
import HarmoniaModel

/// The entries of one requirement in the natural order of their bands: where the entries differ by one
/// qualifier only and every value of it is a band (`DN ≤ 25 mm`, `25 mm < DN ≤ 50 mm`, `DN > 50 mm`),
/// by the band's lower end (an open lower end first), then its upper end. Otherwise the comparison's
/// order is kept. Only the order in which reports list the entries changes, never the pairs.
enum BandOrder {
    static func ordered(_ indices: [Int], _ comparison: Comparison) -> [Int] {
        guard indices.count > 1 else { return indices }
        let sides = indices.map { index -> [Qualifier] in
            let pair = comparison.pairs[index]
            return (pair.international ?? pair.domestic)?.qualifiers ?? []
        }
        let names = Set(sides.flatMap { $0.map(\.name) })
        let varying = names.filter { name in
            Set(sides.map { side in side.first { $0.name == name }?.written ?? "" }).count > 1
        }
        guard varying.count == 1, let name = varying.first else { return indices }
        let bands = sides.map { side in side.first { $0.name == name }?.expression.flatMap(ends) }
        guard bands.allSatisfy({ $0 != nil }) else { return indices }
        let keyed = zip(indices, bands.map { $0! }).enumerated()
        return keyed.sorted { a, b in
            let (x, y) = (a.element.1, b.element.1)
            if x.lower != y.lower { return precedes(x.lower, y.lower, open: true) }
            if x.upper != y.upper { return precedes(x.upper, y.upper, open: false) }
            return a.offset < b.offset
        }.map(\.element.0)
    }

    /// A band's ends in SI (`nil`: open).
    private static func ends(_ expression: QuantityExpression) -> (lower: Rational?, upper: Rational?)? {
        switch expression.withoutCoverage {
        case .bound(let op, let q):
            let value = q.siValue(absolute: true)
            return op.isUpper ? (nil, value) : (value, nil)
        case .interval(let lower, let upper, _):
            return (lower?.quantity.siValue(absolute: true), upper?.quantity.siValue(absolute: true))
        default:
            return nil
        }
    }

    /// An open lower end comes first; an open upper end last.
    private static func precedes(_ a: Rational?, _ b: Rational?, open first: Bool) -> Bool {
        switch (a, b) {
        case (nil, _): return first
        case (_, nil): return !first
        case (let a?, let b?): return a < b
        }
    }
}
