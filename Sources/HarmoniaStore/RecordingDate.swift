import Foundation

/// When a comparison is recorded: ISO 8601 in UTC, to the second (`2024-05-01T09:30:00Z`), so that
/// records sort as text.
public enum RecordingDate {
    /// Now.
    public static func now() -> String { format(Date()) }

    /// Reads `--at`: a day (`2024-05-01`, taken as midnight UTC) or a moment with a zone
    /// (`2024-05-01T09:30:00Z`, `2024-05-01T17:30:00+08:00`); `nil` when it is neither.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        day.timeZone = TimeZone(identifier: "UTC")
        if trimmed.count == 10, let date = day.date(from: trimmed) { return format(date) }
        let moment = ISO8601DateFormatter()
        moment.formatOptions = [.withInternetDateTime]
        if let date = moment.date(from: trimmed) { return format(date) }
        moment.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return moment.date(from: trimmed).map(format)
    }

    private static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
