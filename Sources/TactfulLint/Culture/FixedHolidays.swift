import Synchronization
import TactfulData
import TactfulTime

/// The public holidays of the built-in calendars (`Glossaries/holidays`) on a day of the year or by a one-word name:
/// who keeps 4 July, 14 July or 1 October, whose holiday "Tiradentes" is. Only the calendars whose file can hold the
/// answer are computed — the one that writes `date: 07-04`, or the name — since computing every calendar's years (the
/// lunar and Hijri ones above all) costs several times a whole draft's lint.
enum FixedHolidays {
    /// A region's holiday on a day.
    struct Keeper: Sendable {
        let region: String
        let holiday: Holiday
    }

    /// Whether `region`'s calendar has a holiday, or a day off in lieu of one, on `month`/`day` in one of `years`.
    static func keeps(_ region: String, month: Int, day: Int, in years: ClosedRange<Int>) -> Bool {
        holidays(of: region, in: years).contains { $0.date.month == month && $0.date.day == day }
    }

    /// The regions whose calendar has a holiday on `month`/`day` in at least two of `years` — a fixed-date holiday,
    /// not a movable feast that falls there once — with that holiday, by region. A fixed date is written as such in
    /// its calendar file (`date: 07-04`, or a year's full date `2026-10-01`), so only those calendars are read.
    static func keepers(month: Int, day: Int, in years: ClosedRange<Int>) -> [Keeper] {
        let monthDay = pad(month) + "-" + pad(day)
        return regions(whoseFileHolds: ["date: " + monthDay, "-" + monthDay]).compactMap { region in
            let kept = holidays(of: region, in: years).filter {
                !$0.observed && $0.date.month == month && $0.date.day == day
            }
            guard Set(kept.map(\.date.year)).count >= min(2, years.count), let first = kept.first else { return nil }
            return Keeper(region: region, holiday: first)
        }
    }

    /// The regions' holidays of `years` one of whose names, in some language, is `name` (lowercased, one word:
    /// "tiradentes"): the first of each region, by region.
    static func named(_ name: String, in years: ClosedRange<Int>) -> [Keeper] {
        regions(whoseFileHolds: [name]).compactMap { region in
            holidays(of: region, in: years).first { holiday in
                !holiday.observed && holiday.names.values.contains { $0.lowercased() == name }
            }.map { Keeper(region: region, holiday: $0) }
        }
    }

    /// Whether `region` keeps a holiday of English name `english` in `years`.
    static func keeps(_ region: String, english: String, in years: ClosedRange<Int>) -> Bool {
        holidays(of: region, in: years).contains { $0.names["en"] == english }
    }

    /// The built-in regions whose calendar file holds one of `texts` (ignoring case), sorted.
    private static func regions(whoseFileHolds texts: [String]) -> [String] {
        let needles = texts.map { $0.lowercased() }
        return files.filter { file in needles.contains { file.text.contains($0) } }.map(\.region)
    }

    /// Each built-in calendar file, lowercased, by region (sorted): read once, on the first question.
    private static let files: [(region: String, text: String)] = HolidayCalendar.builtInMarkets.sorted().compactMap {
        region in BuiltInData.text(at: "Glossaries/holidays/\(region).yml").map { (region, $0.lowercased()) }
    }

    /// `region`'s holidays of `years` (none without a built-in calendar), computed once per region and years.
    static func holidays(of region: String, in years: ClosedRange<Int>) -> [Holiday] {
        let key = "\(region)|\(years.lowerBound)-\(years.upperBound)"
        if let known = computed.withLock({ $0[key] }) { return known }
        let calendar = try? HolidayCalendar.builtIn(region)
        let holidays = years.flatMap { year in (try? calendar?.list(for: year).holidays) ?? [] }
        computed.withLock { $0[key] = holidays }
        return holidays
    }

    private static let computed = Mutex<[String: [Holiday]]>([:])

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
