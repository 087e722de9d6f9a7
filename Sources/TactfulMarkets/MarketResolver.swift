import TactfulData
import TactfulICU
import TactfulMarketTags

/// Resolves locale tags, bare regions and `Accept-Language` headers into ``Market``s.
public struct MarketResolver: Sendable {
    /// Names of the packs available (built-in plus any the user added), e.g. `de`, `de-AT`, `root`.
    public let packs: Set<String>
    /// Maps ICU's zone IDs to the system tzdata's canonical names.
    public let zoneNames: ZoneNames

    /// A resolver over `packs`, using the system tzdata's zone names by default.
    public init(packs: Set<String> = PackNames.builtIn, zoneNames: ZoneNames = .system) {
        self.packs = packs.union(["root"])
        self.zoneNames = zoneNames
    }

    /// Markets that have a pack of their own (packs with a region), sorted.
    public var knownMarkets: [String] {
        packs.filter { $0 != "root" && ((try? ICU.LocaleID(tag: $0).region.isEmpty) == false) }.sorted()
    }

    /// The undetermined market `und`: ICU's root locale, no language or region, only the `root` pack. For the
    /// checks that need no language (placeholders, card numbers) on a text whose market nothing names.
    public var undetermined: Market {
        Market(
            tag: "und", requested: "", locale: .root, language: "", script: "", region: "", currency: "",
            measurementSystem: .metric, hourCycle: .h23, firstWeekday: .mon, weekend: [], timeZones: [], chain: ["root"]
        )
    }

    /// Resolves a BCP-47 tag (`de-AT`, `zh-Hant-HK`), an ICU ID (`pt_BR`) or a bare region (`JP`).
    public func resolve(_ input: String) throws(MarketError) -> Market {
        let (locale, zones) = try validated(input)
        return market(for: locale, requested: input, zones: zones)
    }

    /// The maximal locale `resolve` would build its market from, validated the same way, without the market's
    /// clock, week and zone data: for callers that only format for the market and must start fast.
    public func validatedLocale(_ input: String) throws(MarketError) -> ICU.LocaleID {
        try validated(input).locale
    }

    /// The validated maximal locale and its region's zones (listing them is how a region is checked, and costs as
    /// much as the rest of resolving: done once). A built-in pack's name was checked when the binary was built.
    private func validated(_ input: String) throws(MarketError) -> (locale: ICU.LocaleID, zones: [String]) {
        let trimmed = input.trimmingWhitespace()
        let builtIn = BuiltInData.checkedMarketTag(trimmed).flatMap(MarketTagCheck.decode)
        switch builtIn ?? MarketTagCheck.check(trimmed) {
        case .malformed: throw .malformedTag(input, suggestions: suggestions(near: trimmed))
        case .unknown: throw .unknownTag(input, suggestions: suggestions(near: trimmed))
        case .known(let locale, let zones): return (locale, zones)
        }
    }

    /// Picks the best market for an HTTP `Accept-Language` header among the markets that have packs.
    ///
    /// Ranges are tried by descending quality; a range matches a market with the same tag, else a market of the
    /// same language and script in the range's region's stead (the language's most likely region first).
    public func negotiate(acceptLanguage header: String) throws(MarketError) -> Market {
        let markets = knownMarkets.compactMap { tag in (try? ICU.LocaleID(tag: tag).maximized()).map { (tag, $0) } }
        for range in AcceptLanguage.parse(header) where range.tag != "*" {
            guard let wanted = try? ICU.LocaleID(tag: range.tag).maximized(), isKnown(wanted) else { continue }
            let sameScript = markets.filter { $0.1.language == wanted.language && $0.1.script == wanted.script }
            if let exact = sameScript.first(where: { $0.1.region == wanted.region }) {
                return market(for: exact.1, requested: header)
            }
            if let likely = try? ICU.LocaleID(tag: wanted.language).maximized(),
                let best = sameScript.first(where: { $0.1.region == likely.region }) ?? sameScript.first
            {
                return market(for: best.1, requested: header)
            }
        }
        throw .noAcceptableMarket(header, suggestions: Array(knownMarkets.prefix(5)))
    }

    private func market(for maximized: ICU.LocaleID, requested: String, zones: [String]? = nil) -> Market {
        let chain = PackNames.chainStart(for: maximized).fallbackChain().map(PackNames.name(of:))
        var used = chain.filter(packs.contains)
        if used.last != "root" { used.append("root") }
        let zones = zones ?? (try? ICU.TimeZones.zones(inRegion: maximized.region)) ?? []
        // A built-in market's conventions were read when the binary was built.
        let conventions =
            BuiltInData.regionConventions(maximized.identifier).flatMap(RegionConventions.init(encoded:))
            ?? RegionConventions(reading: maximized)
        return Market(
            tag: PackNames.name(of: maximized),
            requested: requested,
            locale: maximized,
            language: maximized.language,
            script: maximized.script,
            region: maximized.region,
            currency: (try? ICU.RegionData.currency(for: maximized)) ?? "",
            measurementSystem: conventions.measurementSystem,
            hourCycle: conventions.hourCycle,
            firstWeekday: Weekday(icuNumber: conventions.firstWeekday) ?? .mon,
            weekend: Weekday.contiguousRun(conventions.weekend.compactMap(Weekday.init(icuNumber:))),
            timeZones: zones.map(zoneNames.ianaName(for:)),
            chain: used
        )
    }

    /// A tag is known when ICU has data for its language and its region has time zones (or is a UN M.49 area).
    private func isKnown(_ maximized: ICU.LocaleID) -> Bool { MarketTagCheck.knownZones(maximized) != nil }

    /// Up to three known markets closest to `input`: same language, then same region, then similar spelling.
    private func suggestions(near input: String) -> [String] {
        let lowered = input.lowercased().replacingUnderscoresWithHyphens()
        let parts = lowered.split(separator: "-").map(String.init)
        func score(_ market: String) -> Int {
            let marketParts = market.lowercased().split(separator: "-").map(String.init)
            var score = editDistance(lowered, market.lowercased())
            if marketParts.first == parts.first { score -= 10 }
            if let region = parts.last, parts.count > 1, marketParts.last == region { score -= 5 }
            return score
        }
        return knownMarkets.map { ($0, score($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }
}

/// Levenshtein distance over characters; inputs here are short tags.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
}

extension String {
    /// The string without leading and trailing whitespace (by index: reversing it cost as much as checking the tag).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    func replacingUnderscoresWithHyphens() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
