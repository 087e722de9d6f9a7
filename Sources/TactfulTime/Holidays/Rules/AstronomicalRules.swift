/// Japan's equinox days: the local date of the March or September equinox (`equinox: march`).
///
/// Japan's Cabinet announces them in February of the year before from the National Astronomical Observatory's
/// ephemeris (暦要項); this computes the same instant (Meeus chapter 27, within 3 minutes for 2000–2100) and
/// marks the date as an estimate when the instant is within 5 minutes of local midnight.
struct EquinoxRule: DateRule {
    let september: Bool

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        let instant = Astronomy.equinox(year: year, september: september)
        return [RuleDate.local(instant, in: context.zone, uncertainty: 300)]
    }
}

/// The local date on which the Sun reaches an apparent longitude: `solarTerm: 15` is Qingming (清明).
///
/// Computed with Meeus's low-accuracy theory (within 22 minutes for 2000–2100); a date is marked as an estimate
/// when the instant lies within 30 minutes of local midnight.
struct SolarTermRule: DateRule {
    let longitude: Double

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        let instant = Astronomy.solarLongitude(longitude, year: year)
        return [RuleDate.local(instant, in: context.zone, uncertainty: 1800)]
    }
}

extension RuleDate {
    /// The local date of an instant, an estimate when midnight lies within `uncertainty` seconds of it.
    static func local(_ instant: Double, in zone: ZoneRules, uncertainty: Double) -> RuleDate {
        let date = zone.localDate(at: instant)
        let nearMidnight =
            zone.localDate(at: instant - uncertainty) != date || zone.localDate(at: instant + uncertainty) != date
        return RuleDate(date: date, estimated: nearMidnight)
    }
}
