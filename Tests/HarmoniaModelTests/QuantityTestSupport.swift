import Testing

@testable import HarmoniaModel

/// Parses `text` and returns the expression (the test fails on a parse error).
func expression(_ text: String) throws -> QuantityExpression {
    try QuantityExpressionParser.parse(text).expression
}

/// The canonical form of `text`.
func canonical(_ text: String) throws -> CanonicalForm {
    try QuantityExpressionParser.parse(text).expression.canonical
}

/// The error raised by parsing `text`, or nil if it parsed.
func parseError(_ text: String) -> QuantityError? {
    do {
        _ = try QuantityExpressionParser.parse(text)
        return nil
    } catch {
        return error
    }
}

/// An exact decimal, for expectations.
func r(_ text: String) -> Rational {
    Rational(decimal: text)!
}
