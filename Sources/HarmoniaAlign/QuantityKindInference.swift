import HarmoniaModel

/// What the values of a concept the catalogue does not hold are, read from its id (the folded label a
/// document printed): `temperature variation` is a difference, `storage temperature` an absolute value,
/// `replacement period` a duration, `clock error` a limit. A catalogue concept's own fields always win.
public enum QuantityKindInference {
    /// Words (folded, any language) that make a concept a difference, an absolute value or a duration;
    /// the first list that matches decides.
    static let words: [(QuantityKind, [String])] = [
        (
            .difference,
            [
                "variation", "change", "stability", "drift", "fluctuation", "uniformity", "difference",
                "deviation", "error", "tolerance", "uncertainty", "repeatability", "hysteresis", "gradient",
                "rise", "increase", "overshoot", "accuracy", "resolution", "correction", "span",
                "变化", "波动", "稳定", "均匀", "偏差", "误差", "温差", "漂移", "允差", "不确定度", "重复性",
                "温升", "升高", "准确度", "分辨力", "修正",
            ]
        ),
        (.duration, ["period", "interval", "time", "life", "duration", "周期", "时间", "期限", "间隔"]),
        (.absolute, ["temperature", "range", "condition", "温度", "范围", "条件"]),
    ]

    /// Words that make a concept's bare magnitudes limits.
    static let limitWords = ["error", "tolerance", "误差", "允差"]

    /// The kind of an unknown concept's values, or nil when its id says nothing.
    public static func quantityKind(of conceptID: String) -> QuantityKind? {
        let id = conceptID.lowercased()
        for (kind, list) in words where list.contains(where: { id.contains($0) }) { return kind }
        return nil
    }

    /// `limit` when an unknown concept's id names an error or tolerance.
    public static func valueKind(of conceptID: String) -> ValueKind? {
        let id = conceptID.lowercased()
        return limitWords.contains(where: { id.contains($0) }) ? .limit : nil
    }
}
