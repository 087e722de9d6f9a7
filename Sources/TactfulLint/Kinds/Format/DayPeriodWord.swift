/// An Indonesian word for the part of the day after a clock time ("jam 9 pagi", "jam 3 sore"): the 24-hour hour it
/// makes of the hour written (KBBI: pagi morning, siang midday, sore afternoon, malam night).
enum DayPeriodWord {
    case morning, midday, afternoon, night

    /// The word that starts `after` (past spaces), if any.
    init?(after: String) {
        let word = after.drop { $0 == " " }.prefix { $0.isLetter }.lowercased()
        switch word {
        case "pagi": self = .morning
        case "siang": self = .midday
        case "sore": self = .afternoon
        case "malam": self = .night
        default: return nil
        }
    }

    /// The hour on a 24-hour clock: "jam 1 siang" is 13, "jam 11 siang" 11, "jam 3 sore" 15, "jam 12 malam" 0.
    func hour(_ hour: Int) -> Int {
        guard hour >= 1, hour <= 12 else { return hour }
        switch self {
        case .morning: return hour == 12 ? 0 : hour
        case .midday: return hour <= 6 ? hour + 12 : hour
        case .afternoon: return hour < 12 ? hour + 12 : hour
        case .night: return hour == 12 ? 0 : (hour >= 6 ? hour + 12 : hour)
        }
    }
}
