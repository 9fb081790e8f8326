/// A count with its noun in English, singular for one: `1 indicator`, `2 indicators`, `1 family`.
///
/// Every command-line message that states how many of something a command read, wrote or skipped goes
/// through it, so that none says "1 indicators".
public enum Counted {
    /// `count` and the noun: `singular` for exactly one, else `plural` (the singular with `s` by default).
    public static func noun(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
