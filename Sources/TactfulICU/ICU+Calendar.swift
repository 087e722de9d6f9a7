internal import CICU

extension ICU {
    /// A calendar system in a time zone: converts instants to calendar fields and back.
    ///
    /// ICU 72's Chinese calendar puts Chinese New Year 2027 and 2030 one day late (DESIGN.md): callers that
    /// derive holidays from it check the results against an independent reference.
    public final class Calendar {
        /// The calendar systems Tactful needs.
        public enum Kind: String, Sendable, CaseIterable {
            case gregorian
            case chinese
            /// The Korean lunisolar calendar (단기), computed at Korea's meridian.
            case dangi
            case islamicUmalqura = "islamic-umalqura"
        }

        /// Calendar fields of one instant. `month` is 1-based.
        public struct Fields: Equatable, Sendable {
            /// The extended year: Gregorian year; Chinese cycle-independent year; Hijri (AH) year.
            public var extendedYear: Int
            /// Month of the year, 1-based.
            public var month: Int
            /// True for a Chinese leap (intercalary) month.
            public var isLeapMonth: Bool
            /// Day of the month, 1-based.
            public var day: Int
            /// Day of the week, 1 = Sunday … 7 = Saturday.
            public var weekday: Int
            /// Hour of the day, 0–23.
            public var hour: Int
            /// Minute, 0–59.
            public var minute: Int
        }

        private let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>  // UCalendar*, spelled without C types
        /// The calendar system.
        public let kind: Kind

        /// Opens `kind` in `timeZone` (an IANA ID or `GMT±hh:mm`).
        public init(_ kind: Kind, timeZone: String) throws(ICUError) {
            var status = U_ZERO_ERROR
            let zone = Array(timeZone.utf16)
            let handle = icu_ucal_open(zone, Int32(zone.count), "en@calendar=\(kind.rawValue)", UCAL_DEFAULT, &status)
            try ICU.check(status, "open the \(kind.rawValue) calendar in \(timeZone)")
            guard let handle else {
                throw ICUError.nullHandle("open a calendar")
            }
            self.handle = handle
            self.kind = kind
        }

        deinit { icu_ucal_close(handle) }

        /// The calendar fields of an instant (milliseconds since 1970-01-01T00:00Z).
        public func fields(atMilliseconds millis: Double) throws(ICUError) -> Fields {
            var status = U_ZERO_ERROR
            icu_ucal_setMillis(handle, millis, &status)
            func get(_ field: UCalendarDateFields) -> Int { Int(icu_ucal_get(handle, field, &status)) }
            let fields = Fields(
                extendedYear: get(UCAL_EXTENDED_YEAR), month: get(UCAL_MONTH) + 1,
                isLeapMonth: get(UCAL_IS_LEAP_MONTH) != 0, day: get(UCAL_DATE), weekday: get(UCAL_DAY_OF_WEEK),
                hour: get(UCAL_HOUR_OF_DAY), minute: get(UCAL_MINUTE))
            try ICU.check(status, "read \(kind.rawValue) calendar fields")
            return fields
        }

        /// The instant of a local midnight given in this calendar. ICU calendars are lenient: an invalid date rolls
        /// over (month 13 → next year), so callers that need validation read the fields back.
        public func milliseconds(extendedYear: Int, month: Int, day: Int, isLeapMonth: Bool = false) throws(ICUError)
            -> Double
        {
            var status = U_ZERO_ERROR
            icu_ucal_clear(handle)
            icu_ucal_set(handle, UCAL_EXTENDED_YEAR, Int32(extendedYear))
            icu_ucal_set(handle, UCAL_MONTH, Int32(month - 1))
            icu_ucal_set(handle, UCAL_IS_LEAP_MONTH, isLeapMonth ? 1 : 0)
            icu_ucal_set(handle, UCAL_DATE, Int32(day))
            let millis = icu_ucal_getMillis(handle, &status)
            try ICU.check(status, "compute a \(kind.rawValue) date \(extendedYear)-\(month)-\(day)")
            return millis
        }
    }
}
