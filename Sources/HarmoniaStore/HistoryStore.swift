import GRDB
import HarmoniaAlign

/// The comparison history (issue 6 fills this in).
public enum HistoryStorePlaceholder {}
