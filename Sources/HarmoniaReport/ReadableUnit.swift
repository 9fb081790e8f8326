/// A single value whose number is huge in its table's unit, restated in a larger unit of the same
/// quantity: `±1600000 mg` → `±1.6 kg`, `80000 mg` → `80 g`.
///
/// A table carries one unit for all its cells (R 111's maximum permissible errors are in mg from 1 mg to
/// 5 000 kg), so its largest cells read as seven-digit numbers nobody checks at a glance. Only values
/// whose integer part has five digits or more change; the conversion moves the decimal point by three
/// places, so it is exact, and it stops once the integer part is below 1 000 or no larger unit is known.
/// Ranges, sets and values with more than one number are left as written.
enum ReadableUnit {
    /// Each unit and the one a thousand times larger.
    private static let larger: [String: String] = [
        "µg": "mg", "μg": "mg", "mg": "g", "g": "kg",
        "µm": "mm", "μm": "mm", "mm": "m", "m": "km",
        "mL": "L", "ml": "L",
        "mW": "W", "W": "kW", "kW": "MW",
        "mV": "V", "V": "kV", "mA": "A", "Pa": "kPa", "kPa": "MPa",
    ]
    private static let signs: Set<Character> = ["±", "≤", "≥", "<", ">", "+", "-", "−"]

    /// `written` restated in a larger unit when its number is huge; otherwise `written` unchanged.
    static func restate(_ written: String) -> String {
        var body = Substring(written.trimmingCharacters(in: .whitespaces))
        var prefix = ""
        while let first = body.first, signs.contains(first) || first == " " {
            prefix.append(first)
            body = body.dropFirst()
        }
        let parts = body.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, var unit = Optional(String(parts[1])), larger[unit] != nil else { return written }
        let number = parts[0]
        let pieces = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count),
            pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else {
            return written
        }
        var integer = String(pieces[0])
        var fraction = pieces.count == 2 ? String(pieces[1]) : ""
        guard integer.drop(while: { $0 == "0" }).count >= 5 else { return written }
        while integer.drop(while: { $0 == "0" }).count >= 4, let next = larger[unit] {
            let moved = String(integer.suffix(3))
            integer = String(integer.dropLast(3))
            fraction = moved + fraction
            unit = next
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let digits = fraction.isEmpty ? integer : integer + "." + fraction
        return prefix + digits + " " + unit
    }
}
