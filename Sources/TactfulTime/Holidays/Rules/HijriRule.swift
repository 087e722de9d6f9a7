import TactfulICU

/// A date of the Hijri calendar as tabulated by Saudi Arabia's Umm al-Qura calendar (ICU `islamic-umalqura`),
/// plus an optional offset: `hijri: 10-01` is Eid al-Fitr; `hijri: 09-29` with `offset: 1` is the day after
/// 29 Ramadan. Always an estimate: each country fixes the real date by moon sighting or announcement.
struct HijriRule: DateRule {
    let month: Int, day: Int, offset: Int

    func dates(in year: Int, context: RuleContext) throws(TimeError) -> [RuleDate] {
        guard let january = LocalDate(year: year, month: 1, day: 1) else { return [] }
        do {
            let calendar = try ICU.Calendar(.islamicUmalqura, timeZone: "UTC")
            let first = try calendar.fields(atMilliseconds: Double(january.dayNumber) * 86_400_000).extendedYear
            // A Gregorian year can hold the same Hijri date from up to three Hijri years.
            return try (first...(first + 2)).compactMap { hijriYear throws(ICUError) in
                let millis = try calendar.milliseconds(extendedYear: hijriYear, month: month, day: day)
                let date = LocalDate(dayNumber: Int((millis / 86_400_000).rounded(.down))).adding(days: offset)
                return date.year == year ? RuleDate(date: date, estimated: true) : nil
            }
        } catch {
            throw .calendarFailure("ICU's Umm al-Qura calendar failed for \(month)/\(day) in \(year): \(error)")
        }
    }
}
