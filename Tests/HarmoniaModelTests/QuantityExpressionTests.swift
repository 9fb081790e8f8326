import Testing

@testable import HarmoniaModel

@Suite("QuantityExpressionParser forms")
struct QuantityExpressionTests {
    @Test(arguments: ["1.6 mg", "20 °C", "0.5 e", "100", "2.5E-3 kg", "1.6mg", "１．６ｍｇ", "5 000 kg", "1 000", "1年"])
    func values(_ text: String) throws {
        guard case .value = try expression(text) else {
            Issue.record("\(text) is not a value")
            return
        }
    }

    @Test func valueParts() throws {
        guard case .value(let q) = try expression("2.5E-3 kg") else {
            Issue.record("not a value")
            return
        }
        #expect(q.number == Rational(1, 400))
        #expect(q.numberText == "2.5E-3")
        #expect(q.unitText == "kg")
        #expect(q.unit.symbol == "kg")
        guard case .value(let grouped) = try expression("5 000 kg") else {
            Issue.record("not a value")
            return
        }
        #expect(grouped.number == Rational(5000))
        #expect(grouped.numberText == "5000")
        guard case .value(let thin) = try expression("1\u{2009}234\u{202F}567 g") else {
            Issue.record("not a value")
            return
        }
        #expect(thin.number == Rational(1_234_567))
        guard case .value(let bare) = try expression("100") else {
            Issue.record("not a value")
            return
        }
        #expect(bare.unit == Unit.one)
        #expect(bare.unitText == "")
        guard case .value(let minus) = try expression("−10 °C") else {
            Issue.record("not a value")
            return
        }
        #expect(minus.numberText == "-10")
        #expect(minus.number == Rational(-10))
    }

    @Test(arguments: ["±1.6 mg", "± 0.5 %", "+/-0.5 %", "+/- 0.5 %", "±１．６ｍｇ", "±0"])
    func symmetricLimits(_ text: String) throws {
        guard case .symmetricLimit(let q) = try expression(text) else {
            Issue.record("\(text) is not a symmetric limit")
            return
        }
        #expect(!q.number.isNegative)
    }

    @Test func asymmetricLimits() throws {
        for text in ["+2 % / -1 %", "+2%/-1%", "-1 % / +2 %", "+2/-1 %", "+2 % / −1 %"] {
            guard case .asymmetricLimit(let upper, let lower) = try expression(text) else {
                Issue.record("\(text) is not an asymmetric limit")
                continue
            }
            #expect(upper.number == Rational(2), "\(text)")
            #expect(lower.number == Rational(-1), "\(text)")
            #expect(upper.unit.symbol == "%" && lower.unit.symbol == "%", "\(text)")
        }
        guard case .asymmetricLimit(let upper, let lower) = try expression("+0.3 mm/−0.1 mm") else {
            Issue.record("not an asymmetric limit")
            return
        }
        #expect(upper.number == Rational(3, 10))
        #expect(lower.number == Rational(-1, 10))
    }

    @Test func bounds() throws {
        let cases: [(String, BoundOperator)] = [
            ("≤ 0.5 %", .lessOrEqual), ("<= 0.5 %", .lessOrEqual), ("⩽ 0.5 %", .lessOrEqual), ("< 3 s", .less),
            ("≥ 40", .greaterOrEqual), (">= 40", .greaterOrEqual), ("⩾40", .greaterOrEqual), ("> 0", .greater),
            ("≤ 1 a", .lessOrEqual), ("≥ -10 °C", .greaterOrEqual),
            // Relations in words, as JJG and OIML texts print them.
            ("不超过 1 年", .lessOrEqual), ("不超过1年", .lessOrEqual), ("不大于 0.5 %", .lessOrEqual),
            ("不小于 2 h", .greaterOrEqual), ("不低于 -10 °C", .greaterOrEqual), ("至少 24 h", .greaterOrEqual),
            ("小于 0.5 %", .less), ("大于 100 MΩ", .greater), ("超过 0", .greater),
            ("Not more than 0.5 %", .lessOrEqual), ("not exceeding 1 a", .lessOrEqual),
            ("at least 24 h", .greaterOrEqual), ("not less than 2 h", .greaterOrEqual), ("less than 3 s", .less),
            ("more than 20000 e", .greater), ("≤ 1/3 MPE", .lessOrEqual), ("不大于 1/3 MPE", .lessOrEqual),
        ]
        for (text, op) in cases {
            guard case .bound(let parsedOp, _) = try expression(text) else {
                Issue.record("\(text) is not a bound")
                continue
            }
            #expect(parsedOp == op, "\(text)")
        }
    }

    @Test func intervals() throws {
        for text in [
            "-10 °C .. 40 °C", "−10 °C ~ 40 °C", "−10 ~ 40 °C", "[-10, 40] °C", "－１０～４０℃",
            "-10 °C to 40 °C", "-10 to 40 °C", "[−10 °C, 40 °C]", "-10℃至40℃", "-10 – 40 °C",
        ] {
            guard case .interval(let lower?, let upper?, let variable) = try expression(text) else {
                Issue.record("\(text) is not a closed interval")
                continue
            }
            #expect(variable == nil)
            #expect(lower.inclusive && upper.inclusive, "\(text)")
            #expect(lower.quantity.number == Rational(-10), "\(text)")
            #expect(upper.quantity.number == Rational(40), "\(text)")
            #expect(lower.quantity.unit.symbol == "°C", "\(text): unit written once applies to both ends")
        }
        guard case .interval(let lower?, let upper?, nil) = try expression("(0, 500] e") else {
            Issue.record("not an interval")
            return
        }
        #expect(!lower.inclusive)
        #expect(upper.inclusive)
        #expect(lower.quantity.unit == Unit.scaleInterval)
        guard case .interval(let l?, let u?, nil) = try expression("2 kg to 5 kg") else {
            Issue.record("not an interval")
            return
        }
        #expect(l.quantity.number == Rational(2) && u.quantity.number == Rational(5))
        guard case .interval(nil, let open?, nil) = try expression("(-∞, 5] kg") else {
            Issue.record("not an interval")
            return
        }
        #expect(open.quantity.unit.symbol == "kg")
    }

    @Test func chains() throws {
        guard case .interval(let lower?, let upper?, let variable) = try expression("500 e < m ≤ 2000 e") else {
            Issue.record("not a chain")
            return
        }
        #expect(variable == "m")
        #expect(!lower.inclusive && upper.inclusive)
        #expect(lower.quantity.number == Rational(500) && upper.quantity.number == Rational(2000))

        guard case .interval(let zero?, let top?, "m") = try expression("0 ≤ m ≤ 500 e") else {
            Issue.record("not a chain")
            return
        }
        #expect(zero.quantity.unit == Unit.scaleInterval, "the unit at the end applies to both ends")
        #expect(zero.inclusive && top.inclusive)

        guard case .interval(let low?, nil, "m") = try expression("200000 e < m") else {
            Issue.record("not a chain")
            return
        }
        #expect(!low.inclusive)
        guard case .interval(nil, let high?, "m") = try expression("m ≤ 500 e") else {
            Issue.record("not a chain")
            return
        }
        #expect(high.inclusive)
        guard case .interval(let gt?, nil, "m") = try expression("m > 20000 e") else {
            Issue.record("not a chain")
            return
        }
        #expect(!gt.inclusive && gt.quantity.number == Rational(20000))
        guard case .interval(_?, _?, "Q") = try expression("2000 e ≥ Q > 500 e") else {
            Issue.record("not a descending chain")
            return
        }
    }

    @Test func setsAndTokens() throws {
        #expect(try expression("E1|E2|F1") == .set(["E1", "E2", "F1"]))
        #expect(try expression("T30 | T50") == .set(["T30", "T50"]))
        for token in ["E2", "III", "initial", "M1-2", "T30/70", "0.2S", "0.5S", "一年", "5-10"] {
            #expect(try expression(token) == .token(token), "\(token)")
        }
        #expect(try expression("Ｅ２") == .token("E2"), "full-width folds")
        #expect(try expression("initial verification") == .token("initial verification"))
        // A relation word must stand before a number: these stay tokens.
        for token in ["at leastx", "超过的", "more", "atleast 3"] {
            #expect(try expression(token) == .token(token), "\(token)")
        }
        #expect(parseError("不超过 一年") != nil, "a relation word without its number is refused, not a token")
    }

    @Test func descriptionRendersForms() throws {
        #expect(try expression("± 1.6 mg").description == "±1.6 mg")
        #expect(try expression("<= 0.5 %").description == "≤ 0.5 %")
        #expect(try expression("+2 % / -1 %").description == "+2 % / -1 %")
        #expect(try expression("[-10, 40] °C").description == "[-10, 40] °C")
        #expect(try expression("500 e < m ≤ 2000 e").description == "500 e < m ≤ 2000 e")
    }

    @Test func normalInputHasNoWarnings() throws {
        for text in ["1.6 mg", "±0.5 %", "[-10, 40] °C", "500 e < m ≤ 2000 e", "E1|E2", "6 m³/h"] {
            #expect(try QuantityExpressionParser.parse(text).warnings.isEmpty, "\(text)")
        }
    }
}
