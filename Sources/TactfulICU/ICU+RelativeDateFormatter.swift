internal import CICU

extension ICU {
    /// Relative date phrases in a locale: "tomorrow", "in 3 days", and "tomorrow at 09:00" when combined with a time.
    public final class RelativeDateFormatter {
        /// The calendar unit of a relative offset.
        public enum Unit: Sendable {
            case day, week, month, year, hour, minute
        }

        private let handle: OpaquePointer
        private let atTimePattern: String?

        /// Opens a long-width formatter for `locale`, capitalised for the middle of a sentence.
        public init(locale: LocaleID) throws(ICUError) {
            var status = U_ZERO_ERROR
            let handle = icu_ureldatefmt_open(
                locale.identifier, nil, UDAT_STYLE_LONG, UDISPCTX_CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE, &status)
            try ICU.check(status, "open a relative date formatter for \(locale)")
            guard let handle else {
                throw ICUError.nullHandle("open a relative date formatter")
            }
            self.handle = handle
            self.atTimePattern = locale.fallbackChain().lazy.compactMap(Self.atTimePattern(in:)).first
        }

        deinit { icu_ureldatefmt_close(handle) }

        /// A phrase for `offset` units from now, preferring words where the locale has them ("tomorrow", "morgen").
        public func format(_ offset: Double, _ unit: Unit) throws(ICUError) -> String {
            try ICU.fillUTF16("format a relative date") {
                icu_ureldatefmt_format(handle, offset, Self.icuUnit(unit), $0, $1, &$2)
            }
        }

        /// Joins a relative date and a time the locale's way: ("tomorrow", "09:00") → "tomorrow at 09:00".
        ///
        /// Uses CLDR's long `DateTimePatterns%atTime` glue where the locale has one ("{1} 'um' {0}"), else
        /// ICU's standard date-time glue ("{1} {0}").
        public func combine(relativeDate: String, time: String) throws(ICUError) -> String {
            if let atTimePattern {
                return ICU.applyGlue(atTimePattern, date: relativeDate, time: time)
            }
            let date = Array(relativeDate.utf16)
            let clock = Array(time.utf16)
            return try ICU.fillUTF16("combine a relative date and a time") {
                icu_ureldatefmt_combineDateAndTime(
                    handle, date, Int32(date.count), clock, Int32(clock.count), $0, $1, &$2)
            }
        }

        /// The long `atTime` glue pattern from the locale's own bundle (no inheritance), if it has one.
        private static func atTimePattern(in locale: LocaleID) -> String? {
            var status = U_ZERO_ERROR
            let bundle = icu_ures_openDirect(nil, locale.identifier.isEmpty ? "root" : locale.identifier, &status)
            defer { icu_ures_close(bundle) }
            let calendar = icu_ures_getByKey(bundle, "calendar", nil, &status)
            defer { icu_ures_close(calendar) }
            let gregorian = icu_ures_getByKey(calendar, "gregorian", nil, &status)
            defer { icu_ures_close(gregorian) }
            let patterns = icu_ures_getByKey(gregorian, "DateTimePatterns%atTime", nil, &status)
            defer { icu_ures_close(patterns) }
            var length: Int32 = 0
            let long = icu_ures_getStringByIndex(patterns, 1, &length, &status)
            guard status.rawValue <= 0, let long else { return nil }
            return ICU.string(utf16: UnsafeBufferPointer(start: long, count: Int(length)))
        }

        private static func icuUnit(_ unit: Unit) -> URelativeDateTimeUnit {
            switch unit {
            case .day: UDAT_REL_UNIT_DAY
            case .week: UDAT_REL_UNIT_WEEK
            case .month: UDAT_REL_UNIT_MONTH
            case .year: UDAT_REL_UNIT_YEAR
            case .hour: UDAT_REL_UNIT_HOUR
            case .minute: UDAT_REL_UNIT_MINUTE
            }
        }
    }
}

extension ICU {
    /// Fills a CLDR glue pattern: `{1}` is the date, `{0}` the time, `'…'` quotes literal text (`''` is a quote).
    static func applyGlue(_ pattern: String, date: String, time: String) -> String {
        var result = ""
        var quoted = false
        var characters = pattern.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if character == "'" {
                let next = characters.next()
                if next == "'" { result.append("'") } else { quoted.toggle(); pending = next }
            } else if character == "{", !quoted, let digit = characters.next(), let close = characters.next() {
                switch (digit, close) {
                case ("0", "}"): result += time
                case ("1", "}"): result += date
                default: result += String([character, digit, close])
                }
            } else {
                result.append(character)
            }
        }
        return result
    }
}
