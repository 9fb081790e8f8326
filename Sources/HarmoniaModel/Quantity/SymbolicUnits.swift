/// Symbols that documents state values in although they are not units of a fixed size: the verification
/// scale interval `e`, the actual scale interval `d`, the load-cell verification interval `v`, flowrates
/// `Q1`…`Q4`, currents `Ib`, `In`, `Imax`…, a multiple of the MPE, and the reference bases of relative
/// values (`% FS`, `% of span`).
///
/// Each has a dimension of its own (`Dimension.symbolic`), so `0.5 e` compares with `0.5 e` but with
/// `0.5 g` only once a qualifier or the scope states `e = 1 g` (the value comparison substitutes it).
public enum SymbolicUnits {
    /// Symbol names; the index is the code kept in `Dimension`. `e` is 0 so that `Dimension(scaleInterval:)`
    /// keeps meaning the verification scale interval.
    public static let names: [String] = [
        "e", "d", "v", "Q1", "Q2", "Q3", "Q4", "Ib", "In", "Imax", "Imin", "Itr", "Iref", "Un",
        "MPE", "Max", "Min", "FS", "span",
    ]

    /// The code of a product of two different symbols.
    static let mixed: UInt8 = 255

    /// What each symbol stands for, for messages.
    public static let meanings: [String: String] = [
        "e": "the verification scale interval e", "d": "the actual scale interval d",
        "v": "the load-cell verification interval v", "MPE": "the maximum permissible error",
        "FS": "the full scale", "span": "the span", "Max": "the maximum capacity", "Min": "the minimum capacity",
    ]

    static func code(of name: String) -> UInt8 {
        UInt8(names.firstIndex(of: name) ?? Int(mixed))
    }

    static func name(of code: UInt8) -> String {
        Int(code) < names.count ? names[Int(code)] : "mixed"
    }

    /// The unit of one symbol: `unit("Q3")` has the symbol `Q3`, factor 1, the symbol's own dimension.
    public static func unit(_ name: String) -> Unit {
        Unit(symbol: name, dimension: .symbolic(name), factor: .one)
    }

    /// The symbols spelled as units in expressions (`d` is not among them: written alone it is the day,
    /// and reads as the actual scale interval only where the concept is not a duration).
    static let writtenSymbols: [String] = names.filter { $0 != "d" && $0 != "FS" && $0 != "span" }

    /// Reference bases written after a relative unit (`%`, `‰`, `ppm`): `% FS`, `%FS`, `% F.S.`,
    /// `% of full scale`, `% of span`, `% of reading`, `% rdg`, `% 满量程`, `% 读数`. The value is the symbolic
    /// base, or `""` for the measured value itself (what a bare `%` means). Compared after folding case;
    /// longest phrase first, so `full scale` wins over `FS`.
    static let relativeBases: [(phrase: String, base: String)] = {
        let table: [(String, String)] = [
            ("of full scale", "FS"), ("full scale", "FS"), ("of full-scale", "FS"), ("full-scale", "FS"),
            ("of fs", "FS"), ("of f.s.", "FS"), ("f.s.", "FS"), ("f.s", "FS"), ("fsr", "FS"), ("fso", "FS"),
            ("fs", "FS"), ("满量程", "FS"), ("满刻度", "FS"),
            ("of span", "span"), ("span", "span"), ("of range", "span"), ("量程", "span"),
            ("of max", "Max"),
            ("of reading", ""), ("of the reading", ""), ("of measured value", ""), ("of the measured value", ""),
            ("reading", ""), ("rdg", ""), ("rd", ""), ("读数", ""), ("示值", ""), ("rh", ""),
        ]
        return table.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()
}
