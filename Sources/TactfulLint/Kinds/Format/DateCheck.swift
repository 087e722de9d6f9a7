import Foundation
import TactfulICU

/// Numeric dates written in another market's order or style. The customer reads a numeric date in their market's
/// order (CLDR's short date pattern): a date in that order and with that separator reads as expected and is left
/// alone; a date that only makes sense in another order ("12/15/2026" to a day-first market), a day–month date to a
/// year-first market, or an ambiguous date in another market's style ("05.12.2026" to a US customer) is reported.
/// The fixes spell out each possible reading with the month name, formatted by ICU for the market.
enum DateCheck {
    /// Starts with a digit so that ICU can skip to candidate positions; the character before is checked in Swift.
    static let numericDate = RegexSource(
        #"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)"#, ignoresCase: false)

    /// How a locale orders the fields of a numeric date, and the separator it writes.
    struct Convention: Sendable {
        enum Order: Sendable { case monthFirst, dayFirst, yearFirst }
        let order: Order
        let separator: Character
    }

    /// A day and month without a year, with a slash ("03/12", "6/7"): dots and dashes between two numbers are
    /// decimals and ranges. Not part of a longer number, a fraction with a unit or percent, or a time.
    static let numericDayMonth = RegexSource(
        #"(\d{1,2})/(\d{1,2})(?![\d/]|[.,:]\d|\s?%)"#, ignoresCase: false)

    /// Slash pairs that are never dates: round the clock, and fractions.
    private static let notDates: Set<String> = [
        "24/7", "24/24", "7/7", "1/2", "1/3", "2/3", "1/4", "3/4", "1/8", "3/8", "5/8", "7/8",
    ]

    /// With `mixedOrder` the market writes numeric dates in both orders (Canada), so every ambiguous one is reported;
    /// with `mixedDayMonthOrder` a day and month without a year is read both ways (Hong Kong: the Chinese order
    /// month-first, the English day-first; markets whose style guides spell the month out in text), so an ambiguous
    /// one is reported as well as one in another order, and full dates follow CLDR.
    static func findings(
        _ info: RuleInfo, _ context: LintContext, mixedOrder: Bool = false, mixedDayMonthOrder: Bool = false
    ) throws(LintError) -> [Finding] {
        let present = context.document.presentASCII
        guard present.contains(0x2F) || present.contains(0x2E) || present.contains(0x2D) else {
            return try englishDates(info, context)
        }
        let units = context.document.utf16
        let full = mayHoldNumericDate(units) ? try FormatSupport.matches(numericDate, in: context) : []
        let pairs = mayHoldDayMonth(units) ? try FormatSupport.matches(numericDayMonth, in: context) : []
        var dates: [WrittenDate] = []
        for range in full + pairs.filter({ pair in !full.contains { $0.overlaps(pair) } }) {
            // Part of a longer number, date or word ("112/12/2026", "2026.12.05", "A1/2", "S/M"): not a date. Scripts
            // written without spaces (Thai and after) put a date right after a word ("預計12/10前", "為05/01/2027").
            if range.lowerBound > 0, let before = Unicode.Scalar(units[range.lowerBound - 1]),
                before.properties.numericType != nil || (before.properties.isAlphabetic && before.value < 0x0E00)
                    || "/.-,$€£¥".unicodeScalars.contains(before)
            {
                continue
            }
            let text = context.document.string(range)
            if notDates.contains(text) { continue }
            let separator = text.first { !$0.isNumber } ?? "/"
            let parts = text.split(separator: separator).compactMap(Self.number)
            guard parts.count == 3 || parts.count == 2 else { continue }
            let year = parts.count == 3 ? parts[2] : nil
            if settledByWeekday(range, first: parts[0], second: parts[1], year: year, context) { continue }
            dates.append(
                WrittenDate(range: range, first: parts[0], second: parts[1], year: year, separator: separator))
        }
        dates.sort { $0.range.lowerBound < $1.range.lowerBound }
        let settled = settledRanges(dates, context)
        let findings = dates.filter { !settled.contains($0.range) }.compactMap { date in
            finding(
                info, context, date.range, first: date.first, second: date.second, separator: date.separator,
                year: date.year, mixedOrder: mixedOrder, ambiguityReported: date.year == nil && mixedDayMonthOrder)
        }
        return (findings + (try englishDates(info, context))).sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// True when a weekday in brackets right after the date ("5/6(화)", "10/3（金）", "4/5 (Tue)") falls on the date
    /// as the customer reads it, in its year or one around today, and not on the other reading: the weekday says
    /// which day is meant, as Korean and Japanese notices write it.
    private static func settledByWeekday(
        _ range: Range<Int>, first: Int, second: Int, year: Int?, _ context: LintContext
    ) -> Bool {
        guard let weekday = bracketedWeekday(after: range, context) else { return false }
        let order = convention(context.market.locale, context.pool, skeleton: year == nil ? "Md" : "yMd").order
        let today = LintContext.today().year
        let years = year.map { [$0] } ?? Array((today - 1)...(today + 1))
        func fallsOn(month: Int, day: Int) -> Bool {
            (1...12).contains(month) && (1...31).contains(day)
                && years.contains { Self.weekday(year: $0, month: month, day: day) == weekday }
        }
        let monthFirst = fallsOn(month: first, day: second), dayFirst = fallsOn(month: second, day: first)
        return order == .dayFirst ? dayFirst && !monthFirst : monthFirst && !dayFirst
    }

    /// The day (1 = Sunday … 7 = Saturday) a bracketed weekday name right after `range` names, in the market's
    /// language (ICU's full and abbreviated names) or English.
    private static func bracketedWeekday(after range: Range<Int>, _ context: LintContext) -> Int? {
        let units = context.document.utf16
        var index = range.upperBound
        if index < units.count, units[index] == 0x20 { index += 1 }
        guard index < units.count, units[index] == 0x28 || units[index] == 0xFF08 else { return nil }
        let start = index + 1
        guard
            let end = (start..<min(units.count, start + 12)).first(where: { units[$0] == 0x29 || units[$0] == 0xFF09 })
        else { return nil }
        let name = units[start..<end].withUnsafeBufferPointer(ICU.string(utf16:)).lowercased()
        let names = context.pool.fact("bracket-weekdays|\(context.market.locale.identifier)") {
            WeekendWords.everyDayName(context.market.locale)
        }
        return names[name.trimmingCharacters(in: CharacterSet(charactersIn: ". "))]
    }

    /// The Gregorian weekday of a date, 1 = Sunday … 7 = Saturday (Sakamoto's method).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7 + 1
    }

    /// The value of a run of decimal digits of the scripts the markets write ("١٢" as well as "12"; `Int("١٢")` is
    /// nil), read by the law kind's digit table.
    static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.utf16.count <= 6 else { return nil }
        var value = 0
        for unit in digits.utf16 {
            guard let digit = PeriodReader.digitValue(unit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// English month-name dates ("Dec 10", "December 8, 2026") from ICU's English month names (wide and
    /// abbreviated, with an optional period), day after the month, optional year: in a reply to a market whose
    /// language is not English they are another market's format. Case-sensitive: "may 5" is not a date.
    /// ICU's English month names by style, read once.
    private static let englishMonths: [ICU.MonthNameStyle: [String]] =
        (try? ICU.LocaleID(tag: "en")).flatMap { try? MonthNameSource.names($0) } ?? [:]

    private static let englishMonthDate: RegexSource = {
        let names = Set(englishMonths.values.joined().map(withoutPeriods))
            .filter { $0.count >= 3 && $0.first?.isUppercase == true }
            .sorted { ($0.count, $0) > ($1.count, $0) }
        return RegexSource(
            #"(?:"# + names.joined(separator: "|") + #")\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?(?!\d)"#,
            ignoresCase: false)
    }()

    /// English month names as written ("Dec", "December"), without a period.
    private static let englishMonthWords: Set<String> = Set(
        englishMonths.values.joined().map(withoutPeriods).filter { $0.count >= 3 })

    /// A month name without its periods ("Sept." → "Sept"). Not Foundation's `replacingOccurrences`, which copies
    /// through `NSString` and decoded its UTF-16 generically: a million instructions for 48 names at start-up.
    private static func withoutPeriods(_ name: String) -> String {
        name.filter { $0 != "." }
    }

    /// True when a digit follows an English month name and a space somewhere in the text: the regex runs only then
    /// (German text is full of capitalised words that start like a month).
    private static func mayHoldEnglishDate(_ units: [UInt16]) -> Bool {
        var index = 2
        while index < units.count {
            defer { index += 1 }
            guard units[index] >= 0x30, units[index] <= 0x39, units[index - 1] == 0x20 else { continue }
            var end = index - 1
            if units[end - 1] == 0x2E { end -= 1 }
            var start = end
            while start > 0, end - start < 9, (units[start - 1] | 0x20) >= 0x61, (units[start - 1] | 0x20) <= 0x7A {
                start -= 1
            }
            if end - start >= 3,
                englishMonthWords.contains(units[start..<end].withUnsafeBufferPointer(ICU.string(utf16:)))
            {
                return true
            }
        }
        return false
    }

    /// English month-name dates in a reply to a market of another language, with the market's own spelling as a safe
    /// fix ("Dec 10" → "10 grudnia"; the year only when written).
    static func englishDates(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let locale = context.market.locale
        guard context.market.language != "en", context.document.hasDigits, mayHoldEnglishDate(context.document.utf16)
        else {
            return []
        }
        let english = englishMonths
        return try FormatSupport.matches(englishMonthDate, in: context).compactMap { range in
            // Not the end of a longer Latin word ("Mundec 10"); Japanese and Chinese write it right after a word.
            if range.lowerBound > 0, let before = Unicode.Scalar(context.document.utf16[range.lowerBound - 1]),
                before.isASCII && before.properties.isAlphabetic
            {
                return nil
            }
            let text = context.document.string(range)
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            guard let monthWord = words.first,
                let day = words.dropFirst().first.flatMap({ Int($0.filter(\.isNumber)) }),
                let month = english.values.lazy.compactMap({ names in
                    names.firstIndex { withoutPeriods($0) == monthWord }
                }).first.map({ $0 + 1 }),
                (1...31).contains(day)
            else { return nil }
            let year = words.count > 2 ? Int(words[2]) : nil
            guard let spelled = spell(year: year, month: month, day: day, locale: locale, context.pool) else {
                return nil
            }
            let message =
                context.uiLanguage == .zhHans
                ? "这是英文的日期写法，客户所在市场不这样写；请写作“\(spelled)”。"
                : "This date is written the English way; customers in this market write “\(spelled)”."
            return context.finding(
                info, range, fixes: [Fix(replacement: spelled, description: "Write “\(spelled)”", safe: true)],
                message: message)
        }
    }

    /// The finding for one numeric date, when the customer would misread it or not read it at all. A date
    /// without a year is judged by the market's day-and-month pattern (CLDR `Md`: "M/d" in ja and en-US, "dd/MM"
    /// in en-GB), a full date by its `yMd`.
    private static func finding(
        _ info: RuleInfo, _ context: LintContext, _ range: Range<Int>, first: Int, second: Int, separator: Character,
        year: Int?, mixedOrder: Bool, ambiguityReported: Bool
    ) -> Finding? {
        let locale = context.market.locale
        let convention = self.convention(locale, context.pool, skeleton: year == nil ? "Md" : "yMd")
        let monthFirstValid = first <= 12 && second <= 31 && first > 0 && second > 0
        let dayFirstValid = second <= 12 && first <= 31 && first > 0 && second > 0
        guard monthFirstValid || dayFirstValid else { return nil }
        let ambiguous = monthFirstValid && dayFirstValid && first != second
        let inAnotherStyle = misread(
            convention, monthFirstValid: monthFirstValid, dayFirstValid: dayFirstValid, ambiguous: ambiguous,
            separator: separator)
        let readBothWays = (mixedOrder || ambiguityReported) && ambiguous
        guard mixedOrder ? ambiguous : (readBothWays || inAnotherStyle) else { return nil }
        var readings: [(month: Int, day: Int)] = []
        if convention.order != .dayFirst, monthFirstValid { readings.append((first, second)) }
        if dayFirstValid { readings.append((second, first)) }
        if convention.order == .dayFirst, monthFirstValid { readings.append((first, second)) }
        let spelled = readings.compactMap {
            spell(year: year, month: $0.month, day: $0.day, locale: locale, context.pool)
        }
        guard let theirs = spelled.first else { return nil }
        let unambiguous = spelled.count == 1
        let bothReadings = spelled.joined(separator: context.uiLanguage == .zhHans ? "”或“" : "” or “")
        let message: String
        switch (unambiguous, readBothWays && !inAnotherStyle, context.uiLanguage == .zhHans) {
        case (true, _, true): message = "这个日期是按其他市场的顺序写的；请写作“\(theirs)”。"
        case (true, _, false): message = "This date is written in another market's order; write “\(theirs)”."
        case (false, true, true): message = "这个纯数字日期在客户所在市场两种读法都有（“\(bothReadings)”）；请写出月份名称。"
        case (false, true, false):
            message = "Customers here read this numeric date both ways (“\(bothReadings)”); spell out the month."
        case (false, false, true): message = "这个纯数字日期不是客户所在市场的写法，客户可能读作“\(theirs)”；请写出月份名称。"
        case (false, false, false):
            message =
                "This numeric date is not in the customer's format and may be read as “\(theirs)”; spell out the month."
        }
        let fixes = spelled.map { Fix(replacement: $0, description: "Write “\($0)”", safe: false) }
        return context.finding(info, range, fixes: fixes, message: message)
    }

    /// True when a date the customer reads by `convention` is invalid in their order, or ambiguous and written with
    /// another market's separator; a year-first market reads no day–month date as its own.
    private static func misread(
        _ convention: Convention, monthFirstValid: Bool, dayFirstValid: Bool, ambiguous: Bool, separator: Character
    ) -> Bool {
        switch convention.order {
        case .yearFirst: true
        case .monthFirst: !monthFirstValid || (ambiguous && separator != convention.separator)
        case .dayFirst: !dayFirstValid || (ambiguous && separator != convention.separator)
        }
    }

    /// The order and separator of the locale's short numeric date (CLDR `yMd`, or `Md` for a day and month).
    static func convention(_ locale: ICU.LocaleID, _ pool: ICUPool, skeleton: String = "yMd") -> Convention {
        pool.fact("date-convention|\(skeleton)|\(locale.identifier)") { () -> Convention in
            let pattern = (try? ICU.bestPattern(forSkeleton: skeleton, locale: locale)) ?? "M/d/y"
            let positions = ["y", "M", "d"].map { pattern.firstIndex(of: Character($0)) }
            let separator = pattern.first { "/.-".contains($0) } ?? "/"
            guard let month = positions[1], let day = positions[2] else {
                return Convention(order: .monthFirst, separator: separator)
            }
            let yearFirst = positions[0].map { $0 < month && $0 < day } ?? false
            let order: Convention.Order = yearFirst ? .yearFirst : month < day ? .monthFirst : .dayFirst
            return Convention(order: order, separator: separator)
        }
    }

    /// The date with the month's name; without a year, in a leap year so that 29 February exists.
    private static func spell(year: Int?, month: Int, day: Int, locale: ICU.LocaleID, _ pool: ICUPool) -> String? {
        guard let calendar = try? ICU.Calendar(.gregorian, timeZone: "GMT"),
            let millis = try? calendar.milliseconds(extendedYear: year ?? 2028, month: month, day: day),
            let formatter = try? pool.dateFormatter(year == nil ? "MMMMd" : "yMMMMd", locale, "GMT")
        else { return nil }
        return try? formatter.format(millisecondsSince1970: millis)
    }
}
