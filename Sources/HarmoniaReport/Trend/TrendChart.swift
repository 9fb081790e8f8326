import HarmoniaModel

/// Draws the history as a chart of score over time: one line per family, one marked and labelled point
/// per recorded edition. It reads plain ``TrendRecord`` values and knows nothing of the history store or of
/// how pairs were made.
///
/// The output is deterministic: the same records give the same bytes (no dates of drawing, fixed number
/// formatting, families in natural order of their labels).
public struct TrendChart: Sendable {
    /// One family's line.
    public struct Series: Hashable, Sendable {
        /// The family's key and its name for people (`JJG 162 ↔ OIML R 49-1`).
        public var key: String
        public var label: String
        /// The family's records that have a date, in time order.
        public var points: [Point]
        /// The colour of its line.
        public var colour: String
        var marker: TrendMarker
    }

    /// One recorded comparison on the chart.
    public struct Point: Hashable, Sendable {
        public var record: TrendRecord
        /// The domestic document's date as a year with a fraction.
        public var year: Double
    }

    /// Mostly Okabe–Ito colours, ordered so that neighbours differ in hue and lightness; each family also
    /// gets its own marker shape, so lines stay apart for readers who do not tell the colours apart.
    static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#6A3D9A", "#222222", "#E69F00", "#CC79A7", "#56B4E9", "#8C564B",
    ]

    public var series: [Series]
    /// Records left out because neither their domestic document's date, edition nor designation gives a year.
    public var undated: Int
    /// The language of the chart's words.
    public var language: ReportLanguage
    var strings: ChartStrings { ChartStrings(language) }

    public init(records: [TrendRecord], language: ReportLanguage = .en) {
        self.language = language
        var byFamily: [String: (label: String, points: [Point])] = [:]
        var undated = 0
        for record in records {
            guard let date = record.date, let year = ChartMath.fractionalYear(date) else {
                undated += 1
                continue
            }
            byFamily[record.familyKey, default: (record.familyLabel, [])].points.append(
                Point(record: record, year: year))
        }
        // In time order whatever order the records came in: by year, then the reference's date, when it was
        // recorded and record id, as the history orders them.
        for key in byFamily.keys {
            byFamily[key]!.points.sort { a, b in
                (a.year, a.record.referenceDate ?? "", a.record.recordedAt, a.record.recordID)
                    < (b.year, b.record.referenceDate ?? "", b.record.recordedAt, b.record.recordID)
            }
        }
        // Families in natural order (JJG 99 before JJG 162), so that the legend reads as a catalogue does.
        let families = byFamily.sorted {
            let order = NaturalOrder.compare($0.value.label, $1.value.label)
            return order != 0 ? order < 0 : $0.key < $1.key
        }
        series = families.enumerated().map { index, family in
            Series(
                key: family.key, label: family.value.label, points: family.value.points,
                colour: Self.palette[index % Self.palette.count],
                marker: TrendMarker(rawValue: index % TrendMarker.allCases.count)!)
        }
        self.undated = undated
    }

    var title: String { strings["title"] }

    /// `JJG 99 ↔ OIML R 111-1 — 2 records; latest 95.1 MOD (+1.3 since JJG 99-2006)`.
    func legendText(_ line: Series) -> String {
        guard let last = line.points.last?.record, let first = line.points.first?.record else { return line.label }
        let count = line.points.count
        return strings.fill(
            count == 1 ? "legend.one" : "legend.many",
            [
                "family": line.label, "n": String(count), "score": last.scoreText,
                "degree": strings.degree(last.degree),
                "first": first.domestic, "change": TrendRecord.change(tenths: last.scoreTenths - first.scoreTenths),
            ])
    }

    /// Index ranges of a family's points that share one reference document, in order: a new edition of the
    /// reference starts a new segment.
    static func segments(_ points: [Point]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in points.indices.dropFirst()
        where points[index].record.reference != points[index - 1].record.reference {
            ranges.append(start..<index)
            start = index
        }
        if !points.isEmpty { ranges.append(start..<points.count) }
        return ranges
    }
}
