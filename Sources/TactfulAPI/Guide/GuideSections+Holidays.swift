import TactfulLint
import TactfulTime

extension GuideSections {
    /// The public holidays (and China's make-up working days) of the market's region in `start...end`, from its
    /// calendar (`Glossaries/holidays/<REGION>.yml`, through ``TactfulEngine/holidays(_:today:)``): the name in the
    /// UI language and in the market's, each with the rule's source.
    func holidays(from start: LocalDate, through end: LocalDate) -> GuideSection {
        func report(_ language: String) -> HolidayReport? {
            let request = HolidaysRequest(
                market: market.region, from: start.description, to: end.description, uiLanguage: language)
            return try? engine.holidays(request, today: start)
        }
        // Holiday calendars name their Chinese holidays `zh`.
        guard let named = report(ui == .zhHans ? "zh" : "en") else {
            return section(.holidays, [], empty: .noCalendar)
        }
        let local: [String] = report(market.language)?.holidays.map(\.name) ?? []
        var lines: [GuideLine] = named.holidays.enumerated().map { index, entry in
            var text = entry.name
            if index < local.count, local[index] != entry.name { text += " (\(local[index]))" }
            var marks: [String] = []
            if entry.observed { marks.append(GuideWords.observed(ui)) }
            if entry.estimated { marks.append(GuideWords.estimated(ui)) }
            if !marks.isEmpty { text += " — " + marks.joined(separator: ", ") }
            return GuideLine(label: label(entry.date), text: text, source: entry.source, date: entry.date)
        }
        // China's 调休: weekend days worked to bridge a holiday (their names say so).
        lines += named.workdays.map { (day: HolidayReport.Workday) -> GuideLine in
            GuideLine(label: label(day.date), text: day.name, source: day.source, date: day.date)
        }
        lines.sort { ($0.date ?? "") < ($1.date ?? "") }
        return section(.holidays, lines, empty: .noHolidays)
    }

    /// `2026-10-03 Saturday`, the weekday in the UI language.
    private func label(_ date: String) -> String {
        guard let day = LocalDate(iso: date) else { return date }
        return date + " " + weekdayName(day.weekday)
    }
}
