/// Reading document designations: `JJG 99-2006` is edition 2006 of the document `JJG 99`.
public enum Designation {
    /// Separators between a designation's number and its year: `JJG 99-2006`, `OIML R 111-1:2004`,
    /// `GB/T 19001—2016`.
    private static let separators: Set<Character> = ["-", ":", "—", "–", "/", " "]

    /// The designation without its edition year: `JJG 99-2006` → `JJG 99`, `OIML R 49-1:2013` →
    /// `OIML R 49-1`. A designation with no trailing year is returned unchanged (trimmed).
    public static func base(of designation: String) -> String {
        let trimmed = designation.trimmingWhitespace
        let characters = Array(trimmed)
        guard characters.count > 5 else { return trimmed }
        let year = characters.suffix(4)
        guard year.allSatisfy(\.isASCIIDigit), isYear(String(year)),
              separators.contains(characters[characters.count - 5]) else { return trimmed }
        return String(characters.dropLast(5)).trimmingWhitespace
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

    private static func isYear(_ digits: String) -> Bool {
        digits.hasPrefix("19") || digits.hasPrefix("20")
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
