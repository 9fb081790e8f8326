import BigInt

/// Arithmetic with an overflow-checked `Int64` fast path; any overflow redoes the operation in `BigInt`.
extension Rational {
    /// The negation.
    public static prefix func - (x: Rational) -> Rational {
        switch x.storage {
        case .small(let n, let d): Rational(storage: .small(-n, d))
        case .big(let n, let d): fromReduced(-n, d)
        }
    }

    /// The exact sum.
    public static func + (l: Rational, r: Rational) -> Rational {
        if case .small(let a, let b) = l.storage, case .small(let c, let d) = r.storage,
            let sum = addSmall(a, b, c, d)
        {
            return sum
        }
        let (a, b) = l.bigParts
        let (c, d) = r.bigParts
        return reduce(a * d + c * b, b * d)
    }

    /// The exact difference.
    public static func - (l: Rational, r: Rational) -> Rational {
        l + (-r)
    }

    /// The exact product.
    public static func * (l: Rational, r: Rational) -> Rational {
        if case .small(let a, let b) = l.storage, case .small(let c, let d) = r.storage,
            let product = multiplySmall(a, b, c, d)
        {
            return product
        }
        let (a, b) = l.bigParts
        let (c, d) = r.bigParts
        return reduce(a * c, b * d)
    }

    /// The exact quotient.
    /// - Precondition: `r` is not zero.
    public static func / (l: Rational, r: Rational) -> Rational {
        precondition(!r.isZero, "Rational division by zero")
        return l * r.reciprocal
    }

    /// Adds in place.
    public static func += (l: inout Rational, r: Rational) { l = l + r }
    /// Subtracts in place.
    public static func -= (l: inout Rational, r: Rational) { l = l - r }
    /// Multiplies in place.
    public static func *= (l: inout Rational, r: Rational) { l = l * r }
    /// Divides in place.
    /// - Precondition: `r` is not zero.
    public static func /= (l: inout Rational, r: Rational) { l = l / r }

    /// `1 / self`.
    /// - Precondition: `self` is not zero.
    public var reciprocal: Rational {
        precondition(!isZero, "reciprocal of zero")
        switch storage {
        case .small(let n, let d):
            return n < 0 ? Rational(storage: .small(-d, -n)) : Rational(storage: .small(d, n))
        case .big(let n, let d):
            return n.signum() < 0 ? Rational.fromReduced(-d, -n) : Rational.fromReduced(d, n)
        }
    }

    /// `self` raised to the integer power `n` (negative powers take the reciprocal).
    /// - Precondition: `self` is not zero when `n < 0`.
    public func power(_ n: Int) -> Rational {
        if n == 0 { return .one }
        if n < 0 { return reciprocal.power(-n) }
        var result = Rational.one
        var base = self
        var e = n
        // Square-and-multiply: exponents in unit powers are tiny, but `1e-40` style scalings are not.
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    /// `10^n` exactly.
    public static func powerOfTen(_ n: Int) -> Rational {
        if n >= 0, n < tenPowers.count { return Rational(storage: .small(tenPowers[n], 1)) }
        if n < 0, -n < tenPowers.count { return Rational(storage: .small(1, tenPowers[-n])) }
        let big = BigInt(10).power(abs(n))
        return n > 0 ? fromReduced(big, 1) : fromReduced(1, big)
    }

    /// 10^0 ... 10^18, every power of ten that fits in `Int64`.
    static let tenPowers: [Int64] = {
        var powers: [Int64] = [1]
        for _ in 1...18 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    // MARK: Int64 fast paths

    /// `a/b + c/d` in `Int64`, or nil on overflow.
    @inlinable
    static func addSmall(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Rational? {
        if b == d {
            let (n, o) = a.addingReportingOverflow(c)
            return o ? nil : reduce(n, b)
        }
        let g = Int64(gcd(b.magnitude, d.magnitude))
        let bg = b / g
        let dg = d / g
        let (ad, o1) = a.multipliedReportingOverflow(by: dg)
        let (cb, o2) = c.multipliedReportingOverflow(by: bg)
        let (n, o3) = ad.addingReportingOverflow(cb)
        let (den, o4) = b.multipliedReportingOverflow(by: dg)
        if o1 || o2 || o3 || o4 { return nil }
        return reduce(n, den)
    }

    /// `(a/b) * (c/d)` in `Int64` with cross-cancellation (the result is then already reduced), or nil on overflow.
    @inlinable
    static func multiplySmall(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Rational? {
        if a == 0 || c == 0 { return .zero }
        let g1 = Int64(gcd(a.magnitude, d.magnitude))
        let g2 = Int64(gcd(c.magnitude, b.magnitude))
        let (n, o1) = (a / g1).multipliedReportingOverflow(by: c / g2)
        let (den, o2) = (b / g2).multipliedReportingOverflow(by: d / g1)
        if o1 || o2 || n == Int64.min { return nil }
        return Rational(storage: .small(n, den))
    }
}
