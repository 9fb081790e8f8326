/// A list of clause numbers as an annex table prints it: a run of three or more consecutive sibling
/// clauses as one span (`3.1.2～3.1.5` in Chinese, `3.1.2 to 3.1.5` in English), the rest separated as
/// the language separates a list (`、` in Chinese, `, ` in English). The clauses keep their order.
public enum ClauseList {
    public static func text(_ clauses: [String], in language: ReportLanguage) -> String {
        var parts: [String] = []
        var run: [String] = []
        func flush() {
            if run.count >= 3 {
                parts.append(run[0] + (language == .zh ? "～" : " to ") + run[run.count - 1])
            } else {
                parts += run
            }
            run = []
        }
        for clause in clauses {
            if let last = run.last, !follows(clause, last) { flush() }
            run.append(clause)
        }
        flush()
        return parts.joined(separator: language == .zh ? "、" : ", ")
    }

    /// Whether `clause` is the sibling right after `previous` (`3.1.3` after `3.1.2`; `A.2` after `A.1`).
    static func follows(_ clause: String, _ previous: String) -> Bool {
        let a = previous.split(separator: ".", omittingEmptySubsequences: false)
        let b = clause.split(separator: ".", omittingEmptySubsequences: false)
        guard a.count == b.count, a.count > 0, a.dropLast() == b.dropLast(),
            let x = Int(a[a.count - 1]), let y = Int(b[b.count - 1])
        else { return false }
        return y == x + 1
    }
}
