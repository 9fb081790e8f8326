import HarmoniaModel

/// What an indicator says, as a sortable key: its value and qualifiers as written (folded for identity),
/// then its id. Pairing breaks ties with it, so that no document, section, row or column order decides.
struct ContentKey: Comparable {
    let text: String
    let id: String

    init(_ indicator: Indicator) {
        var text = TextFolding.identityKey(indicator.writtenValue)
        for qualifier in indicator.qualifiers.sorted(by: { Utf8Order.areInIncreasingOrder($0.name, $1.name) }) {
            text += "\u{1}" + qualifier.name + "=" + TextFolding.identityKey(qualifier.written)
        }
        self.text = text
        id = indicator.id
    }

    static func < (a: ContentKey, b: ContentKey) -> Bool {
        let order = Utf8Order.compare(a.text, b.text)
        return order != 0 ? order < 0 : Utf8Order.compare(a.id, b.id) < 0
    }
}

extension ContentKey {
    /// `indices` into `indicators`, in order of content: each indicator's key made once, not once per
    /// comparison.
    static func sorted(_ indices: [Int], of indicators: [Indicator]) -> [Int] {
        let keys = indices.map { ContentKey(indicators[$0]) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { indices[$0] }
    }
}
