/// STS files write characters as the named entities their DTD declares (`&mdash;`), and Harmonia never
/// loads a DTD. Before such a file is parsed, the names of a fixed list (`namedEntities` in the
/// vocabulary: single characters only, nothing that refers to anything) are written as their characters.
/// Any other entity stays, and the parser refuses it as undefined.
enum NamedEntities {
    static func replace(in bytes: [UInt8], table: [String: String]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&") {
                // A name of ASCII letters and digits, at most 12 long, then `;`.
                var j = i + 1
                while j < bytes.count, j - i <= 13,
                    (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x61 && bytes[j] <= 0x7A)
                        || (bytes[j] >= 0x30 && bytes[j] <= 0x39)
                { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1,
                    let character = table[String(decoding: bytes[(i + 1)..<j], as: UTF8.self)]
                {
                    out += Array(character.utf8)
                    i = j + 1
                    continue
                }
            }
            out.append(byte)
            i += 1
        }
        return out
    }
}
