import TactfulMarkets
import TactfulYAML

extension HolidayCalendar {
    /// The keys a calendar file may have; `names-source` says where names beyond the statute's and English come from.
    static let fileKeys = [
        "market", "language", "timezone", "source", "notes", "names-source", "holidays", "changes", "bridge",
        "disagreements",
    ]

    /// Reads a market calendar in the `Glossaries/holidays/<REGION>.yml` form; errors point into the file.
    public convenience init(yaml text: String, path: String) throws(TimeError) {
        let file = try TimeError.reading { () throws(PositionedError) in
            try Self.read(try YAMLNode.parse(text, path: path))
        }
        self.init(
            market: file.market, language: file.language, zone: file.zone, expansion: file.expansion,
            knownDisagreements: file.knownDisagreements)
    }

    private static func read(_ root: YAMLNode) throws(PositionedError) -> (
        market: String, language: String, zone: ZoneRules, expansion: HolidayExpansion,
        knownDisagreements: [KnownDisagreement]
    ) {
        let fields = try root.fields("a holiday calendar", allowed: Self.fileKeys)
        func required(_ key: String) throws(PositionedError) -> YAMLNode {
            guard let node = fields[key] else { throw root.error("a holiday calendar needs '\(key):'") }
            return node
        }
        let language = try required("language").string("language")
        let zoneNode = try required("timezone")
        let zoneName = try zoneNode.string("timezone")
        let zone: ZoneRules
        do { zone = try ZoneRules(identifier: zoneName) } catch { throw zoneNode.error(error.description) }
        _ = try required("source").string("source")
        let reader = HolidayFileReader(language: language)
        let definitions = try (try required("holidays").items("holidays")).map(reader.definition)
        let changes = try (fields["changes"]?.items("changes") ?? []).map(reader.change)
        let bridge = try fields["bridge"].map(reader.bridge)
        let expansion = HolidayExpansion(
            definitions: definitions, changes: changes, bridge: bridge,
            context: RuleContext(zone: zone, lunisolar: LunisolarCalendar()))
        return (
            market: try required("market").string("market"), language: language, zone: zone, expansion: expansion,
            knownDisagreements: try (fields["disagreements"]?.items("disagreements") ?? []).map(reader.disagreement)
        )
    }
}

/// Reads the entries of a holiday file: definitions, dated changes, the bridge-day rule.
struct HolidayFileReader {
    /// The market's language; every name must have it and English.
    let language: String

    static let ruleKeys = [
        "date", "nthWeekday", "weekdayOnOrAfter", "weekdayOnOrBefore", "easter", "orthodoxEaster", "chinese", "korean",
        "hijri", "equinox", "solarTerm", "hindu",
    ]
    static let definitionKeys = [
        "name", "source", "note", "offset", "span", "from", "until", "every", "announced", "substitute", "observed",
        "estimated",
    ]

    func definition(_ node: YAMLNode) throws(PositionedError) -> HolidayDefinition {
        let fields = try node.fields("a holiday", allowed: Self.definitionKeys + Self.ruleKeys)
        let ruleKeys = Self.ruleKeys.filter { fields[$0] != nil }
        guard ruleKeys.count == 1, let ruleKey = ruleKeys.first, let ruleNode = fields[ruleKey] else {
            throw node.error("a holiday needs exactly one rule key of: \(Self.ruleKeys.joined(separator: ", "))")
        }
        let offset = try fields["offset"].map { node throws(PositionedError) in try integer(node, "offset") } ?? 0
        let from = try fields["from"].map { node throws(PositionedError) in try integer(node, "from") } ?? 1
        let until = try fields["until"].map { node throws(PositionedError) in try integer(node, "until") } ?? 9999
        let span = try fields["span"].map { node throws(PositionedError) in try integer(node, "span") } ?? 1
        let every = try fields["every"].map { node throws(PositionedError) in try integer(node, "every") } ?? 1
        guard from <= until, (1...15).contains(span), every >= 1 else {
            throw node.error("'from' must not be after 'until'; 'span' is 1–15 days; 'every' at least 1")
        }
        return HolidayDefinition(
            names: try names(try need(fields, "name", in: node)),
            rule: try RuleReader(offset: offset).rule(ruleKey, ruleNode),
            span: span, years: from...until, every: every,
            announced: try fields["announced"].map(announcedDates) ?? [:],
            substitution: try substitution(fields["substitute"], observed: fields["observed"]),
            alwaysEstimated: try fields["estimated"].map { node throws(PositionedError) in
                try node.string("estimated") == "true"
            } ?? false,
            source: try need(fields, "source", in: node).string("source"))
    }

    func change(_ node: YAMLNode) throws(PositionedError) -> DatedChange {
        let fields = try node.fields(
            "a dated change", allowed: ["date", "dayOff", "workday", "observed", "source", "note"])
        let dateNode = try need(fields, "date", in: node)
        guard let date = LocalDate(iso: try dateNode.string("date")) else {
            throw dateNode.error("not a date like 2026-10-01")
        }
        let observed = try fields["observed"]?.string("observed") == "true"
        let kind: DatedChange.Kind
        let namesNode: YAMLNode
        switch (fields["dayOff"], fields["workday"]) {
        case (let dayOff?, nil): (kind, namesNode) = (.dayOff(observed: observed), dayOff)
        case (nil, let workday?): (kind, namesNode) = (.workday, workday)
        default: throw node.error("a dated change needs either 'dayOff:' or 'workday:' (its names)")
        }
        return DatedChange(
            date: date, kind: kind, names: try names(namesNode),
            source: try need(fields, "source", in: node).string("source"))
    }

    func disagreement(_ node: YAMLNode) throws(PositionedError) -> KnownDisagreement {
        let fields = try node.fields("a disagreement", allowed: ["date", "tactfulLists", "reason"])
        let dateNode = try need(fields, "date", in: node)
        guard let date = LocalDate(iso: try dateNode.string("date")) else {
            throw dateNode.error("not a date like 2026-10-01")
        }
        return KnownDisagreement(
            date: date, tactfulLists: try need(fields, "tactfulLists", in: node).string("tactfulLists") == "true",
            reason: try need(fields, "reason", in: node).string("reason"))
    }

    func bridge(_ node: YAMLNode) throws(PositionedError) -> BridgeDayRule {
        let fields = try node.fields("the bridge-day rule", allowed: ["name", "source"])
        return BridgeDayRule(
            names: try names(try need(fields, "name", in: node)),
            source: try need(fields, "source", in: node).string("source"))
    }

    func names(_ node: YAMLNode) throws(PositionedError) -> [String: String] {
        var names: [String: String] = [:]
        for (key, value) in try node.pairs("name") { names[try key.string("a language")] = try value.string("a name") }
        guard names[language] != nil, names["en"] != nil else {
            throw node.error("a name needs '\(language)' and 'en'")
        }
        return names
    }

    private func substitution(_ node: YAMLNode?, observed: YAMLNode?) throws(PositionedError) -> Substitution? {
        if let node {
            let fields = try node.fields("substitute", allowed: ["on", "clash", "skip", "name"])
            return .nextFreeDay(
                on: try weekdaySet(fields["on"]), clash: try fields["clash"]?.string("clash") == "true",
                skip: try weekdaySet(fields["skip"]), names: try fields["name"].map(names))
        }
        guard let observed else { return nil }
        var shifts: [Weekday: Int] = [:]
        var names: [String: String]?
        var clash: Int?
        var moves = false
        for (key, value) in try observed.pairs("observed") {
            let name = try key.string("a weekday")
            if name == "name" {
                names = try self.names(value)
                continue
            }
            if name == "clash" {
                clash = try integer(value, "a day shift")
                continue
            }
            if name == "moves" {
                moves = try value.string("moves") == "true"
                continue
            }
            guard let day = Weekday(rawValue: name) else { throw key.error("unknown weekday '\(name)'") }
            shifts[day] = try integer(value, "a day shift")
        }
        return .shift(shifts, clash: clash, moves: moves, names: names)
    }

    /// `announced: {2025: 2025-03-31, 2026: [2026-03-20]}`: each year's officially announced first day(s).
    private func announcedDates(_ node: YAMLNode) throws(PositionedError) -> [Int: [LocalDate]] {
        var result: [Int: [LocalDate]] = [:]
        for (key, value) in try node.pairs("announced") {
            let year = try integer(key, "a year")
            let items = value.isList ? try value.items("dates") : [value]
            result[year] = try items.map { item throws(PositionedError) in
                guard let date = LocalDate(iso: try item.string("a date")), date.year == year else {
                    throw item.error("not a date like \(year)-03-31 in that year")
                }
                return date
            }
        }
        return result
    }
}

/// A required field, or an error at the mapping that lacks it.
func need(_ fields: [String: YAMLNode], _ key: String, in node: YAMLNode) throws(PositionedError) -> YAMLNode {
    guard let value = fields[key] else { throw node.error("missing '\(key):'") }
    return value
}

/// An integer scalar (`-2`, `4`).
func integer(_ node: YAMLNode, _ what: String) throws(PositionedError) -> Int {
    let text = try node.string(what)
    guard let value = Int(text) else { throw node.error("\(what) must be a whole number, not '\(text)'") }
    return value
}
