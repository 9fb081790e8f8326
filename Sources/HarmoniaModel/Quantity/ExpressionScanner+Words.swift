/// Relations written in words, as JJG and OIML texts print bounds: `不超过 1 年`, `不小于 2 h`,
/// `not more than 0.5 %`, `at least 24 h`.
extension ExpressionScanner {
    /// Phrases and the relation each states. A phrase is matched at the start of an expression only,
    /// ASCII letters in any case, and must be followed by a space or a number.
    static let relationWords: [(phrase: [Unicode.Scalar], relation: BoundOperator)] =
        ([
            ("不超过", .lessOrEqual), ("不大于", .lessOrEqual), ("不高于", .lessOrEqual), ("不多于", .lessOrEqual),
            ("最多", .lessOrEqual), ("至多", .lessOrEqual),
            ("not more than", .lessOrEqual), ("no more than", .lessOrEqual), ("not exceeding", .lessOrEqual),
            ("not greater than", .lessOrEqual), ("at most", .lessOrEqual),
            ("不小于", .greaterOrEqual), ("不低于", .greaterOrEqual), ("不少于", .greaterOrEqual), ("至少", .greaterOrEqual),
            ("not less than", .greaterOrEqual), ("no less than", .greaterOrEqual), ("at least", .greaterOrEqual),
            ("小于", .less), ("低于", .less), ("less than", .less),
            ("大于", .greater), ("高于", .greater), ("超过", .greater), ("more than", .greater), ("greater than", .greater),
        ] as [(String, BoundOperator)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// A relation written in words at the cursor, consumed.
    mutating func scanRelationWord() -> BoundOperator? {
        for (phrase, relation) in Self.relationWords where index + phrase.count <= end {
            var matches = true
            for (offset, p) in phrase.enumerated() where Self.lowercased(scalars[index + offset]) != p {
                matches = false
                break
            }
            guard matches else { continue }
            let after = index + phrase.count
            guard after < end,
                ScalarClass.isSpace(scalars[after]) || ScalarClass.isDigit(scalars[after])
                    || scalars[after] == "+" || scalars[after] == "-"
            else { continue }
            index = after
            return relation
        }
        return nil
    }

    private static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
    }
}
