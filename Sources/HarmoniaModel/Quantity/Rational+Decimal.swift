import BigInt
import Synchronization

/// Reading and writing decimal notation exactly.
extension Rational {
    /// Exponents beyond this are refused: `1e999999999` would build a number with a billion digits.
    public static let maximumDecimalExponent = 4096

    /// Numbers with more digits than this are refused: each digit multiplies a growing big integer, so a
    /// 10 MB run of digits (what an XML attribute or text node can hold) would take hours to read.
    public static let maximumDecimalDigits = 4096

    /// Reads a decimal number: optional sign (`+`, `-`, U+2212 `−`), digits, optional `.` and digits
    /// (digits on both sides of the mark), optional exponent `e`/`E` with optional sign.
    /// Examples: `"1.6"`, `"-2.5E-3"`, `"1e3"`, `"+4"`, `"0.020"`. Returns nil when malformed.
    public init?(decimal text: some StringProtocol) {
        var parser = DecimalScanner()
        for scalar in text.unicodeScalars {
            guard parser.feed(scalar) else { return nil }
        }
        guard let value = parser.finish() else { return nil }
        self = value
    }

    /// Exact decimal when the expansion terminates (`"0.0016"`, `"-3"`, `"1500"`), else `"n/d"`.
    ///
    /// A number past 64 bits is converted once per process and remembered (up to
    /// ``descriptionCacheLimit`` of them): base conversion of a number of thousands of digits is
    /// quadratic, and reports and inspections print the same big value many times.
    public var description: String {
        guard case .big = storage else { return decimalText }
        if let known = Self.descriptions.withLock({ $0[self] }) { return known }
        let text = decimalText
        Self.descriptions.withLock { table in
            if table.count >= Self.descriptionCacheLimit { table.removeAll() }
            table[self] = text
        }
        return text
    }

    private static let descriptions = Mutex<[Rational: String]>([:])
    static let descriptionCacheLimit = 4096

    /// Decimal digits of `x` by halves (`x = q·10^k + r`): BigInt's own conversion divides the whole
    /// number by a word for every 19 digits, quadratic in slow steps; this is quadratic in fast ones.
    static func decimalDigits(_ x: BigUInt) -> String {
        guard x.bitWidth > 2048 else { return String(x) }
        let k = Int(Double(x.bitWidth) * 0.30103) / 2
        let (q, r) = x.quotientAndRemainder(dividingBy: BigUInt(10).power(k))
        let low = decimalDigits(r)
        let high = q.isZero ? "" : decimalDigits(q)
        return high + String(repeating: "0", count: high.isEmpty ? 0 : k - low.count) + low
    }

    private var decimalText: String {
        let (n, d) = bigParts
        if d == 1 { return (n.signum() < 0 ? "-" : "") + Self.decimalDigits(n.magnitude) }
        // The expansion terminates iff d = 2^a * 5^b; then n/d = n * 2^(k-a) * 5^(k-b) / 10^k, k = max(a, b).
        // Factors are taken out in bulk: one at a time, a denominator of 10^8000 took seconds.
        let twos = d.trailingZeroBitCount
        var rest = d >> twos
        var fives = 0
        let fivesInWord = BigInt(7_450_580_596_923_828_125)  // 5^27, the largest power of 5 in an Int64
        while true {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: fivesInWord)
            guard remainder.isZero else { break }
            rest = quotient
            fives += 27
        }
        while rest % 5 == 0 {
            rest /= 5
            fives += 1
        }
        guard rest == 1 else {
            return (n.signum() < 0 ? "-" : "") + Self.decimalDigits(n.magnitude) + "/" + Self.decimalDigits(d.magnitude)
        }
        let k = max(twos, fives)
        let scaled = n.magnitude * BigUInt(2).power(k - twos) * BigUInt(5).power(k - fives)
        var digits = Self.decimalDigits(scaled)
        if digits.count <= k {
            digits = String(repeating: "0", count: k - digits.count + 1) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -k)
        let sign = n.signum() < 0 ? "-" : ""
        return sign + digits[..<split] + "." + digits[split...]
    }
}

extension Rational: CustomStringConvertible {}

/// A one-pass decimal reader over Unicode scalars; the mantissa accumulates in `Int64` until it overflows,
/// then in `BigInt`.
struct DecimalScanner {
    private enum Phase { case start, sign, integer, point, fraction, exponentMark, exponentSign, exponent }

    private var phase = Phase.start
    private var negative = false
    private var small: Int64 = 0
    private var big: BigInt?
    /// Digits read since `big` was last brought up to date, and how many: a 4,000-digit mantissa costs
    /// 220 BigInt steps instead of 4,000.
    private var pending: Int64 = 0
    private var pendingDigits = 0
    private var fractionDigits = 0
    private var exponent = 0
    private var exponentNegative = false
    /// Mantissa digits read so far (integer and fraction), bounded by `Rational.maximumDecimalDigits`.
    private(set) var digitCount = 0

    /// Whether reading stopped because the mantissa has more than `Rational.maximumDecimalDigits` digits.
    var hasTooManyDigits: Bool { digitCount > Rational.maximumDecimalDigits }

    /// Consumes one scalar; false when it cannot continue a decimal number.
    mutating func feed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        let isDigit = v >= 48 && v <= 57
        switch phase {
        case .start:
            if v == 0x2B || v == 0x2D || v == 0x2212 {
                negative = v != 0x2B
                phase = .sign
                return true
            }
            guard isDigit else { return false }
            phase = .integer
            return appendDigit(v - 48)
        case .sign:
            guard isDigit else { return false }
            phase = .integer
            return appendDigit(v - 48)
        case .integer, .fraction:
            if isDigit {
                if phase == .fraction { fractionDigits += 1 }
                return appendDigit(v - 48)
            } else if v == 0x2E, phase == .integer {
                phase = .point
            } else if v == 0x65 || v == 0x45 {
                phase = .exponentMark
            } else {
                return false
            }
        case .point:
            guard isDigit else { return false }
            fractionDigits += 1
            phase = .fraction
            return appendDigit(v - 48)
        case .exponentMark:
            if v == 0x2B || v == 0x2D || v == 0x2212 {
                exponentNegative = v != 0x2B
                phase = .exponentSign
                return true
            }
            guard isDigit else { return false }
            return appendExponentDigit(v - 48)
        case .exponentSign, .exponent:
            guard isDigit else { return false }
            return appendExponentDigit(v - 48)
        }
        return true
    }

    /// The value read, or nil when the text stopped mid-number (`"1."`, `"-"`, `"2e"`).
    func finish() -> Rational? {
        switch phase {
        case .integer, .fraction, .exponent: break
        default: return nil
        }
        let scale = (exponentNegative ? -exponent : exponent) - fractionDigits
        // Fast path: `1.6` is 16/10, reduced once, without a general multiplication.
        if big == nil, scale <= 0, -scale < Rational.tenPowers.count {
            return Rational.reduce(negative ? -small : small, Rational.tenPowers[-scale])
        }
        var mantissa: Rational
        if var big {
            if pendingDigits > 0 { big = big * BigInt(Rational.tenPowers[pendingDigits]) + BigInt(pending) }
            mantissa = Rational.fromReduced(negative ? -big : big, 1)
        } else {
            mantissa = Rational(storage: .small(negative ? -small : small, 1))
        }
        if scale != 0 { mantissa = mantissa * Rational.powerOfTen(scale) }
        return mantissa
    }

    /// Adds a mantissa digit; false past `Rational.maximumDecimalDigits`.
    private mutating func appendDigit(_ digit: UInt32) -> Bool {
        digitCount += 1
        guard digitCount <= Rational.maximumDecimalDigits else { return false }
        if big == nil {
            let (m, o1) = small.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(digit))
            if !o1, !o2 {
                small = s
                return true
            }
            big = BigInt(small)
        }
        pending = pending * 10 + Int64(digit)
        pendingDigits += 1
        if pendingDigits == 18 {
            big = big! * BigInt(Rational.tenPowers[18]) + BigInt(pending)
            pending = 0
            pendingDigits = 0
        }
        return true
    }

    private mutating func appendExponentDigit(_ digit: UInt32) -> Bool {
        phase = .exponent
        exponent = exponent * 10 + Int(digit)
        return exponent <= Rational.maximumDecimalExponent
    }
}
