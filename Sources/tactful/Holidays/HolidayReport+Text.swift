import TactfulTime

extension HolidayReport {
    /// One line per holiday (`2026-10-03  Sat  Tag der Deutschen Einheit`), then the make-up workdays.
    var text: String {
        let lines = holidays.map { entry in
            let marks = [entry.observed ? "observed" : nil, entry.estimated ? "estimated" : nil].compactMap { $0 }
            let expected = entry.estimated ? entry.dateText.map { " — \($0)" } ?? "" : ""
            return "\(entry.date)  \(weekday(entry.date))  \(entry.name)"
                + (marks.isEmpty ? "" : "  (\(marks.joined(separator: ", ")))") + expected
        }
        let work = workdays.map { "\($0.date)  \(weekday($0.date))  \($0.name)  (working day)" }
        return (lines + work).joined(separator: "\n")
    }

    private func weekday(_ date: String) -> String {
        (LocalDate(iso: date)?.weekday.rawValue ?? "").capitalized
    }
}
