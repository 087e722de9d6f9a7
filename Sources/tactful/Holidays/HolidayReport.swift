import TactfulTime

/// The JSON and text shape of `tactful holidays`.
struct HolidayReport: Encodable {
    struct Entry: Encodable {
        let date: String
        let name: String
        let observed: Bool
        let estimated: Bool
        let source: String
    }

    struct Workday: Encodable {
        let date: String
        let name: String
        let source: String
    }

    let market: String
    let year: Int?
    let from: String?
    let to: String?
    let language: String
    let holidays: [Entry]
    let workdays: [Workday]

    init(market: String, year: Int?, from: String?, to: String?, language: String, list: HolidayList) {
        self.market = market
        self.year = year
        self.from = from
        self.to = to
        self.language = language
        holidays = list.holidays.map {
            Entry(
                date: $0.date.description, name: $0.name(in: language), observed: $0.observed, estimated: $0.estimated,
                source: $0.source)
        }
        workdays = list.workdays.map {
            Workday(date: $0.date.description, name: $0.name(in: language), source: $0.source)
        }
    }

    /// One line per holiday (`2026-10-03  Sat  Tag der Deutschen Einheit`), then the make-up workdays.
    var text: String {
        let lines = holidays.map { entry in
            let marks = [entry.observed ? "observed" : nil, entry.estimated ? "estimated" : nil].compactMap { $0 }
            return "\(entry.date)  \(weekday(entry.date))  \(entry.name)"
                + (marks.isEmpty ? "" : "  (\(marks.joined(separator: ", ")))")
        }
        let work = workdays.map { "\($0.date)  \(weekday($0.date))  \($0.name)  (working day)" }
        return (lines + work).joined(separator: "\n")
    }

    private func weekday(_ date: String) -> String {
        (LocalDate(iso: date)?.weekday.rawValue ?? "").capitalized
    }
}
