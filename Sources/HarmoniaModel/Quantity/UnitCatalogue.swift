/// The unit tables: SI prefixes, atomic unit symbols with their exact SI factors, and Chinese unit names.
/// D-SI names live in `UnitCatalogue+DSI.swift`. Everything here is data; the parsers hold the logic.
///
/// Conventions chosen where the world offers several:
/// - `a` (year) is the Julian year, 365.25 d = 31 557 600 s, and `月` (month) is exactly a/12, so `1 a` = `12 月`;
///   the value comparison reads a year against days, weeks or months as a calendar year (`CalendarDurations`).
/// - `mmHg` is the conventional millimetre of mercury, 133.322 387 415 Pa (13.5951 g/cm³ × 9.806 65 m/s² × 1 mm).
/// - `Torr` is 101 325/760 Pa; `oz` the avoirdupois ounce; `gal(UK)` the imperial gallon; `bbl` the oil barrel
///   (42 US gallons), all exact by definition.
/// - Angles in degrees, arc minutes and seconds and logarithmic units (`dB`) have no rational SI factor:
///   they are opaque and compare only by symbol.
enum UnitCatalogue {
    /// One row of the atom table.
    struct Entry: Sendable {
        /// Display symbol (also a spelling unless `nameOnly`).
        let symbol: String
        /// Further spellings accepted in quantity expressions.
        let aliases: [String]
        let dimension: Dimension
        /// Exact SI factor, as a decimal or `n/d`.
        let factor: String
        let offset: String
        /// Whether SI prefixes attach to it (`mg`, `kPa`, `mL`).
        let prefixable: Bool
        let opaque: Bool
        /// Reached only through a name table (D-SI or a tolerated long name), never as a written symbol.
        let nameOnly: Bool

        init(
            _ symbol: String, _ aliases: [String] = [], _ dimension: Dimension, _ factor: String = "1",
            offset: String = "0", prefixable: Bool = false, opaque: Bool = false, nameOnly: Bool = false
        ) {
            self.symbol = symbol
            self.aliases = aliases
            self.dimension = dimension
            self.factor = factor
            self.offset = offset
            self.prefixable = prefixable
            self.opaque = opaque
            self.nameOnly = nameOnly
        }
    }

    /// SI prefixes: written symbol, display symbol, power of ten. Longest first matters only for `da`.
    static let prefixes: [(symbol: String, display: String, exponent: Int)] = [
        ("da", "da", 1), ("h", "h", 2), ("k", "k", 3), ("M", "M", 6), ("G", "G", 9), ("T", "T", 12),
        ("P", "P", 15), ("E", "E", 18), ("Z", "Z", 21), ("Y", "Y", 24), ("R", "R", 27), ("Q", "Q", 30),
        ("d", "d", -1), ("c", "c", -2), ("m", "m", -3),
        ("µ", "µ", -6), ("μ", "µ", -6), ("u", "µ", -6),
        ("n", "n", -9), ("p", "p", -12), ("f", "f", -15), ("a", "a", -18), ("z", "z", -21), ("y", "y", -24),
        ("r", "r", -27), ("q", "q", -30),
    ]

    private static func d(
        _ m: Int = 0, _ kg: Int = 0, _ s: Int = 0, _ a: Int = 0,
        _ k: Int = 0, _ mol: Int = 0, _ cd: Int = 0
    ) -> Dimension {
        Dimension(metre: m, kilogram: kg, second: s, ampere: a, kelvin: k, mole: mol, candela: cd)
    }

    /// Every atomic unit. Factors are exact; `kg` is `k` + `g`, so `g` carries 1/1000.
    static let entries: [Entry] = [
        // Base units (gram instead of kilogram, so that prefixes attach to it).
        Entry("g", [], d(0, 1), "1/1000", prefixable: true),
        Entry("m", [], d(1), prefixable: true),
        Entry("s", [], d(0, 0, 1), prefixable: true),
        Entry("A", [], d(0, 0, 0, 1), prefixable: true),
        Entry("K", [], d(0, 0, 0, 0, 1), prefixable: true),
        Entry("mol", [], d(0, 0, 0, 0, 0, 1), prefixable: true),
        Entry("cd", [], d(0, 0, 0, 0, 0, 0, 1), prefixable: true),
        // Derived units with special names.
        Entry("rad", [], .dimensionless, prefixable: true),
        Entry("sr", [], .dimensionless, prefixable: true),
        Entry("Hz", [], d(0, 0, -1), prefixable: true),
        Entry("N", [], d(1, 1, -2), prefixable: true),
        Entry("Pa", [], d(-1, 1, -2), prefixable: true),
        Entry("J", [], d(2, 1, -2), prefixable: true),
        Entry("W", [], d(2, 1, -3), prefixable: true),
        Entry("C", [], d(0, 0, 1, 1), prefixable: true),
        Entry("V", [], d(2, 1, -3, -1), prefixable: true),
        Entry("F", [], d(-2, -1, 4, 2), prefixable: true),
        Entry("Ω", ["Ω", "ohm"], d(2, 1, -3, -2), prefixable: true),
        Entry("S", [], d(-2, -1, 3, 2), prefixable: true),
        Entry("Wb", [], d(2, 1, -2, -1), prefixable: true),
        Entry("T", [], d(0, 1, -2, -1), prefixable: true),
        Entry("H", [], d(2, 1, -2, -2), prefixable: true),
        Entry("°C", ["℃", "ºC"], d(0, 0, 0, 0, 1), offset: "273.15"),
        Entry("lm", [], d(0, 0, 0, 0, 0, 0, 1), prefixable: true),
        Entry("lx", [], d(-2, 0, 0, 0, 0, 0, 1), prefixable: true),
        Entry("Bq", [], d(0, 0, -1), prefixable: true),
        Entry("Gy", [], d(2, 0, -2), prefixable: true),
        Entry("Sv", [], d(2, 0, -2), prefixable: true),
        Entry("kat", [], d(0, 0, -1, 0, 0, 1), prefixable: true),
        // Units accepted for use with the SI, and common ones in legal metrology.
        Entry("L", ["l", "ℓ"], d(3), "1/1000", prefixable: true),
        Entry("t", [], d(0, 1), "1000", prefixable: true),
        Entry("min", [], d(0, 0, 1), "60"),
        Entry("h", [], d(0, 0, 1), "3600"),
        Entry("d", ["day", "days"], d(0, 0, 1), "86400"),
        Entry("周", ["week", "weeks", "wk"], d(0, 0, 1), "604800"),
        Entry("a", ["y", "yr", "year", "years"], d(0, 0, 1), "31557600"),
        Entry("月", ["month", "months"], d(0, 0, 1), "2629800"),
        Entry("ha", [], d(2), "10000"),
        Entry("Å", ["Å"], d(1), "1e-10"),
        Entry("au", [], d(1), "149597870700"),
        Entry("NM", [], d(1), "1852"),
        Entry("kn", [], d(1, 0, -1), "1852/3600"),
        Entry("bar", [], d(-1, 1, -2), "100000", prefixable: true),
        Entry("mmHg", [], d(-1, 1, -2), "133.322387415"),
        Entry("psi", [], d(-1, 1, -2), "4.4482216152605/0.00064516"),
        Entry("in", ["inch", "inches"], d(1), "0.0254"),
        Entry("ft", [], d(1), "0.3048"),
        Entry("Torr", [], d(-1, 1, -2), "101325/760"),
        Entry("atm", [], d(-1, 1, -2), "101325"),
        Entry("Wh", [], d(2, 1, -2), "3600", prefixable: true),
        Entry("Ah", [], d(0, 0, 1, 1), "3600", prefixable: true),
        Entry("VA", [], d(2, 1, -3), prefixable: true),
        Entry("var", [], d(2, 1, -3), prefixable: true),
        Entry("eV", [], d(2, 1, -2), "1.602176634e-19", prefixable: true),
        Entry("oz", [], d(0, 1), "0.028349523125"),
        Entry("lb", [], d(0, 1), "0.45359237"),
        Entry("gal(UK)", [], d(3), "0.00454609", nameOnly: true),
        Entry("bbl", [], d(3), "0.158987294928"),
        // Pure numbers.
        Entry("%", [], .dimensionless, "1/100"),
        Entry("%RH", [], .dimensionless, "1/100"),
        Entry("‰", [], .dimensionless, "1/1000"),
        Entry("ppm", [], .dimensionless, "1e-6"),
        Entry("ppb", [], .dimensionless, "1e-9"),
        // No rational SI factor: compared by symbol only.
        Entry("°", [], .dimensionless, opaque: true),
        Entry("′", [], .dimensionless, opaque: true),
        Entry("″", [], .dimensionless, opaque: true),
        Entry("dB", [], .dimensionless, opaque: true),
        // The revolution of `r/min`: 2π rad, so no rational factor either.
        Entry("r", [], .dimensionless, opaque: true),
    ]

    /// Chinese unit names as printed in JJG/JJF documents: `UnitCatalogue+Chinese.swift`.
    static var chineseNames: [String: String] { chineseUnitNames }

    /// A number glued to one of these letters is a class designation, not a quantity: `0.2S` and `0.5S`
    /// are electricity-meter accuracy classes, never 0.2 siemens (write `0.2 S` for that).
    static let classSuffixes: Set<String> = ["S"]

    // MARK: Indexes built once from the tables

    /// An atom ready for use: its unit and whether prefixes attach.
    struct Atom: Sendable {
        let unit: Unit
        let prefixable: Bool
    }

    /// The symbols of `SymbolicUnits` spelled as units (`e`, `v`, `Q3`, `Ib`, `Imax`, `MPE`, `Max`…).
    private static let symbolicEntries: [Entry] =
        SymbolicUnits.writtenSymbols.map { Entry($0, [], .symbolic($0)) }
        // The last digit of a digital indication is the actual scale interval, whatever the concept.
        + [Entry("digit", ["digits", "dgt", "字"], .symbolic("d"))]

    private static func atom(_ entry: Entry) -> Atom {
        Atom(
            unit: Unit(
                symbol: entry.symbol, dimension: entry.dimension,
                factor: exact(entry.factor), offset: exact(entry.offset), isOpaque: entry.opaque
            ),
            prefixable: entry.prefixable
        )
    }

    /// Written spelling → atom (symbols and aliases, without name-only entries).
    static let bySpelling: [String: Atom] = {
        var table: [String: Atom] = [:]
        for entry in entries + symbolicEntries where !entry.nameOnly {
            let value = atom(entry)
            for spelling in [entry.symbol] + entry.aliases { table[spelling] = value }
        }
        return table
    }()

    /// Display symbol → atom, including name-only entries (targets of the name tables).
    static let bySymbol: [String: Atom] = {
        var table: [String: Atom] = [:]
        for entry in entries + symbolicEntries { table[entry.symbol] = atom(entry) }
        return table
    }()

    /// Resolves one atomic symbol as written: an exact spelling first (so `min`, `Pa`, `cd`, `ha` are never
    /// split), then a prefix on a prefixable atom (`mg`, `kWh`, `µm`, `dam`).
    static func resolve(_ written: String) -> Unit? {
        if let atom = bySpelling[written] { return atom.unit }
        for prefix in prefixes where written.hasPrefix(prefix.symbol) {
            let rest = String(written.dropFirst(prefix.symbol.count))
            if let atom = bySpelling[rest], atom.prefixable {
                return prefixed(atom.unit, display: prefix.display, exponent: prefix.exponent)
            }
        }
        return nil
    }

    /// `unit` with an SI prefix applied.
    static func prefixed(_ unit: Unit, display: String, exponent: Int) -> Unit {
        Unit(
            symbol: display + unit.symbol, dimension: unit.dimension,
            factor: unit.factor * Rational.powerOfTen(exponent), offset: unit.offset, isOpaque: unit.isOpaque
        )
    }

    /// Parses a factor written in the tables: `n/d` or a decimal.
    static func exact(_ text: String) -> Rational {
        if let slash = text.firstIndex(of: "/") {
            return Rational(decimal: text[..<slash])! / Rational(decimal: text[text.index(after: slash)...])!
        }
        return Rational(decimal: text)!
    }
}
