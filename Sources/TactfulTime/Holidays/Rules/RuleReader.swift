import TactfulMarkets
import TactfulYAML

/// The one switch from a holiday's rule key in YAML to a ``DateRule`` kind.
struct RuleReader {
    /// Days added to lunisolar and Hijri dates.
    let offset: Int

    func rule(_ key: String, _ node: YAMLNode) throws(PositionedError) -> any DateRule {
        switch key {
        case "date":
            let (month, day) = try monthDay(node)
            return FixedDateRule(month: month, day: day)
        case "nthWeekday":
            let fields = try node.fields("nthWeekday", allowed: ["month", "weekday", "nth"])
            let nth = try integer(try need(fields, "nth", in: node), "nth")
            guard (1...5).contains(abs(nth)) else { throw node.error("nth is 1…5, or −1…−5 counting from the end") }
            return NthWeekdayRule(
                month: try month(try need(fields, "month", in: node)),
                weekday: try weekday(try need(fields, "weekday", in: node)), nth: nth)
        case "weekdayOnOrAfter", "weekdayOnOrBefore":
            let fields = try node.fields(key, allowed: ["date", "weekday"])
            let (month, day) = try monthDay(try need(fields, "date", in: node))
            let days = try need(fields, "weekday", in: node)
            let weekdays: Set<Weekday> = days.isList ? try weekdaySet(days) : [try weekday(days)]
            return WeekdayNearDateRule(month: month, day: day, weekdays: weekdays, onOrAfter: key == "weekdayOnOrAfter")
        case "easter", "orthodoxEaster":
            return EasterRule(offset: try integer(node, key), orthodox: key == "orthodoxEaster")
        case "chinese", "korean":
            let (month, day) = try monthDay(node)
            return LunisolarRule(system: key == "chinese" ? .chinese : .korean, month: month, day: day, offset: offset)
        case "hijri":
            let (month, day) = try monthDay(node)
            return HijriRule(month: month, day: day, offset: offset)
        case "hindu":
            let fields = try node.fields("hindu", allowed: ["month", "tithi", "at"])
            let tithi = try integer(try need(fields, "tithi", in: node), "tithi")
            guard (1...30).contains(tithi) else { throw node.error("tithi is 1–15 (bright fortnight) or 16–30 (dark)") }
            let at = try fields["at"]?.string("at") ?? "sunrise"
            guard let moment = Astronomy.DayMoment(rawValue: at) else {
                throw node.error("at is one of dawn, sunrise, noon, afternoon, sunset, midnight")
            }
            return HinduLunisolarRule(
                month: try month(try need(fields, "month", in: node)), tithi: tithi, moment: moment, offset: offset)
        case "equinox":
            let which = try node.string("equinox")
            guard ["march", "september"].contains(which) else { throw node.error("equinox is 'march' or 'september'") }
            return EquinoxRule(september: which == "september")
        default:
            guard let longitude = Double(try node.string("solarTerm")), (0..<360).contains(longitude) else {
                throw node.error("solarTerm is the Sun's longitude in degrees, 0 ≤ x < 360 (Qingming: 15)")
            }
            return SolarTermRule(longitude: longitude)
        }
    }

    private func monthDay(_ node: YAMLNode) throws(PositionedError) -> (Int, Int) {
        let text = try node.string("a month-day")
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), (1...31).contains(day)
        else { throw node.error("'\(text)' is not a month-day like 12-25") }
        return (month, day)
    }

    private func month(_ node: YAMLNode) throws(PositionedError) -> Int {
        let value = try integer(node, "month")
        guard (1...12).contains(value) else { throw node.error("month is 1–12") }
        return value
    }

    private func weekday(_ node: YAMLNode) throws(PositionedError) -> Weekday {
        let name = try node.string("weekday")
        guard let day = Weekday(rawValue: name) else { throw node.error("unknown weekday '\(name)' (sun … sat)") }
        return day
    }
}

/// A list of weekday names (`[sat, sun]`) as a set; empty when absent.
func weekdaySet(_ node: YAMLNode?) throws(PositionedError) -> Set<Weekday> {
    guard let node else { return [] }
    var days: Set<Weekday> = []
    for item in try node.items("weekdays") {
        let name = try item.string("a weekday")
        guard let day = Weekday(rawValue: name) else { throw item.error("unknown weekday '\(name)' (sun … sat)") }
        days.insert(day)
    }
    return days
}
