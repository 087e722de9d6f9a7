import TactfulTime

extension DateCheck {
    /// A numeric date as written: where it stands and its parts in writing order.
    struct WrittenDate {
        let range: Range<Int>
        let first: Int
        let second: Int
        let year: Int?
        let separator: Character
    }

    /// The dates that stand in a range whose only plausible reading is the customer's own order, so neither end is
    /// misread: "추석 연휴(10/5~10/8)" to Korea is 5 to 8 October, a holiday's days, while the other order would be
    /// 10 May to 10 August; "春节 2/10–2/17" can only be read month-first. A range is two dates joined by a dash,
    /// a wave dash or a tilde; a reading is plausible when both ends are dates, the range runs forward (at most
    /// into the next year's first days) and spans at most 31 days, as closures, delivery windows and sale weeks do.
    /// This settles a date only in the customer's order (CLDR's): a range that reads plausibly only in another order
    /// is judged date by date, as one date is.
    static func settledRanges(_ dates: [WrittenDate], _ context: LintContext) -> Set<Range<Int>> {
        guard dates.count >= 2 else { return [] }
        let units = context.document.utf16
        var settled: Set<Range<Int>> = []
        for (start, end) in zip(dates, dates.dropFirst())
        where start.year == end.year && joinedAsRange(start.range.upperBound..<end.range.lowerBound, units) {
            let monthFirst = plausibleRange(from: (start.first, start.second), to: (end.first, end.second))
            let dayFirst = plausibleRange(from: (start.second, start.first), to: (end.second, end.first))
            guard monthFirst != dayFirst else { continue }
            let skeleton = start.year == nil ? "Md" : "yMd"
            let order = convention(context.market.locale, context.pool, skeleton: skeleton).order
            if (order == .monthFirst && monthFirst) || (order == .dayFirst && dayFirst) {
                settled.formUnion([start.range, end.range])
            }
        }
        return settled
    }

    /// True when the text between two dates joins them as a range: a hyphen, en or em dash, tilde or wave dash
    /// ("10/5~10/8", "2/10 – 2/17", "10/3～10/9"), with at most one space either side.
    private static func joinedAsRange(_ gap: Range<Int>, _ units: [UInt16]) -> Bool {
        let marks: Set<UInt16> = [0x2D, 0x2013, 0x2014, 0x7E, 0x301C, 0xFF5E]
        let inner = units[gap].filter { $0 != 0x20 && $0 != 0xA0 }
        return gap.count <= 3 && inner.count == 1 && marks.contains(inner[0])
    }

    /// True when (month, day) to (month, day) are both dates and the second follows the first within 31 days,
    /// across the new year if need be ("12/28–1/3"). Read in a leap year, so that 29 February exists.
    static func plausibleRange(from start: (month: Int, day: Int), to end: (month: Int, day: Int)) -> Bool {
        guard let first = LocalDate(year: 2028, month: start.month, day: start.day),
            let last = LocalDate(year: 2028, month: end.month, day: end.day)
        else { return false }
        let span = (last.dayNumber - first.dayNumber + 366) % 366
        return span >= 1 && span <= 31
    }
}
