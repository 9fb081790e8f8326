import BigInt

/// An exact rational number.
///
/// Values are always stored reduced, with the sign on the numerator and a positive denominator, so two
/// equal numbers have the same representation and `==`/`hash(into:)` are structural.
///
/// Most numbers met in specifications fit in 64 bits, so they are kept as a pair of `Int64`; an operation
/// whose result would overflow falls back to `BigInt` storage, and a big result that fits again is demoted,
/// which keeps the representation unique.
public struct Rational: Sendable {
    /// The two representations. `small` holds any value whose reduced numerator and denominator fit in
    /// `Int64` (numerator never `Int64.min`, so negation cannot overflow); `big` holds only values that do not.
    @usableFromInline
    enum Storage: Hashable, Sendable {
        case small(Int64, Int64)
        // Indirect: keeps a Rational at 17 bytes instead of ~50, which matters because quantities are
        // copied far more often than big numbers occur.
        indirect case big(BigInt, BigInt)
    }

    @usableFromInline
    let storage: Storage

    @inlinable
    init(storage: Storage) {
        self.storage = storage
    }

    /// The integer `value`.
    @inlinable
    public init(_ value: Int) {
        if value == Int.min {
            self.init(storage: .big(BigInt(value), 1))
        } else {
            self.init(storage: .small(Int64(value), 1))
        }
    }

    /// The fraction `numerator / denominator`, reduced.
    /// - Precondition: `denominator != 0`.
    public init(numerator: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "Rational with zero denominator")
        self = Rational.reduce(numerator, denominator)
    }

    /// The fraction `numerator / denominator`, reduced.
    /// - Precondition: `denominator != 0`.
    public init(_ numerator: Int, _ denominator: Int) {
        precondition(denominator != 0, "Rational with zero denominator")
        self = Rational.reduce(Int64(numerator), Int64(denominator))
    }

    /// Zero.
    public static let zero = Rational(storage: .small(0, 1))
    /// One.
    public static let one = Rational(storage: .small(1, 1))

    /// The reduced numerator; it carries the sign.
    public var numerator: BigInt {
        switch storage {
        case .small(let n, _): BigInt(n)
        case .big(let n, _): n
        }
    }

    /// The reduced denominator; always positive.
    public var denominator: BigInt {
        switch storage {
        case .small(_, let d): BigInt(d)
        case .big(_, let d): d
        }
    }

    /// Whether the value is zero.
    @inlinable
    public var isZero: Bool {
        if case .small(let n, _) = storage { return n == 0 }
        return false
    }

    /// Whether the value is below zero.
    public var isNegative: Bool {
        switch storage {
        case .small(let n, _): n < 0
        case .big(let n, _): n.signum() < 0
        }
    }

    /// Whether the value is a whole number.
    public var isInteger: Bool {
        switch storage {
        case .small(_, let d): d == 1
        case .big(_, let d): d == 1
        }
    }

    /// The absolute value.
    public var magnitude: Rational {
        isNegative ? -self : self
    }

    /// The value as a pair of `Int64` when it fits (the fast path other code may use).
    @inlinable
    var smallParts: (numerator: Int64, denominator: Int64)? {
        if case .small(let n, let d) = storage { return (n, d) }
        return nil
    }

    /// The value as a pair of `BigInt`, whatever the storage.
    var bigParts: (numerator: BigInt, denominator: BigInt) {
        switch storage {
        case .small(let n, let d): (BigInt(n), BigInt(d))
        case .big(let n, let d): (n, d)
        }
    }

    // MARK: Normalisation

    /// Greatest common divisor of two magnitudes (binary-free Euclid: the operands are small and this is
    /// not the bottleneck).
    @inlinable
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var a = a
        var b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// Reduces `n/d` (any signs, `d != 0`) into canonical storage.
    @inlinable
    static func reduce(_ n: Int64, _ d: Int64) -> Rational {
        if n == 0 { return .zero }
        let g = gcd(n.magnitude, d.magnitude)
        let nm = n.magnitude / g
        let dm = d.magnitude / g
        let negative = (n < 0) != (d < 0)
        if nm <= UInt64(Int64.max), dm <= UInt64(Int64.max) {
            let sn = Int64(nm)
            return Rational(storage: .small(negative ? -sn : sn, Int64(dm)))
        }
        // Only reachable with Int64.min on one side: keep it exact in BigInt.
        let bn = BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(nm))
        return Rational(storage: .big(bn, BigInt(BigUInt(dm))))
    }

    /// Reduces `n/d` (any signs, `d != 0`) into canonical storage, demoting to `small` when it fits.
    static func reduce(_ n: BigInt, _ d: BigInt) -> Rational {
        if n.isZero { return .zero }
        var n = n
        var d = d
        if d.signum() < 0 {
            n.negate()
            d.negate()
        }
        // A whole number or a unit fraction is already reduced; skipping Stein's GCD there matters for
        // big powers of ten, whose GCD with 1 walks every bit.
        if d == 1 || n.magnitude == 1 { return fromReduced(n, d) }
        let g = bigGCD(n.magnitude, d.magnitude)
        if g != 1 {
            n /= BigInt(g)
            d /= BigInt(g)
        }
        return fromReduced(n, d)
    }

    /// The greatest common divisor by Euclid's remainders, down to 64 bits, then in `UInt64`.
    ///
    /// BigInt's own (Stein's binary algorithm) takes a step per bit, each on the whole number: reducing
    /// `3·10⁴⁰⁹⁶ / 10⁶` walked 13,600 bits of a 4,000-digit number. A remainder step drops as many bits
    /// as the sizes differ at once, and `x mod 10⁶` ends that example in one step.
    static func bigGCD(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var (x, y) = a >= b ? (a, b) : (b, a)
        if y.isZero { return x }
        if let g = smoothGCD(x, y) ?? smoothGCD(y, x) { return g }
        while !y.isZero {
            if x.bitWidth <= 64 {
                return BigUInt(gcd(UInt64(x), UInt64(y)))
            }
            (x, y) = (y, x % y)
        }
        return x
    }

    /// gcd(x, y) when `y` is 2^a·5^b — a decimal's denominator, the usual case — from the powers of 2 and 5
    /// in `x`, without Euclid's thousands of steps on numbers of thousands of digits; nil for any other `y`
    /// (found out in one division).
    static func smoothGCD(_ x: BigUInt, _ y: BigUInt) -> BigUInt? {
        let fivesInWord = BigUInt(7_450_580_596_923_828_125)  // 5^27
        let twos = y.trailingZeroBitCount
        var rest = y >> twos
        var fives = 0
        while rest.bitWidth > 64 {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: fivesInWord)
            guard remainder.isZero else { return nil }
            rest = quotient
            fives += 27
        }
        var small = UInt64(rest)
        while small > 1, small % 5 == 0 {
            small /= 5
            fives += 1
        }
        guard small == 1 else { return nil }
        let commonTwos = min(twos, x.trailingZeroBitCount)
        var xRest = x
        var commonFives = 0
        while commonFives + 27 <= fives {
            let (quotient, remainder) = xRest.quotientAndRemainder(dividingBy: fivesInWord)
            guard remainder.isZero else { break }
            xRest = quotient
            commonFives += 27
        }
        while commonFives < fives {
            let (quotient, remainder) = xRest.quotientAndRemainder(dividingBy: 5)
            guard remainder.isZero else { break }
            xRest = quotient
            commonFives += 1
        }
        return BigUInt(5).power(commonFives) << commonTwos
    }

    /// Wraps an already reduced `n/d` with `d > 0`, choosing the storage.
    static func fromReduced(_ n: BigInt, _ d: BigInt) -> Rational {
        if let sn = Int64(exactly: n), sn != Int64.min, let sd = Int64(exactly: d) {
            return Rational(storage: .small(sn, sd))
        }
        return Rational(storage: .big(n, d))
    }
}

extension Rational: Hashable {
    /// Structural equality, which is value equality because the storage is canonical.
    @inlinable
    public static func == (l: Rational, r: Rational) -> Bool {
        l.storage == r.storage
    }

    /// Hashes the canonical storage.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }
}

extension Rational: Comparable {
    /// Exact order; the `Int64` path compares cross products in 128 bits, so it never overflows.
    public static func < (l: Rational, r: Rational) -> Bool {
        if case .small(let a, let b) = l.storage, case .small(let c, let d) = r.storage {
            if b == d { return a < c }
            // a/b < c/d  <=>  a*d < c*b  (b, d > 0), compared exactly in 128 bits.
            let left = a.multipliedFullWidth(by: d)
            let right = c.multipliedFullWidth(by: b)
            return left.high != right.high ? left.high < right.high : left.low < right.low
        }
        let (a, b) = l.bigParts
        let (c, d) = r.bigParts
        let (ls, rs) = (a.signum(), c.signum())
        if ls != rs { return ls < rs }
        if ls == 0 { return false }
        // Same sign: when the cross products' sizes differ by two bits or more, their sizes decide, and
        // numbers thousands of digits apart (1e-4096 against 3e4096) need no multiplication.
        let left = a.magnitude.bitWidth + d.magnitude.bitWidth
        let right = c.magnitude.bitWidth + b.magnitude.bitWidth
        if left >= right + 2 { return ls < 0 }
        if right >= left + 2 { return ls > 0 }
        return a * d < c * b
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    /// An integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
