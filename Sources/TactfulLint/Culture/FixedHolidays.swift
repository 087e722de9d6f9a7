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

    /// The holidays of `years` whose name in some language is `name` (lowercased, one word: "tiradentes"), by
    /// region, with the English names of the customer's own holidays, so that a name its region keeps too is left.
    static func named(_ name: String, in years: ClosedRange<Int>) -> [Keeper] {
        names(years)[name] ?? []
    }

    /// Whether `region` keeps a holiday of English name `english` in `years`.
    static func keeps(_ region: String, english: String, in years: ClosedRange<Int>) -> Bool {
        table(years).values.contains { $0.contains { $0.region == region && $0.holiday.names["en"] == english } }
    }

    /// One-word holiday names, lowercased → the first holiday of each region with that name.
    private static func names(_ years: ClosedRange<Int>) -> [String: [Keeper]] {
        if let known = nameTables.withLock({ $0[years] }) { return known }
        var index: [String: [Keeper]] = [:]
        for keeper in table(years).values.joined() where !keeper.holiday.observed {
            for name in Set(keeper.holiday.names.values.map { $0.lowercased() }) where !name.contains(" ") {
                if index[name]?.contains(where: { $0.region == keeper.region }) != true {
                    index[name, default: []].append(keeper)
                }
            }
        }
        for key in index.keys { index[key]?.sort { $0.region < $1.region } }
        nameTables.withLock { $0[years] = index }
        return index
    }

    private static let nameTables = Mutex<[ClosedRange<Int>: [String: [Keeper]]]>([:])

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
