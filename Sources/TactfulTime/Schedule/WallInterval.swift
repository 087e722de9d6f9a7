/// Opening hours on one day in wall-clock time: `09:00-12:00`; `22:00-06:00` crosses midnight and belongs to
/// the day it starts on; `00:00-24:00` is the whole day. Half-open: [start, end).
public struct WallInterval: Hashable, Sendable, CustomStringConvertible {
    /// Seconds after the day's local midnight, 0 ..< 86 400.
    public let start: Int
    /// Seconds after the same midnight; above 86 400 when the interval crosses midnight.
    public let end: Int

    /// An interval from seconds after midnight; nil when empty or longer than a day.
    public init?(start: Int, end: Int) {
        guard (0..<86_400).contains(start), end > start, end - start <= 86_400 else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM` (24:00 allowed as an end); nil when malformed or empty (`09:00-09:00`).
    public init?(parsing text: String) {
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2,
            let start = Self.clock(halves[0].trimmingSpaces(), allowing24: false),
            let end = Self.clock(halves[1].trimmingSpaces(), allowing24: true),
            start != end
        else { return nil }
        self.init(start: start, end: end > start ? end : end + 86_400)
    }

    /// `09:00-18:00`, as written in a schedule.
    public var description: String { "\(Self.text(start))-\(Self.text(end <= 86_400 ? end : end - 86_400))" }

    /// `HH:MM` as seconds after midnight.
    private static func clock(_ text: Substring, allowing24: Bool) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60
        else { return nil }
        if hours == 24 && minutes == 0 && allowing24 { return 86_400 }
        return hours < 24 ? hours * 3600 + minutes * 60 : nil
    }

    private static func text(_ seconds: Int) -> String {
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
