internal import CICU

extension ICU {
    /// Which of a locale's month names: as written inside a date or standing alone, full or abbreviated.
    public enum MonthNameStyle: CaseIterable, Sendable {
        /// Inside a date, full (`UDAT_MONTHS`): "März", "marzo", "3月".
        case wide
        /// Inside a date, abbreviated (`UDAT_SHORT_MONTHS`): "März", "mar", "mars".
        case abbreviated
        /// Standing alone, full (`UDAT_STANDALONE_MONTHS`): Polish "marzec" where a date says "marca".
        case standaloneWide
        /// Standing alone, abbreviated (`UDAT_STANDALONE_SHORT_MONTHS`).
        case standaloneAbbreviated

        var symbolType: UDateFormatSymbolType {
            switch self {
            case .wide: UDAT_MONTHS
            case .abbreviated: UDAT_SHORT_MONTHS
            case .standaloneWide: UDAT_STANDALONE_MONTHS
            case .standaloneAbbreviated: UDAT_STANDALONE_SHORT_MONTHS
            }
        }
    }

    /// The twelve Gregorian month names of `locale` in every style, January first (`udat_getSymbols`), whatever
    /// calendar the locale uses by default.
    public static func monthNames(locale: LocaleID) throws(ICUError) -> [MonthNameStyle: [String]] {
        let identifier = locale.identifier + (locale.identifier.contains("@") ? ";" : "@") + "calendar=gregorian"
        let zone = Array("UTC".utf16)
        var status = U_ZERO_ERROR
        let format = icu_udat_open(UDAT_NONE, UDAT_MEDIUM, identifier, zone, Int32(zone.count), nil, 0, &status)
        try check(status, "open a date format to read month names in \(locale)")
        guard let format else {
            throw ICUError.nullHandle("open a date format")
        }
        defer { icu_udat_close(format) }
        var names: [MonthNameStyle: [String]] = [:]
        for style in MonthNameStyle.allCases {
            guard icu_udat_countSymbols(format, style.symbolType) >= 12 else {
                throw ICUError(
                    code: 2, name: "U_MISSING_RESOURCE_ERROR", operation: "read the month names of \(locale)")
            }
            var list: [String] = []
            for index in 0..<Int32(12) {
                list.append(
                    try fillUTF16("read month name \(index + 1) of \(locale)") {
                        icu_udat_getSymbols(format, style.symbolType, index, $0, $1, &$2)
                    })
            }
            names[style] = list
        }
        return names
    }
}

extension ICU {
    /// The seven Gregorian weekday names of `locale`, Sunday first: full as written in a date, full standing alone,
    /// and abbreviated (`udat_getSymbols` with `UDAT_WEEKDAYS`, `UDAT_STANDALONE_WEEKDAYS`, `UDAT_SHORT_WEEKDAYS`:
    /// "Sonntag", "الأحد", "星期日"; "So.", "周日").
    public static func weekdayNames(locale: LocaleID) throws(ICUError) -> [[String]] {
        let identifier = locale.identifier + (locale.identifier.contains("@") ? ";" : "@") + "calendar=gregorian"
        let zone = Array("UTC".utf16)
        var status = U_ZERO_ERROR
        let format = icu_udat_open(UDAT_NONE, UDAT_MEDIUM, identifier, zone, Int32(zone.count), nil, 0, &status)
        try check(status, "open a date format to read weekday names in \(locale)")
        guard let format else { throw ICUError.nullHandle("open a date format") }
        defer { icu_udat_close(format) }
        var lists: [[String]] = []
        for type in [UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS, UDAT_SHORT_WEEKDAYS] {
            // Index 0 is empty: ICU numbers the days 1 = Sunday … 7 = Saturday.
            guard icu_udat_countSymbols(format, type) >= 8 else {
                throw ICUError(
                    code: 2, name: "U_MISSING_RESOURCE_ERROR", operation: "read the weekday names of \(locale)")
            }
            var list: [String] = []
            for index in 1...Int32(7) {
                list.append(
                    try fillUTF16("read weekday name \(index) of \(locale)") {
                        icu_udat_getSymbols(format, type, index, $0, $1, &$2)
                    })
            }
            lists.append(list)
        }
        return lists
    }
}
