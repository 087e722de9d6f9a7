import Foundation

/// ISO 8601 instants as Tactful reads and writes them: always with `Z` or a `±hh:mm` offset, never floating.
public enum ISO8601 {
    /// Parses `2026-03-08T10:00:00Z`, `2026-03-08T18:00+08:00`, `2026-03-08T10:00:00.250-05:00`.
    ///
    /// A time without `Z` or an offset is rejected: it would mean a different instant in every zone.
    public static func parse(_ text: String) throws(TimeError) -> Date {
        let scalars = Array(text.unicodeScalars)
        guard let tIndex = scalars.firstIndex(where: { $0 == "T" || $0 == "t" }),
            let date = LocalDate(iso: String(String.UnicodeScalarView(scalars[..<tIndex])))
        else { throw .malformedInstant(text) }
        let rest = String(String.UnicodeScalarView(scalars[(tIndex + 1)...]))
        guard let (clock, offset) = splitOffset(rest), let seconds = secondsOfDay(clock) else {
            throw .malformedInstant(text)
        }
        let wall = Double(date.dayNumber) * 86_400 + seconds
        return Date(timeIntervalSince1970: wall - Double(offset))
    }

    /// Formats an instant in a zone as `2026-03-09T09:00:00-04:00` (milliseconds only when not whole seconds).
    public static func format(_ date: Date, in zone: ZoneRules) -> String {
        let instant = date.timeIntervalSince1970
        let offset = zone.offset(at: instant)
        let wall = instant + Double(offset)
        let day = LocalDate(dayNumber: Int((wall / 86_400).rounded(.down)))
        let secondOfDay = wall - Double(day.dayNumber) * 86_400
        let whole = Int(secondOfDay.rounded(.down))
        let millis = Int(((secondOfDay - Double(whole)) * 1000).rounded())
        var text = "\(day)T\(two(whole / 3600)):\(two(whole / 60 % 60)):\(two(whole % 60))"
        if millis > 0 && millis < 1000 { text += "." + String(String(millis + 1000).dropFirst()) }
        return text + ZoneRules.offsetText(offset)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Splits `10:00:00+08:00` into the clock part and the offset in seconds.
    private static func splitOffset(_ text: String) -> (Substring, Int)? {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return (text.dropLast(), 0) }
        guard let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let sign = text[signIndex] == "-" ? -1 : 1
        let parts = text[text.index(after: signIndex)...].split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), hours <= 23, minutes <= 59
        else { return nil }
        return (text[..<signIndex], sign * (hours * 3600 + minutes * 60))
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` as seconds after midnight.
    private static func secondsOfDay(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]), hours <= 23, minutes <= 59
        else { return nil }
        var seconds = 0.0
        if parts.count == 3 {
            let field = parts[2]
            guard field.count >= 2, field.prefix(2).allSatisfy(\.isNumber), let whole = Int(field.prefix(2)),
                whole <= 59
            else { return nil }
            seconds = Double(whole)
            let fraction = field.dropFirst(2)
            if !fraction.isEmpty {
                guard fraction.first == ".", fraction.count > 1, fraction.dropFirst().allSatisfy(\.isNumber),
                    let value = Double("0" + fraction)
                else { return nil }
                seconds += value
            }
        }
        return Double(hours * 3600 + minutes * 60) + seconds
    }
}
