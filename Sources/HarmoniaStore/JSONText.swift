import HarmoniaText

/// A JSON value written with keys in the order given, two-space indentation and a final newline, so that
/// the same history always gives byte-identical output.
public indirect enum JSONText: Hashable, Sendable {
    case string(String)
    /// A number, already formatted (`93.8`, `12`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A string, or `null`.
    public static func optional(_ text: String?) -> JSONText { text.map(JSONText.string) ?? .null }
    /// An integer.
    public static func integer(_ value: some BinaryInteger) -> JSONText { .number(String(value)) }
    /// A score in tenths as a number with one decimal.
    public static func tenths(_ value: Int) -> JSONText { .number(ScoreText.format(tenths: value)) }

    /// The text, ending in a newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: "")
        return output + "\n"
    }

    private func write(into output: inout String, indent: String) {
        switch self {
        case .string(let text): output += JSONString.quoted(text)
        case .number(let text): output += text
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                item.write(into: &output, indent: indent + "  ")
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += indent + "  " + JSONString.quoted(key) + ": "
                value.write(into: &output, indent: indent + "  ")
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }
}
