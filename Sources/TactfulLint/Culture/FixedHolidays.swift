import Synchronization
import TactfulTime

/// The public holidays of the built-in calendars (`Glossaries/holidays`) by day of the year: who keeps 4 July, 14 July
/// or 1 October. Read once per range of years, on the first reply that names a holiday by its date.
enum FixedHolidays {
    /// A region's holiday on a day.
    struct Keeper: Sendable {
        let region: String
        let holiday: Holiday
    }

    /// Whether `region`'s calendar has a holiday, or a day off in lieu of one, on `month`/`day` in one of `years`.
    static func keeps(_ region: String, month: Int, day: Int, in years: ClosedRange<Int>) -> Bool {
        table(years)[month * 100 + day]?.contains { $0.region == region } ?? false
    }

    /// The regions whose calendar has a holiday on `month`/`day` in at least two of `years` — a fixed-date holiday,
    /// not a movable feast that falls there once — with that holiday, by region.
    static func keepers(month: Int, day: Int, in years: ClosedRange<Int>) -> [Keeper] {
        let days = (table(years)[month * 100 + day] ?? []).filter { !$0.holiday.observed }
        let byRegion = Dictionary(grouping: days, by: \.region)
        return byRegion.keys.sorted().compactMap { region in
            let kept = byRegion[region] ?? []
            guard Set(kept.map(\.holiday.date.year)).count >= min(2, years.count) else { return nil }
            return kept.first
        }
    }

    /// Month × 100 + day → every region's holidays on that day in `years`.
    private static func table(_ years: ClosedRange<Int>) -> [Int: [Keeper]] {
        if let known = tables.withLock({ $0[years] }) { return known }
        var table: [Int: [Keeper]] = [:]
        for region in HolidayCalendar.builtInMarkets {
            guard let calendar = try? HolidayCalendar.builtIn(region) else { continue }
            for year in years {
                for holiday in (try? calendar.list(for: year).holidays) ?? [] {
                    table[holiday.date.month * 100 + holiday.date.day, default: []].append(
                        Keeper(region: region, holiday: holiday))
                }
            }
        }
        tables.withLock { $0[years] = table }
        return table
    }

    private static let tables = Mutex<[ClosedRange<Int>: [Int: [Keeper]]]>([:])
}
