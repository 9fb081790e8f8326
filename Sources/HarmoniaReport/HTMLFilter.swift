import HarmoniaAlign

/// The verdict filter every list of the report page carries: radio buttons before the list and CSS
/// alone (``HTMLStyles``), no script. Each filtered row (`tr` or `li`) has the class `fr` and one class
/// `v-VERDICT` per verdict it holds; checking a verdict hides the rows without it.
enum HTMLFilter {
    private static func h(_ text: String) -> String { Escape.html(text) }

    /// `fr v-missing v-looser`: the classes of a row holding these verdicts.
    static func rowClasses(_ verdicts: [Verdict]) -> String {
        (["fr"] + verdicts.map { "v-" + $0.rawValue }).joined(separator: " ")
    }

    /// "all", then "deviations" when `deviations` is given (a list that also holds agreements), then one
    /// button per verdict some row holds, each with how many rows hold it. `list` keeps the ids of one
    /// page's filters apart (`pairs-all`, `annexb-missing`); the CSS keys on classes, not ids.
    static func radios(_ model: ReportModel, list: String, rows: [[Verdict]], deviations: Int? = nil) -> [String] {
        let s = model.strings
        func radio(_ key: String, _ label: String, checked: Bool = false) -> String {
            "<input type=\"radio\" name=\"\(list)-filter\" id=\"\(list)-\(key)\" class=\"f-\(key)\""
                + (checked ? " checked=\"checked\"" : "")
                + "/><label for=\"\(list)-\(key)\">" + h(label) + "</label>"
        }
        var lines = [
            "<span class=\"filter-label\">" + h(s["filter.label"]) + "</span>",
            radio("all", s["filter.all"] + " \(rows.count)", checked: true),
        ]
        if let deviations { lines.append(radio("deviations", s["filter.deviations"] + " \(deviations)")) }
        for verdict in Verdict.allCases {
            let count = rows.filter { $0.contains(verdict) }.count
            if count > 0 { lines.append(radio(verdict.rawValue, s.verdict(verdict) + " \(count)")) }
        }
        return lines
    }

    static func header(_ cells: [String]) -> String {
        "<thead><tr>" + cells.map { "<th scope=\"col\">" + h($0) + "</th>" }.joined() + "</tr></thead>"
    }
}
