/// Expands a market's definitions into the holidays of one Gregorian year: rules for the year and its neighbours
/// (an observed day can cross New Year), announced changes, substitutions in date order, then bridge days.
struct HolidayExpansion {
    let definitions: [HolidayDefinition]
    let changes: [DatedChange]
    let bridge: BridgeDayRule?
    let context: RuleContext

    /// A holiday with the definition it came from (nil for announced changes) and the last day of its span.
    private struct Entry {
        var holiday: Holiday
        var definition: Int?
        var spanEnd: LocalDate
    }

    /// The days off and make-up workdays of `year`, sorted by date.
    func list(for year: Int) throws(TimeError) -> HolidayList {
        let base = try baseEntries(around: year)
        var occupied = Set(base.map(\.holiday.date))
        var moved: Set<Int> = []
        let added = substitutes(for: base, occupied: &occupied, moved: &moved)
        var all = base.indices.filter { !moved.contains($0) }.map { base[$0] } + added
        all += bridgeDays(base: base, occupied: occupied, around: year)
        let holidays = all.map(\.holiday).filter { $0.date.year == year }
            .sorted { ($0.date, $0.observed ? 1 : 0) < ($1.date, $1.observed ? 1 : 0) }
        let workdays = changes.filter { $0.date.year == year }.compactMap { change -> MakeUpWorkday? in
            guard case .workday = change.kind else { return nil }
            return MakeUpWorkday(date: change.date, names: change.names, source: change.source)
        }
        return HolidayList(holidays: holidays, workdays: workdays.sorted { $0.date < $1.date })
    }

    /// Every day of every rule's holidays in `year - 1 ... year + 1`, and the announced days off, by date.
    private func baseEntries(around year: Int) throws(TimeError) -> [Entry] {
        var entries: [Entry] = []
        for gregorianYear in (year - 1)...(year + 1) {
            for (index, definition) in definitions.enumerated() where definition.applies(in: gregorianYear) {
                for found in try definition.dates(in: gregorianYear, context: context) {
                    let end = found.date.adding(days: definition.span - 1)
                    for day in 0..<definition.span {
                        let holiday = Holiday(
                            date: found.date.adding(days: day), names: definition.names, observed: false,
                            estimated: found.estimated || definition.alwaysEstimated, source: definition.source)
                        entries.append(Entry(holiday: holiday, definition: index, spanEnd: end))
                    }
                }
            }
        }
        for change in changes where abs(change.date.year - year) <= 1 {
            guard case .dayOff(let observed) = change.kind else { continue }
            let holiday = Holiday(
                date: change.date, names: change.names, observed: observed, estimated: false, source: change.source)
            entries.append(Entry(holiday: holiday, definition: nil, spanEnd: change.date))
        }
        return entries.enumerated().sorted {
            ($0.element.holiday.date, $0.offset) < ($1.element.holiday.date, $1.offset)
        }
        .map(\.element)
    }

    /// The observed and substitute days the base entries call for, in date order.
    private func substitutes(for base: [Entry], occupied: inout Set<LocalDate>, moved: inout Set<Int>) -> [Entry] {
        var added: [Entry] = []
        var seen: Set<LocalDate> = []
        for (position, entry) in base.enumerated() {
            defer { seen.insert(entry.holiday.date) }
            guard let index = entry.definition, let rule = definitions[index].substitution else { continue }
            let date = entry.holiday.date
            var substitute: LocalDate?
            var names = entry.holiday.names
            switch rule {
            case .nextFreeDay(let on, let clash, let skip, let ruleNames):
                guard on.contains(date.weekday) || (clash && seen.contains(date)) else { continue }
                var candidate = entry.spanEnd.adding(days: 1)
                while occupied.contains(candidate) || skip.contains(candidate.weekday) {
                    candidate = candidate.adding(days: 1)
                }
                substitute = candidate
                names = ruleNames ?? names
            case .shift(let shifts, let clash, let moves, let ruleNames):
                let clashing = seen.contains(date) ? clash : nil
                guard let days = clashing ?? shifts[date.weekday], days != 0 else { continue }
                // Move on in the same direction past days off and the weekend days the rule shifts away from.
                var candidate = date.adding(days: days)
                while occupied.contains(candidate) || shifts[candidate.weekday] != nil {
                    candidate = candidate.adding(days: days > 0 ? 1 : -1)
                }
                substitute = candidate
                names = ruleNames ?? names
                if moves { moved.insert(position) }
            }
            guard let substitute else { continue }
            occupied.insert(substitute)
            let holiday = Holiday(
                date: substitute, names: names, observed: true, estimated: entry.holiday.estimated,
                source: entry.holiday.source)
            added.append(Entry(holiday: holiday, definition: nil, spanEnd: substitute))
        }
        return added
    }

    /// Days that are not holidays but lie between two base holidays, when the market has that rule (Japan).
    private func bridgeDays(base: [Entry], occupied: Set<LocalDate>, around year: Int) -> [Entry] {
        guard let bridge, let first = LocalDate(year: year, month: 1, day: 1) else { return [] }
        let holidays = Set(base.map(\.holiday.date))
        return (first.dayNumber...(first.dayNumber + 366)).map(LocalDate.init(dayNumber:)).filter {
            $0.year == year && !occupied.contains($0) && holidays.contains($0.adding(days: -1))
                && holidays.contains($0.adding(days: 1))
        }.map {
            Entry(
                holiday: Holiday(
                    date: $0, names: bridge.names, observed: false, estimated: false, source: bridge.source),
                definition: nil, spanEnd: $0)
        }
    }
}
