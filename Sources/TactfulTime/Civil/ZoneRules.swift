import Foundation

/// A time zone's offsets and transitions, taken from the system tzdata through Foundation's `TimeZone`.
///
/// ICU 72's own zone rules are from 2022 (DESIGN.md), so every offset Tactful shows or computes with comes from
/// here. Wall times are resolved the way RFC 5545 and Temporal's "compatible" disambiguation do: a wall time in
/// a skipped hour moves forward by the gap (02:30 → 03:30); a repeated wall time means its first occurrence.
public struct ZoneRules: Sendable, Hashable {
    /// The IANA name as given, e.g. `Europe/Berlin`.
    public let identifier: String
    private let zone: TimeZone

    /// The zone named `identifier` in the system tzdata; throws for a name it does not know.
    public init(identifier: String) throws(TimeError) {
        guard !identifier.isEmpty, let zone = TimeZone(identifier: identifier) else {
            throw .unknownTimeZone(identifier)
        }
        self.identifier = identifier
        self.zone = zone
    }

    /// UTC, for tests and instants shown without a zone.
    public static let utc = try! ZoneRules(identifier: "UTC")

    /// Seconds east of UTC at an instant (seconds since 1970-01-01T00:00Z).
    public func offset(at instant: Double) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: instant))
    }

    /// The wall-clock reading at an instant, as seconds since 1970-01-01T00:00 local.
    public func wallSeconds(at instant: Double) -> Double { instant + Double(offset(at: instant)) }

    /// The local date at an instant.
    public func localDate(at instant: Double) -> LocalDate {
        LocalDate(dayNumber: Int((wallSeconds(at: instant) / 86_400).rounded(.down)))
    }

    /// The instant of a wall time (seconds since 1970-01-01T00:00 local), resolved "compatibly".
    public func instant(ofWall wall: Int64) -> Double {
        let wallTime = Double(wall)
        let before = Double(offset(at: wallTime - 86_400))
        let after = Double(offset(at: wallTime + 86_400))
        let early = wallTime - before
        let late = wallTime - after
        let earlyFits = Double(offset(at: early)) == before
        let lateFits = Double(offset(at: late)) == after
        switch (earlyFits, lateFits) {
        case (true, true): return min(early, late)  // a repeated wall time: its first occurrence
        case (true, false): return early
        case (false, true): return late
        case (false, false): return early  // in a gap: the pre-transition offset moves it forward by the gap
        }
    }

    /// The instant of `seconds` after local midnight on `date`, resolved "compatibly".
    public func instant(of date: LocalDate, secondsAfterMidnight seconds: Int) -> Double {
        instant(ofWall: Int64(date.dayNumber) * 86_400 + Int64(seconds))
    }

    /// The next offset change strictly after an instant, if the zone has one.
    public func nextTransition(after instant: Double) -> Double? {
        zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: instant))?.timeIntervalSince1970
    }

    /// A fixed-offset zone name ICU understands, `GMT+08:00`, for the offset in force at an instant.
    ///
    /// Hand this to ICU formatters so that ICU's stale built-in rules never decide a local time.
    public func fixedOffsetName(at instant: Double) -> String {
        "GMT" + Self.offsetText(offset(at: instant))
    }

    /// `+08:00`, `-05:00`, `+05:45` for an offset in seconds (`+08:05:43` for a local mean time with seconds).
    public static func offsetText(_ seconds: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
        return magnitude % 60 == 0 ? text : text + ":" + two(magnitude % 60)
    }
}
