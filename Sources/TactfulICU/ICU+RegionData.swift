internal import CICU

extension ICU {
    /// A region's measurement system, from CLDR's `measurementData`.
    public enum MeasurementSystem: String, Sendable {
        /// SI units.
        case metric
        /// US customary units (miles, pounds, °F).
        case us
        /// UK usage: metric with miles, pints and stones.
        case uk
    }

    /// A locale's default hour cycle, from CLDR's `timeData`.
    public enum HourCycle: String, Sendable {
        /// 0–11, as in Japanese 午後0時.
        case h11
        /// 1–12 with AM/PM.
        case h12
        /// 0–23.
        case h23
        /// 1–24.
        case h24

        /// True for the 12-hour cycles.
        public var is12Hour: Bool { self == .h11 || self == .h12 }
    }

    /// How a currency amount will be paid: on account or in cash (CHF cash rounds to 0.05).
    public enum CurrencyUsage: Sendable {
        case standard, cash
    }

    /// Facts CLDR records per locale or region.
    public enum RegionData {
        /// The ISO 4217 currency in use for a locale with a region (`de_AT` → `EUR`).
        public static func currency(for locale: LocaleID) throws(ICUError) -> String {
            try ICU.fillUTF16("find the currency of \(locale)", capacity: 8) {
                icu_ucurr_forLocale(locale.identifier, $0, $1, &$2)
            }
        }

        /// True when `code` is an ISO 4217 currency ICU knows, current or historical (`EUR`, `DEM`; not `XYZ`).
        public static func isCurrency(_ code: String) -> Bool {
            guard code.utf8.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
            var status = U_ZERO_ERROR
            let chars = Array(code.utf16) + [0]
            let available = icu_ucurr_isAvailable(chars, -8.64e15, 8.64e15, &status)
            return status.rawValue <= 0 && available != 0
        }

        /// ISO 4217 minor-unit digits for `usage` (JPY 0, KWD 3, EUR 2).
        public static func fractionDigits(ofCurrency code: String, usage: CurrencyUsage = .standard) throws(ICUError)
            -> Int
        {
            var status = U_ZERO_ERROR
            let chars = Array(code.utf16) + [0]
            let digits = icu_ucurr_getDefaultFractionDigitsForUsage(chars, icuUsage(usage), &status)
            try ICU.check(status, "read the minor units of \(code)")
            return Int(digits)
        }

        /// The rounding increment for `usage`, 0 when there is none (CHF cash: 0.05).
        public static func roundingIncrement(ofCurrency code: String, usage: CurrencyUsage = .standard) throws(ICUError)
            -> Double
        {
            var status = U_ZERO_ERROR
            let chars = Array(code.utf16) + [0]
            let increment = icu_ucurr_getRoundingIncrementForUsage(chars, icuUsage(usage), &status)
            try ICU.check(status, "read the rounding increment of \(code)")
            return increment
        }

        /// The currency's symbol or long name in `locale` ("€", "US dollar").
        public static func currencyName(_ code: String, locale: LocaleID, long: Bool = false) throws(ICUError) -> String
        {
            var status = U_ZERO_ERROR
            var isChoice: UBool = 0
            var length: Int32 = 0
            let chars = Array(code.utf16) + [0]
            let name = icu_ucurr_getName(
                chars, locale.identifier, long ? UCURR_LONG_NAME : UCURR_SYMBOL_NAME,
                &isChoice, &length, &status)
            try ICU.check(status, "name the currency \(code)")
            guard let name else { return code }
            return ICU.string(utf16: UnsafeBufferPointer(start: name, count: Int(length)))
        }

        /// The measurement system of a locale's region.
        public static func measurementSystem(for locale: LocaleID) throws(ICUError) -> MeasurementSystem {
            var status = U_ZERO_ERROR
            let system = icu_ulocdata_getMeasurementSystem(locale.identifier, &status)
            try ICU.check(status, "read the measurement system of \(locale)")
            switch system {
            case UMS_US: return .us
            case UMS_UK: return .uk
            default: return .metric
            }
        }

        /// The locale's default hour cycle.
        public static func hourCycle(for locale: LocaleID) throws(ICUError) -> HourCycle {
            let generator = try PatternGenerator(locale: locale)
            var status = U_ZERO_ERROR
            let cycle = icu_udatpg_getDefaultHourCycle(generator.handle, &status)
            try ICU.check(status, "read the hour cycle of \(locale)")
            switch cycle {
            case UDAT_HOUR_CYCLE_11: return .h11
            case UDAT_HOUR_CYCLE_12: return .h12
            case UDAT_HOUR_CYCLE_24: return .h24
            default: return .h23
            }
        }

        /// First day of the week for a locale's region, 1 = Sunday … 7 = Saturday.
        public static func firstWeekday(for locale: LocaleID) throws(ICUError) -> Int {
            try withGregorian(locale) { calendar, _ in Int(icu_ucal_getAttribute(calendar, UCAL_FIRST_DAY_OF_WEEK)) }
        }

        /// The weekend days of a locale's region, 1 = Sunday … 7 = Saturday (`SA` → [6, 7]).
        public static func weekend(for locale: LocaleID) throws(ICUError) -> [Int] {
            try withGregorian(locale) { calendar, status in
                (1...7).filter { day in
                    let type = icu_ucal_getDayOfWeekType(calendar, UCalendarDaysOfWeek(UInt32(day)), &status)
                    return type == UCAL_WEEKEND || type == UCAL_WEEKEND_ONSET || type == UCAL_WEEKEND_CEASE
                }
            }
        }

        private static func withGregorian<R>(
            _ locale: LocaleID, _ body: (UnsafeMutablePointer<UCalendar?>, inout UErrorCode) -> R
        ) throws(ICUError) -> R {
            var status = U_ZERO_ERROR
            let zone = Array("UTC".utf16)
            guard let calendar = icu_ucal_open(zone, Int32(zone.count), locale.identifier, UCAL_GREGORIAN, &status)
            else {
                throw ICUError.nullHandle("open a calendar for \(locale)")
            }
            defer { icu_ucal_close(calendar) }
            try ICU.check(status, "open a calendar for \(locale)")
            let result = body(calendar, &status)
            try ICU.check(status, "read week data of \(locale)")
            return result
        }

        private static func icuUsage(_ usage: CurrencyUsage) -> UCurrencyUsage {
            usage == .cash ? UCURR_USAGE_CASH : UCURR_USAGE_STANDARD
        }
    }
}
