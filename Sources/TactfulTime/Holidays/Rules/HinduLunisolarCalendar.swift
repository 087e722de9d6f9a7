import Foundation

/// The modern Hindu lunisolar calendar as Indian almanacs (dṛk pañcāṅga) reckon it: amānta months running from new
/// moon to new moon, each named after the sidereal zodiac sign the Sun is in at the new moon that starts it (Mīna →
/// Caitra, Meṣa → Vaiśākha, …; two new moons in one sign make the first an adhika, leap, month), and thirty tithis
/// a month, each 12° of the Moon's elongation from the Sun. A festival falls on the civil day whose chosen moment
/// (sunrise, noon, sunset or midnight at Ujjain) lies in its tithi.
///
/// The structure follows Reingold & Dershowitz, *Calendrical Calculations* (3rd ed., chapter 20, "The Modern Hindu
/// Calendars", and §20.7 "Holidays"); positions come from modern astronomy (Meeus, as in ``Astronomy``) with the
/// Lahiri (Citrāpakṣa) ayanāṃśa of the Indian Astronomical Ephemeris, as the Calendar Reform Committee (1955)
/// recommended, rather than from the Sūrya Siddhānta's mean motions. Dates are estimates: governments announce the
/// festival dates, and regional almanacs differ by a day.
struct HinduLunisolarCalendar: Sendable {
    /// The mean synodic month in days (Meeus chapter 49).
    static let synodicMonth = 29.530_588_861
    /// Where the moments of the day are reckoned.
    let place: Astronomy.Place

    /// The Moon's elongation from the Sun in degrees, [0, 360), at an instant (seconds since 1970 UT).
    func elongation(at instant: Double) -> Double {
        let jde = Astronomy.julianEphemerisDay(unixSeconds: instant)
        let sun = Astronomy.apparentLongitude(jde) - 0.005_69  // aberration, as the Moon's longitude has none
        return (Astronomy.moonLongitude(jde) - sun).truncatingRemainder(dividingBy: 360).folded
    }

    /// The instant nearest `guess` at which the elongation reaches `degrees` (Newton steps on the mean rate).
    func instant(elongation degrees: Double, near guess: Double) -> Double {
        var instant = guess
        for _ in 0..<10 {
            var gap = (degrees - elongation(at: instant)).truncatingRemainder(dividingBy: 360)
            if gap > 180 { gap -= 360 } else if gap <= -180 { gap += 360 }
            instant += gap / 360 * Self.synodicMonth * 86_400
            if abs(gap) < 1e-6 { break }
        }
        return instant
    }

    /// The sidereal zodiac sign of the Sun at an instant, 1 (Meṣa) … 12 (Mīna).
    func solarSign(at instant: Double) -> Int {
        let jde = Astronomy.julianEphemerisDay(unixSeconds: instant)
        let sidereal = (Astronomy.apparentLongitude(jde) - Self.ayanamsa(jde)).truncatingRemainder(dividingBy: 360)
        return Int(sidereal.folded / 30) + 1
    }

    /// The Lahiri ayanāṃśa in degrees: 23.857° at J2000, moving with the general precession (5028.8″ a century);
    /// within 0.001° of the Swiss Ephemeris' Lahiri value (SE_SIDM_LAHIRI) in 2000 and 2027.
    static func ayanamsa(_ jde: Double) -> Double {
        23.857 + 1.396_888 * (jde - Astronomy.j2000) / 36_525
    }

    /// A lunation: its starting new moon, its month (1 Caitra … 12 Phālguna) and whether it is a leap month.
    struct Lunation: Sendable {
        let newMoon: Double, month: Int, isLeap: Bool
    }

    /// The lunations starting between two instants.
    func lunations(from start: Double, to end: Double) -> [Lunation] {
        var newMoon = instant(elongation: 0, near: start)
        if newMoon > start { newMoon = instant(elongation: 0, near: newMoon - Self.synodicMonth * 86_400) }
        var result: [Lunation] = []
        var sign = solarSign(at: newMoon)
        while newMoon < end {
            let next = instant(elongation: 0, near: newMoon + Self.synodicMonth * 86_400)
            let nextSign = solarSign(at: next)
            if newMoon >= start {
                result.append(Lunation(newMoon: newMoon, month: sign % 12 + 1, isLeap: sign == nextSign))
            }
            (newMoon, sign) = (next, nextSign)
        }
        return result
    }

    /// The civil day (in `zone`) on which tithi `tithi` (1–15 bright fortnight, 16–30 dark) of a lunation is current
    /// at `moment`. A tithi that holds no such moment (kṣaya) is kept on the day it begins and ends in.
    func day(tithi: Int, of lunation: Lunation, at moment: Astronomy.DayMoment, zone: ZoneRules) -> LocalDate {
        let mean = Self.synodicMonth * 86_400 / 30
        let begins = instant(elongation: Double(tithi - 1) * 12, near: lunation.newMoon + (Double(tithi) - 1) * mean)
        let ends = instant(elongation: Double(tithi % 30) * 12, near: lunation.newMoon + Double(tithi) * mean)
        let first = zone.localDate(at: begins).adding(days: -1)
        for offset in 0..<4 {
            let day = first.adding(days: offset)
            let when = self.moment(moment, of: day, zone: zone)
            if when >= begins && when < ends { return day }
            if when >= ends { return day.adding(days: -1) }
        }
        return zone.localDate(at: begins)
    }

    /// The instant of a moment of a civil day in `zone`, reckoned at this calendar's place.
    func moment(_ moment: Astronomy.DayMoment, of day: LocalDate, zone: ZoneRules) -> Double {
        let noonUTC = Double(day.dayNumber) * 86_400 + 43_200
        let dayStart = noonUTC - 43_200 - Double(zone.offset(at: noonUTC))
        return Astronomy.moment(moment, dayStart: dayStart, at: place)
    }
}
