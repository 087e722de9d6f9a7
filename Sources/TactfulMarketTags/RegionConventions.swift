import TactfulICU

/// What CLDR records for a maximal locale that a market carries besides its currency: the measurement system, the
/// hour cycle, the first day of the week and the weekend, read from ICU, with the defaults a market takes where
/// ICU has none. In this module so that the build tool (tactful-embed) reads the built-in markets' conventions with
/// this same code when the binary is built: the hour cycle comes from ICU's date pattern generator, whose opening
/// cost more than the rest of resolving a market. (The currency is read at run time: ICU gives the one in use on
/// the day it is asked.)
public struct RegionConventions: Equatable, Sendable {
    /// Metric, US or UK measurement conventions.
    public let measurementSystem: ICU.MeasurementSystem
    /// The preferred hour cycle.
    public let hourCycle: ICU.HourCycle
    /// The first day of the week, 1 = Sunday … 7 = Saturday.
    public let firstWeekday: Int
    /// The weekend days, 1 = Sunday … 7 = Saturday.
    public let weekend: [Int]

    /// The conventions of `locale` as ICU gives them.
    public init(reading locale: ICU.LocaleID) {
        measurementSystem = (try? ICU.RegionData.measurementSystem(for: locale)) ?? .metric
        hourCycle = (try? ICU.RegionData.hourCycle(for: locale)) ?? .h23
        firstWeekday = (try? ICU.RegionData.firstWeekday(for: locale)) ?? 2
        weekend = (try? ICU.RegionData.weekend(for: locale)) ?? []
    }

    /// The conventions as one line: measurement system, hour cycle, first weekday and the weekend's days (comma
    /// separated), tab separated.
    public var encoded: String {
        let days = weekend.map(String.init).joined(separator: ",")
        return [measurementSystem.rawValue, hourCycle.rawValue, String(firstWeekday), days].joined(separator: "\t")
    }

    /// The conventions an ``encoded`` line holds; nil when it is not one.
    public init?(encoded line: String) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, let measurementSystem = ICU.MeasurementSystem(rawValue: String(fields[0])),
            let hourCycle = ICU.HourCycle(rawValue: String(fields[1])), let firstWeekday = Int(fields[2])
        else { return nil }
        let days = fields[3].split(separator: ",")
        let weekend = days.compactMap { Int($0) }
        guard weekend.count == days.count else { return nil }
        self.measurementSystem = measurementSystem
        self.hourCycle = hourCycle
        self.firstWeekday = firstWeekday
        self.weekend = weekend
    }
}
