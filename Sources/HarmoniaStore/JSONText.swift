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

    /// The text, ending in a newline, written by the builder every JSON file goes through.
    public func rendered() -> String {
        var out = JSONBuilder()
        write(into: &out)
        out.raw("\n")
        return String(decoding: out.finish(), as: UTF8.self)
    }

    private func write(into out: inout JSONBuilder) {
        switch self {
        case .string(let text): out.string(text)
        case .number(let text): out.raw(text)
        case .bool(let value): out.bool(value)
        case .null: out.raw("null")
        case .array(let items):
            out.open("[")
            for item in items { out.element { item.write(into: &$0) } }
            out.close("]")
        case .object(let members):
            out.open("{")
            for (key, value) in members { out.field(named: key) { value.write(into: &$0) } }
            out.close("}")
        }
    }
}
