import Foundation

/// ISO 8601 weeks (`2026-W10`) in a time zone: the weeks a report groups replies by.
public struct ISOWeek: Sendable {
    private let calendar: Calendar

    /// Weeks as the clock in `zoneIdentifier` counts them (UTC when the zone is unknown to Foundation).
    public init(zoneIdentifier: String) {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: zoneIdentifier) ?? .gmt
        self.calendar = calendar
    }

    /// The week holding `instant`.
    public func week(of instant: Date) -> String {
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        let week = parts.weekOfYear ?? 0
        return "\(parts.yearForWeekOfYear ?? 0)-W\(week < 10 ? "0" : "")\(week)"
    }
}
