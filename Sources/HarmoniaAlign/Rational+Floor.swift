import BigInt
import HarmoniaModel

extension Rational {
    /// The largest integer not above this number (scores are small, so it fits an `Int`).
    var floor: Int {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        let whole = remainder.signum() < 0 ? quotient - 1 : quotient
        return Int(whole)
    }
}
