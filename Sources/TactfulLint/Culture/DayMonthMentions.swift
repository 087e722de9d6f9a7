import TactfulICU

/// The day-and-month dates a piece of text writes with a month's name or the CJK month and day signs, in the market's
/// language and in English: "30 april", "5 de mayo", "11 mai", "3. Oktober", "November 27th", "4月30日", "4월 30일".
/// Month names are ICU's full and abbreviated names ("Nov. 27", "11 พ.ค."; an abbreviation may end in a period, and
/// counts only beside a day). A numeric date counts where one of its parts is above 12, which tells day from month
/// ("6/15", "15.6."), or, given the customer's order, a slash pair read as the customer reads it ("10/1" in Taiwan is
/// 1 October); otherwise "5/6" is left to the date check.
enum DayMonthMentions {
    /// A day and month and where the text writes them (UTF-16 offsets into the text).
    struct Mention: Equatable {
        let month: Int
        let day: Int
        let range: Range<Int>
    }

    /// Every day-month date in `text`; with `customerOrder`, ambiguous slash pairs too, read in that order. Each
    /// writes its day in ASCII digits: a text without one has none, and is not searched for a hundred names.
    static func mentions(in text: String, locale: ICU.LocaleID, customerOrder: DateCheck.Convention.Order? = nil)
        -> [Mention]
    {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let units = Array(text.lowercased().utf16)
        guard units.count == text.utf16.count else { return [] }  // a case mapping changed the length: give up
        var found: [Mention] = []
        let full = MonthMentions.names(locale).flatMap { $0.enumerated() }
        let abbreviated = MonthMentions.abbreviatedNames(locale).flatMap { $0.enumerated() }
        for (index, name) in full + abbreviated {
            let name = Array(name.utf16)
            var start = 0
            while let at = firstIndex(of: name, in: units, from: start) {
                start = at + 1
                // ICU's CJK month names carry the month's digits ("4月"): the day follows; "14月" is no month.
                if isCJKMonth(name) {
                    guard at == 0 || !isDigit(units[at - 1]), let day = dayAfter(at + name.count, in: units) else {
                        continue
                    }
                    found.append(Mention(month: index + 1, day: day.value, range: at..<day.end))
                    continue
                }
                // A whole word: English "may" is not the start of Spanish "mayo".
                let end = at + name.count
                guard at == 0 || !isLetter(units[at - 1]), end == units.count || !isLetter(units[end]) else { continue }
                if let day = dayBefore(at, in: units) {
                    found.append(Mention(month: index + 1, day: day.value, range: day.start..<(at + name.count)))
                } else if let day = dayAfter(end < units.count && units[end] == 0x2E ? end + 1 : end, in: units) {
                    found.append(Mention(month: index + 1, day: day.value, range: at..<day.end))
                }
            }
        }
        found += numericMentions(in: units, customerOrder: customerOrder)
        // A name can be listed twice (ICU's format and stand-alone forms, the market's language and English).
        var seen: Set<Range<Int>> = []
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { seen.insert($0.range).inserted }
    }

    /// Numeric day-month pairs that one part above 12 makes unambiguous ("6/15", "15/6", "15.06.2026"), and slash pairs
    /// of two parts up to 12 in `customerOrder` (a year-first order writes month before day), not inside a longer run
    /// of digits and separators (a version, a phone number, "1/2/3").
    private static func numericMentions(in units: [UInt16], customerOrder: DateCheck.Convention.Order?) -> [Mention] {
        func digits(from index: Int) -> (value: Int, end: Int)? {
            var end = index
            while end < units.count, end - index < 2, isDigit(units[end]) { end += 1 }
            guard end > index, end == units.count || !isDigit(units[end]) else { return nil }
            return (units[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }, end)
        }
        var found: [Mention] = []
        var index = 0
        while index < units.count {
            defer { index += 1 }
            guard isDigit(units[index]), index == 0 || !isDigit(units[index - 1]) && !isSeparator(units[index - 1]),
                let first = digits(from: index), first.end < units.count, isSeparator(units[first.end]),
                let second = digits(from: first.end + 1)
            else { continue }
            // A third part may only be a year ("6/15/2026"); a separator after a short third part is a longer code.
            if second.end + 1 < units.count, isSeparator(units[second.end]), isDigit(units[second.end + 1]) {
                var yearEnd = second.end + 1
                while yearEnd < units.count, isDigit(units[yearEnd]) { yearEnd += 1 }
                let yearLength = yearEnd - second.end - 1
                let more = yearEnd + 1 < units.count && isSeparator(units[yearEnd]) && isDigit(units[yearEnd + 1])
                guard yearLength == 4 || yearLength == 2, !more else { continue }
            }
            let (a, b) = (first.value, second.value)
            var pair: (month: Int, day: Int)? =
                (1...12).contains(a) && (13...31).contains(b)
                ? (a, b) : (1...12).contains(b) && (13...31).contains(a) ? (b, a) : nil
            if pair == nil, let customerOrder, units[first.end] == 0x2F, (1...12).contains(a), (1...12).contains(b) {
                pair = customerOrder == .dayFirst ? (b, a) : (a, b)
            }
            guard let pair else { continue }
            found.append(Mention(month: pair.month, day: pair.day, range: index..<second.end))
            index = second.end - 1
        }
        return found
    }

    /// "/" or "." between the parts of a numeric date.
    private static func isSeparator(_ unit: UInt16) -> Bool { unit == 0x2F || unit == 0x2E }

    /// "30 ", "30. ", "5 de ", "1er ", "27th of " right before the month.
    private static func dayBefore(_ at: Int, in units: [UInt16]) -> (value: Int, start: Int)? {
        var end = at
        let fillers = [" de ", " of ", ". ", "er ", "st ", "nd ", "rd ", "th ", " "].map { Array($0.utf16) }
        guard let filler = fillers.first(where: { f in end >= f.count && Array(units[(end - f.count)..<end]) == f })
        else { return nil }
        end -= filler.count
        var start = end
        while start > 0, end - start < 2, isDigit(units[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isDigit(units[start - 1]) else { return nil }
        return value(units[start..<end]).map { ($0, start) }
    }

    /// " 27", " 27th", "30日", "30일" right after the month.
    private static func dayAfter(_ end: Int, in units: [UInt16]) -> (value: Int, end: Int)? {
        var start = end
        while start < units.count, units[start] == 0x20 { start += 1 }
        guard start - end <= 1 else { return nil }
        var stop = start
        while stop < units.count, stop - start < 2, isDigit(units[stop]) { stop += 1 }
        guard stop > start, stop == units.count || !isDigit(units[stop]) else { return nil }
        return value(units[start..<stop]).map { ($0, stop) }
    }

    private static func value(_ digits: ArraySlice<UInt16>) -> Int? {
        let number = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1...31).contains(number) ? number : nil
    }

    private static func firstIndex(of needle: [UInt16], in haystack: [UInt16], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    private static func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xC0 && unit < 0x2000)
    }
    /// "4月", "4월": the month sign comes right after the digits.
    private static func isCJKMonth(_ name: [UInt16]) -> Bool { name.last.map { $0 == 0x6708 || $0 == 0xC6D4 } ?? false }
}
