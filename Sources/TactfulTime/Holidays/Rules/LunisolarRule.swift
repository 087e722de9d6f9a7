/// A date of the Chinese or Korean lunisolar calendar, plus an optional day offset:
/// `chinese: 08-15` is Mid-Autumn; `chinese: 01-01` with `offset: -1` is New Year's Eve (whether the last month
/// has 29 or 30 days); `korean: 08-15` is Chuseok.
struct LunisolarRule: DateRule {
    let system: LunisolarCalendar.System
    let month: Int, day: Int, offset: Int

    func dates(in year: Int, context: RuleContext) throws(TimeError) -> [RuleDate] {
        // The lunar year that starts in `year`, and for an offset that crosses New Year, the one that starts next.
        var found: [RuleDate] = []
        for lunarYear in [year - 1, year] {
            guard let date = try context.lunisolar.date(system, year: lunarYear, month: month, day: day) else {
                continue
            }
            let shifted = date.adding(days: offset)
            if shifted.year == year { found.append(RuleDate(date: shifted, estimated: false)) }
        }
        return found
    }
}
