/// The tool's version, printed by `harmonia --version` and in every report's footer: the comparison
/// and scoring rules a report follows are those of this version (docs/comparison.md, docs/scoring.md).
public enum HarmoniaVersion {
    public static let current = "0.1.0"
}
