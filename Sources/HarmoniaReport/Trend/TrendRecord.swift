import HarmoniaAlign
import HarmoniaModel

/// One recorded comparison as the trend chart reads it: plain values, so that the chart knows nothing of
/// the history store (the command line turns the store's history entries into these).
public struct TrendRecord: Hashable, Sendable {
    /// The record id (`#3`).
    public var recordID: Int64
    /// The domestic document's designation, e.g. `JJG 162-2019`.
    public var domestic: String
    /// The reference's designation, e.g. `OIML R 49-1:2013`. A change from one point to the next starts a
    /// new segment of the family's line.
    public var reference: String
    /// The domestic document's date (`2019-12-31`, or a year): the point's place in time; `nil` leaves the
    /// record off the chart, counted as undated.
    public var date: String?
    /// The reference's date, and when the comparison was recorded: they order points of the same date.
    public var referenceDate: String?
    public var recordedAt: String
    /// The consistency score in tenths (`938` is 93.8).
    public var scoreTenths: Int
    /// The change since the family's previous record, in tenths; `nil` for the family's first.
    public var changeTenths: Int?
    public var degree: Degree
    /// The family the record belongs to: a stable key, and its name for people (`JJG 162 ↔ OIML R 49-1`).
    public var familyKey: String
    public var familyLabel: String

    public init(
        recordID: Int64, domestic: String, reference: String, date: String?, referenceDate: String? = nil,
        recordedAt: String = "", scoreTenths: Int, changeTenths: Int? = nil, degree: Degree, familyKey: String,
        familyLabel: String
    ) {
        self.recordID = recordID
        self.domestic = domestic
        self.reference = reference
        self.date = date
        self.referenceDate = referenceDate
        self.recordedAt = recordedAt
        self.scoreTenths = scoreTenths
        self.changeTenths = changeTenths
        self.degree = degree
        self.familyKey = familyKey
        self.familyLabel = familyLabel
    }

    /// `93.8`.
    var scoreText: String { Score.format(tenths: scoreTenths) }

    /// A change in score with its sign: `+1.2`, `-0.5`, `±0.0`.
    static func change(tenths: Int) -> String {
        tenths == 0 ? "±0.0" : (tenths > 0 ? "+" : "") + Score.format(tenths: tenths)
    }
}
