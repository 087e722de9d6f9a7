/// `kind: season` — a season named in a reply that contradicts the customer's climate
/// (`Glossaries/culture/seasons.yml`): winter, spring or autumn to a region with wet and dry seasons instead
/// (Indonesia, Singapore), or, in the southern hemisphere, the northern season of the moment ("our winter collection"
/// to Australia in December). The time of year is today's, in UTC: a reply is linted when it is written.
///
/// ```yaml
/// kind: season       # no keys of its own: the seasons are data
/// ```
struct SeasonRule: RuleKind {
    let info: RuleInfo
    private let seasons: Seasons
    /// What a listed text is: a season's word or weather word, or a day always in one month (Christmas: 12).
    private enum Role { case season(Seasons.Season, weather: Bool), monthDay(Int) }
    private let entries: [(role: Role, text: String)]
    /// The month to judge by (1–12); today's unless a test fixes it.
    private let month: @Sendable () -> Int

    var literals: [Literal] { entries.map { Literal($0.text) } }
    var findsOnlyAtLiterals: Bool { true }

    init(
        info: RuleInfo, map: YAMLMap, seasons: Seasons? = Seasons.builtIn,
        month: @escaping @Sendable () -> Int = thisMonth
    )
        throws(PackError)
    {
        self.info = info
        guard let seasons else {
            throw map.error(map.node, "no seasons: Glossaries/culture/seasons.yml is missing or invalid")
        }
        self.seasons = seasons
        self.month = month
        entries =
            Seasons.Season.allCases.flatMap { season in
                (seasons.words[season] ?? [:]).values.joined().map { (Role.season(season, weather: false), $0) }
                    + (seasons.weather[season] ?? [:]).values.joined().map { (Role.season(season, weather: true), $0) }
            } + seasons.monthDays.flatMap { month, names in names.map { (Role.monthDay(month), $0) } }
    }

    @Sendable static func thisMonth() -> Int { LintContext.today().month }

    /// How a named season fits a region in a month.
    enum Verdict: Equatable {
        case fits
        /// The region has wet and dry seasons, not this one.
        case noSuchSeason
        /// The named season is the north's of the moment; the region is in `theirs`.
        case otherHemisphere(theirs: Seasons.Season)
        /// The reply names a month, which is `theirs` in the region.
        case monthIsAnotherSeason(month: Int, theirs: Seasons.Season)
    }

    static func verdict(_ season: Seasons.Season, in region: Seasons.Region, month: Int) -> Verdict {
        if !region.fourSeasons { return season == .summer ? .fits : .noSuchSeason }
        let theirs = Seasons.season(month: month, south: region.south)
        return region.south && season == Seasons.season(month: month, south: false) && season != theirs
            ? .otherHemisphere(theirs: theirs) : .fits
    }

    /// How a season fits a region in a month the reply names: that month's season fits, and so does the next one
    /// in the two months before it starts ("our summer range is back from 1 November" in Australia, "die
    /// Winterkollektion kommt im Oktober": a range stocked ahead of its season) and the last one in the month after it
    /// ends ("the summer sale runs until 15 September" in the north); any other is a misfit ("promoção de inverno …
    /// em julho" to Portugal).
    static func verdict(_ season: Seasons.Season, in region: Seasons.Region, namedMonth: Int) -> Verdict {
        let around = [0, 1, 2, -1].map { Seasons.season(month: (namedMonth + 11 + $0) % 12 + 1, south: region.south) }
        return around.contains(season)
            ? .fits
            : .monthIsAnotherSeason(month: namedMonth, theirs: Seasons.season(month: namedMonth, south: region.south))
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        // A region the glossary does not list has four seasons on the northern calendar: only a season named beside
        // a month of another season is a misfit there.
        let region = seasons.regions[context.market.region] ?? Seasons.Region(fourSeasons: true, south: false)
        let month = month()
        let name = context.regionName(context.market.region)
        let zh = context.uiLanguage == .zhHans
        var findings: [Finding] = []
        let document = context.document
        var reportedClauses: Set<Range<Int>> = []
        let monthDays = hits.compactMap { hit -> (month: Int, range: Range<Int>)? in
            guard case .monthDay(let month) = entries[hit.literal].role else { return nil }
            return (month, hit.range)
        }
        let seasonHits = hits.filter { if case .season = entries[$0.literal].role { true } else { false } }
        for hit in seasonHits.longestNonOverlapping() {
            guard case .season(let season, let weather) = entries[hit.literal].role else { continue }
            // A month named with it decides: beside a weather word ("the cold December nights"), anywhere on the line
            // for a season ("our winter range arrives in July"); otherwise a season is judged by today.
            let line = document.lineRange(document.lineIndex(of: hit.range.lowerBound))
            let window =
                weather
                ? max(line.lowerBound, hit.range.lowerBound - 12)..<min(line.upperBound, hit.range.upperBound + 12)
                : line
            var named = MonthMentions.months(in: document.string(window), locale: context.market.locale)
            // Beside a weather word, a day always in one month names it too ("um Natal frio": Christmas is in
            // December).
            if weather { named.formUnion(monthDays.filter { window.contains($0.range.lowerBound) }.map(\.month)) }
            if weather, named.isEmpty || !region.fourSeasons { continue }
            // Several months ("de junho a agosto"): the season fits when one of them is in it.
            let fitting = named.first { Self.verdict(season, in: region, namedMonth: $0) == .fits }
            let verdict =
                !named.isEmpty && region.fourSeasons
                ? Self.verdict(season, in: region, namedMonth: fitting ?? named.min()!)
                : Self.verdict(season, in: region, month: month)
            // Weather words are one finding per clause ("Natal branco com neve").
            if weather, verdict != .fits,
                !reportedClauses.insert(document.clause(containing: hit.range.lowerBound, commas: true)).inserted
            {
                continue
            }
            switch verdict {
            case .fits: continue
            case .noSuchSeason:
                let message =
                    zh
                    ? "\(name)没有四季之分（只有雨季和旱季）；请直接说月份或天气，例如“12月到货”。"
                    : "\(name) has wet and dry seasons, not \(season.rawValue); name the months or the weather instead."
                findings.append(context.finding(info, hit.range, message: message))
            case .otherHemisphere(let theirs):
                let message =
                    zh
                    ? "现在是北半球的\(Self.chinese(season))，而\(name)正值\(Self.chinese(theirs))；请按客户所在半球的季节来写，或直接说月份。"
                    : "It is \(theirs.rawValue) in \(name) now, not \(season.rawValue): write the customer's season, or name the months."
                findings.append(context.finding(info, hit.range, message: message))
            case .monthIsAnotherSeason(let named, let theirs):
                let monthName = MonthMentions.name(named, context.uiLanguage)
                let message =
                    zh
                    ? "在\(name)，\(monthName)是\(Self.chinese(theirs))，不是\(Self.chinese(season))；请按客户所在地的季节来写。"
                    : "In \(name), \(monthName) is \(theirs.rawValue), not \(season.rawValue): write the customer's season."
                findings.append(context.finding(info, hit.range, message: message))
            }
        }
        return findings
    }

    private static func chinese(_ season: Seasons.Season) -> String {
        switch season {
        case .winter: "冬季"
        case .spring: "春季"
        case .summer: "夏季"
        case .autumn: "秋季"
        }
    }
}
