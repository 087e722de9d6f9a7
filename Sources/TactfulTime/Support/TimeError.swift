import TactfulYAML

/// Why a time computation or a time input was rejected. Each case renders as one line naming the input.
public enum TimeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The system tzdata has no zone of this name.
    case unknownTimeZone(String)
    /// An instant that is not ISO 8601 with `Z` or a `±hh:mm` offset.
    case malformedInstant(String)
    /// A duration that is not of the form `8h`, `90m`, `1h30m`, `45s`.
    case malformedDuration(String)
    /// No built-in holiday calendar for this market.
    case unknownMarket(String, known: [String])
    /// A data file (schedule, policies, holiday rules) is wrong at a position.
    case invalidData(path: String, line: Int, column: Int, message: String)
    /// No SLA policy, priority or metric target of that name.
    case unknownPolicy(String)
    /// The business clock cannot reach the target within its search horizon.
    case unreachable(String)
    /// A lunisolar or Hijri date could not be computed.
    case calendarFailure(String)
    /// The market's zones keep different clocks, so the customer's zone must be given.
    case ambiguousZone(market: String, zones: Int)

    /// A one-line message; data errors read `path:line:col: error: …` (`path: error: …` at an unknown position).
    public var description: String {
        switch self {
        case .unknownTimeZone(let name):
            "unknown time zone '\(name)' (expected an IANA name such as Europe/Berlin or Asia/Shanghai)"
        case .malformedInstant(let text):
            "'\(text)' is not an ISO 8601 instant with Z or an offset (e.g. 2026-03-08T10:00:00Z, "
                + "2026-03-08T18:00:00+08:00)"
        case .malformedDuration(let text):
            "'\(text)' is not a duration (expected e.g. 8h, 90m, 1h30m, 45s)"
        case .unknownMarket(let market, let known):
            "no holiday calendar for market '\(market)'; known: " + known.joined(separator: ", ")
        case .invalidData(let path, let line, let column, let message):
            PositionedError(path: path, line: line, column: column, message: message).description
        case .unreachable(let message), .calendarFailure(let message), .unknownPolicy(let message):
            message
        case .ambiguousZone(let market, let zones):
            "market \(market) spans \(zones) time zones; give the customer's time zone"
        }
    }
}
