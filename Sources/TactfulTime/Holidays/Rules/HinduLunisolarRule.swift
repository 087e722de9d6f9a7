/// A tithi of a month of the modern Hindu lunisolar calendar (see ``HinduLunisolarCalendar``), on the civil day
/// whose sunrise (or noon, sunset, midnight) at Ujjain falls in it, plus an optional day offset:
/// `hindu: {month: 7, tithi: 10}` is Dussehra (Āśvina śukla daśamī at sunrise); `hindu: {month: 7, tithi: 30,
/// at: sunset}` is Diwali (the amāvasyā of Āśvina, amānta, at pradoṣa). Months are amānta, 1 Caitra … 12 Phālguna,
/// never the leap month; tithis 1–15 are the bright fortnight, 16–30 the dark one.
///
/// Always an estimate: the official date is the one the government announces (India's DoPT list, Singapore's
/// MOM), and almanacs of different regions can differ by a day.
struct HinduLunisolarRule: DateRule {
    let month: Int, tithi: Int, moment: Astronomy.DayMoment, offset: Int

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        guard let january = LocalDate(year: year, month: 1, day: 1) else { return [] }
        let calendar = HinduLunisolarCalendar(place: .ujjain)
        let start = Double(january.dayNumber - 45) * 86_400
        let end = Double(january.dayNumber + 366) * 86_400
        return calendar.lunations(from: start, to: end).filter { $0.month == month && !$0.isLeap }.compactMap {
            let day = calendar.day(tithi: tithi, of: $0, at: moment, zone: context.zone).adding(days: offset)
            return day.year == year ? RuleDate(date: day, estimated: true) : nil
        }
    }
}
