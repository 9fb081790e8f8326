/// Reading document designations: `JJG 99-2006` is edition 2006 of the document `JJG 99`.
public enum Designation {
    /// Separators between a designation's number and its year: `JJG 99-2006`, `OIML R 111-1:2004`,
    /// `GB/T 19001—2016`.
    private static let separators: Set<Character> = ["-", ":", "—", "–", "/", " "]

    /// The designation without its edition year: `JJG 99-2006` → `JJG 99`, `OIML R 49-1:2013` →
    /// `OIML R 49-1`. A designation with no trailing year is returned unchanged (trimmed).
    public static func base(of designation: String) -> String {
        let trimmed = trimmed(designation)
        let characters = Array(trimmed)
        guard characters.count > 5 else { return trimmed }
        let year = characters.suffix(4)
        guard year.allSatisfy(\.isASCIIDigit), isYear(String(year)),
            separators.contains(characters[characters.count - 5])
        else { return trimmed }
        return Self.trimmed(String(characters.dropLast(5)))
    }

    /// The last four-digit year (19xx or 20xx) written in `text`, standing alone as a run of digits:
    /// `2013 (E)` → `2013`, `JJG(黑) 005-2017` → `2017`, `R 111` → `nil`.
    public static func year(in text: String) -> String? {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isASCIIDigit {
                current.append(character)
            } else {
                if !current.isEmpty { runs.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs.last { $0.count == 4 && isYear($0) }
    }

    /// The document a designation names, without its year nor its part: `OIML R 117-1:2007` → `OIML R 117`,
    /// `OIML R 117:1995` → `OIML R 117`, `JJG 99-2006` → `JJG 99`. A part is a trailing `-n` of one or two
    /// digits after the document's number.
    public static func document(of designation: String) -> String {
        let base = Array(base(of: designation))
        guard let dash = base.lastIndex(of: "-"), dash > 0, base[dash - 1].isASCIIDigit else { return String(base) }
        let part = base[(dash + 1)...]
        guard (1...2).contains(part.count), part.allSatisfy(\.isASCIIDigit) else { return String(base) }
        return String(base[..<dash])
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isYear(_ digits: String) -> Bool {
        digits.hasPrefix("19") || digits.hasPrefix("20")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
