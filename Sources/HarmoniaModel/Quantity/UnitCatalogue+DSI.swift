/// D-SI (PTB's Digital SI) unit names, and the long names that real files use instead of them.
extension UnitCatalogue {
    /// A D-SI unit name: the atom it stands for and what the D-SI grammar allows on it.
    struct DSIUnit: Sendable {
        /// Display symbol of the atom in `bySymbol` (empty for `\one`).
        let symbol: String
        let takesPrefix: Bool
        let takesExponent: Bool

        init(_ symbol: String, prefix: Bool = true, exponent: Bool = true) {
            self.symbol = symbol
            takesPrefix = prefix
            takesExponent = exponent
        }
    }

    /// `\name` → unit, per the D-SI 2.x unit list. `\kilogram` takes no prefix (that is `\gram`'s job);
    /// `\degreecelsius`, `\minute`, `\hour`, `\day` take no prefix; `\one`, `\percent`, `\ppm` take neither
    /// prefix nor exponent.
    static let dsiUnits: [String: DSIUnit] = [
        "metre": DSIUnit("m"), "kilogram": DSIUnit("kg", prefix: false), "gram": DSIUnit("g"),
        "second": DSIUnit("s"), "ampere": DSIUnit("A"), "kelvin": DSIUnit("K"), "mole": DSIUnit("mol"),
        "candela": DSIUnit("cd"),
        "one": DSIUnit("", prefix: false, exponent: false),
        "radian": DSIUnit("rad"), "steradian": DSIUnit("sr"), "hertz": DSIUnit("Hz"), "newton": DSIUnit("N"),
        "pascal": DSIUnit("Pa"), "joule": DSIUnit("J"), "watt": DSIUnit("W"), "coulomb": DSIUnit("C"),
        "volt": DSIUnit("V"), "farad": DSIUnit("F"), "ohm": DSIUnit("Ω"), "siemens": DSIUnit("S"),
        "weber": DSIUnit("Wb"), "tesla": DSIUnit("T"), "henry": DSIUnit("H"),
        "degreecelsius": DSIUnit("°C", prefix: false), "lumen": DSIUnit("lm"), "lux": DSIUnit("lx"),
        "becquerel": DSIUnit("Bq"), "sievert": DSIUnit("Sv"), "gray": DSIUnit("Gy"), "katal": DSIUnit("kat"),
        "minute": DSIUnit("min", prefix: false), "hour": DSIUnit("h", prefix: false),
        "day": DSIUnit("d", prefix: false),
        "degree": DSIUnit("°", prefix: false), "arcminute": DSIUnit("′", prefix: false),
        "arcsecond": DSIUnit("″", prefix: false),
        "hectare": DSIUnit("ha", prefix: false), "litre": DSIUnit("L"), "tonne": DSIUnit("t"),
        "electronvolt": DSIUnit("eV"), "astronomicalunit": DSIUnit("au", prefix: false),
        "decibel": DSIUnit("dB", prefix: false),
        "percent": DSIUnit("%", prefix: false, exponent: false),
        "ppm": DSIUnit("ppm", prefix: false, exponent: false),
        "bar": DSIUnit("bar"), "mmhg": DSIUnit("mmHg", prefix: false), "angstrom": DSIUnit("Å", prefix: false),
        "nauticalmile": DSIUnit("NM", prefix: false), "knot": DSIUnit("kn", prefix: false),
    ]

    /// `\name` → SI prefix (display symbol, power of ten).
    static let dsiPrefixes: [String: (symbol: String, exponent: Int)] = [
        "quetta": ("Q", 30), "ronna": ("R", 27), "yotta": ("Y", 24), "zetta": ("Z", 21), "exa": ("E", 18),
        "peta": ("P", 15), "tera": ("T", 12), "giga": ("G", 9), "mega": ("M", 6), "kilo": ("k", 3),
        "hecto": ("h", 2), "deca": ("da", 1), "deci": ("d", -1), "centi": ("c", -2), "milli": ("m", -3),
        "micro": ("µ", -6), "nano": ("n", -9), "pico": ("p", -12), "femto": ("f", -15), "atto": ("a", -18),
        "zepto": ("z", -21), "yocto": ("y", -24), "ronto": ("r", -27), "quecto": ("q", -30),
    ]

    /// Long unit names that are not D-SI but occur in real D-SI files (PTB's own UM examples among them),
    /// keyed lowercased with single spaces. Read with a warning; each maps to a unit in symbols.
    static let toleratedNames: [String: String] = [
        "kilowatt hour": "kWh", "kilowatthour": "kWh", "watt hour": "Wh",
        "imperial gallon": "gal(UK)", "ounce": "oz", "pound": "lb", "knot": "kn", "torr": "Torr",
        "barrel of oil": "bbl", "barel of oil": "bbl", "barrel": "bbl",
        "millimetre of mercury, conventional": "mmHg", "milimetre of mercury, conventional": "mmHg",
        "millimetre of mercury": "mmHg", "atmosphere": "atm", "standard atmosphere": "atm",
    ]
}
