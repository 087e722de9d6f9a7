import TactfulData

/// A day a reply may name — a country's public holiday or a widely marketed day — and who keeps it, read from
/// `Glossaries/culture/occasions.yml` (its header documents every key).
struct Occasion: Sendable {
    let id: String
    /// How a message names it, per UI language (`en`, `zh-Hans`).
    let what: [String: String]
    /// Region → the English name of the holiday in that region's calendar (`Glossaries/holidays/<REGION>.yml`).
    let holiday: [(region: String, name: String)]
    /// Regions that keep it: the calendar links and `also-kept`.
    let kept: Set<String>
    /// Region → the month (1–12) it keeps an occasion of this name in, where regions that keep it do so in different
    /// months (Thanksgiving: the US in November, Canada in October). From `kept-in-month`.
    let keptInMonth: [String: Int]
    /// Region → the days it keeps the occasion on, where it is no public holiday of a calendar (Mother's Day: the
    /// second Sunday of May in the US, the last Sunday of May or the first of June in France). From `kept-on`.
    let keptOn: [String: [DayRule]]
    /// Language → names as agents write them.
    let names: [String: [String]]
    /// A day of mourning: festive `greetings` are reported in every market, with `instead` suggested.
    let solemn: Bool
    let greetings: [String: [String]]
    let instead: [String: String]
    /// Where the occasion and who keeps it come from.
    let source: String

    /// The occasion's name in a message in `uiLanguage`.
    func what(in uiLanguage: UILanguage) -> String { what[uiLanguage.rawValue] ?? what["en"] ?? id }

    /// The built-in occasions; a malformed file is a build defect, caught by the pack tests.
    static let builtIn: [Occasion] = {
        let path = "Glossaries/culture/occasions.yml"
        guard let text = BuiltInData.text(at: path) else { return [] }
        return (try? read(text, path: path)) ?? []
    }()

    /// Language → the festive wishes and party words of the file's `festive` list (`any`: emoji, in every language):
    /// beside a day of mourning's name in one sentence, they are reported as a festive greeting would be.
    static let festive: [String: [String]] = {
        let path = "Glossaries/culture/occasions.yml"
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path) else { return [:] }
        return (try? file.stringLists("festive")) ?? [:]
    }()

    /// Reads an occasions file; an unknown key or a missing one is an error naming its line.
    static func read(_ text: String, path: String) throws(PackError) -> [Occasion] {
        let file = try YAMLMap.parse(text, path: path)
        var occasions: [Occasion] = []
        for map in try file.maps("occasions") {
            occasions.append(try Occasion(map))
            try map.rejectUnknownKeys()
        }
        _ = try file.stringLists("festive")
        try file.rejectUnknownKeys()
        return occasions
    }

    private init(_ map: YAMLMap) throws(PackError) {
        id = try map.string("id")
        what = try Self.strings(map, "what")
        holiday = try Self.strings(map, "holiday").sorted { $0.key < $1.key }.map { (region: $0.key, name: $0.value) }
        let also = try map.strings("also-kept")
        if !also.isEmpty, try map.optionalString("also-kept-source") == nil {
            throw map.error(map.node, "occasion '\(id)': 'also-kept' needs 'also-kept-source'")
        }
        kept = Set(holiday.map(\.region) + also)
        keptInMonth = try Self.months(map, "kept-in-month")
        if !keptInMonth.isEmpty, try map.optionalString("kept-in-month-source") == nil {
            throw map.error(map.node, "occasion '\(id)': 'kept-in-month' needs 'kept-in-month-source'")
        }
        var keptOn: [String: [DayRule]] = [:]
        for (region, texts) in try map.stringLists("kept-on") {
            let rules = texts.compactMap(DayRule.init)
            guard rules.count == texts.count, !rules.isEmpty else {
                throw map.error(
                    map.node, "occasion '\(id)': 'kept-on' days are 'MM-DD' or '2nd sun MM' (1st–4th, last)")
            }
            keptOn[region] = rules
        }
        guard keptOn.isEmpty || !keptInMonth.isEmpty else {
            throw map.error(map.node, "occasion '\(id)': 'kept-on' is sourced by 'kept-in-month-source'")
        }
        self.keptOn = keptOn
        names = try map.stringLists("names")
        solemn = try map.bool("solemn") ?? false
        greetings = try map.stringLists("greetings")
        instead = try Self.strings(map, "instead")
        guard let source = try map.optionalString("source") else {
            throw map.error(map.node, "occasion '\(id)' needs a 'source'")
        }
        self.source = source
        guard solemn || !kept.isEmpty else {
            throw map.error(map.node, "occasion '\(id)': who keeps it? give 'holiday' or 'also-kept'")
        }
    }

    private static func months(_ map: YAMLMap, _ key: String) throws(PackError) -> [String: Int] {
        var months: [String: Int] = [:]
        for (region, value) in try strings(map, key) {
            guard let month = Int(value), (1...12).contains(month) else {
                throw map.error(map.node, "'\(key)' months are 1–12")
            }
            months[region] = month
        }
        return months
    }

    private static func strings(_ map: YAMLMap, _ key: String) throws(PackError) -> [String: String] {
        guard let node = map.node(key) else { return [:] }
        guard let mapping = node.mapping else { throw map.error(node, "'\(key)' must be a mapping") }
        var result: [String: String] = [:]
        for pair in mapping {
            guard let name = pair.key.string, let value = pair.value.string else {
                throw map.error(node, "'\(key)' must map strings to strings")
            }
            result[name] = value
        }
        return result
    }
}
