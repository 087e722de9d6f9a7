/// Days relative to Easter Sunday, Western (Gregorian computus) or Orthodox (Julian computus, given as a
/// Gregorian date): `easter: -2` is Good Friday; `orthodoxEaster: 1` is Orthodox Easter Monday.
struct EasterRule: DateRule {
    let offset: Int
    let orthodox: Bool

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        let sunday = orthodox ? Self.orthodoxEaster(year) : Self.westernEaster(year)
        return [RuleDate(date: sunday.adding(days: offset), estimated: false)]
    }

    /// Western Easter Sunday (the anonymous Gregorian algorithm, Meeus chapter 8).
    static func westernEaster(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    /// Orthodox Easter Sunday: the Julian computus (Meeus chapter 8), converted to the Gregorian calendar.
    static func orthodoxEaster(_ year: Int) -> LocalDate {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let julianToGregorian = year / 100 - year / 400 - 2
        let march1 = LocalDate(year: year, month: 3, day: 1) ?? LocalDate(dayNumber: 0)
        // Count from 1 March so the Julian date can run past the end of a Gregorian month.
        let dayOfSpring = (month == 3 ? day : 31 + day) - 1
        return march1.adding(days: dayOfSpring + julianToGregorian)
    }
}
