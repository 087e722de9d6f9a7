import Foundation
import TactfulCalendarOccasions
import TactfulICU
import TactfulMarkets
import TactfulTime

/// `kind: occasion` — a holiday or marketed day named to a customer whose region does not keep it, and a festive
/// greeting on a day of mourning. Driven by `Glossaries/culture/occasions.yml` and the holiday calendars: the
/// occasion's names in every language are matched whatever the market, and the market's region decides. Besides
/// the curated occasions, every distinctive holiday name of every calendar is an occasion of the regions that keep it
/// (`CalendarOccasions`); a curated occasion wins where both name the same span.
///
/// ```yaml
/// kind: occasion     # no keys of its own: the occasions are data
/// ```
struct OccasionRule: RuleKind {
    let info: RuleInfo
    /// Every name and greeting, with its occasion (an index into ``occasions``), listed when the binary was built.
    private let entries: [OccasionPhrase]
    /// The words for a holiday (``HolidayNouns``), with their language: their literals follow the entries'.
    private let nouns: [(language: String, word: String)]

    /// The curated occasions, then those of the calendars: read at the first hit, not when the rule is made.
    private static let occasions: [Occasion] = Occasion.builtIn + CalendarOccasions.builtIn

    /// Curated names as whole words; calendar names and holiday words by script (anywhere in Chinese, Japanese or
    /// Thai text).
    var literals: [Literal] {
        entries.map { entry in
            let literal = entry.curated ? Literal(entry.text) : Literal.byScript(entry.text)
            // Arabic glues the conjunctions and prepositions و ف ب ل ك to the next word ("لعيد الأم", "وبعيد الفطر"):
            // a name may start inside a word, and `cliticsOnly(before:)` keeps only such starts.
            return Self.startsArabic(entry.text) ? Literal(literal.text, wholeWord: false) : literal
        } + nouns.map { Literal.byScript($0.word) }
    }

    /// True when `text` starts with a letter of the Arabic block.
    private static func startsArabic(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first?.value else { return false }
        return (0x0620...0x064A).contains(first)
    }

    /// True when the hit starts a word, or only Arabic proclitics (و ف ب ل ك, at most three) come before it in its word.
    private static func cliticsOnly(before range: Range<Int>, _ units: [UInt16]) -> Bool {
        var index = range.lowerBound
        var glued = 0
        while index > 0, (0x0621...0x064A).contains(units[index - 1]) {
            switch units[index - 1] {
            case 0x0648, 0x0641, 0x0628, 0x0644, 0x0643: guard glued < 3 else { return false }
            default: return false
            }
            (glued, index) = (glued + 1, index - 1)
        }
        return true
    }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        guard !OccasionPhrase.builtIn.isEmpty else {
            throw map.error(map.node, "no occasions: Glossaries/culture/occasions.yml is missing or invalid")
        }
        entries = OccasionPhrase.builtIn
        nouns = HolidayNouns.builtIn.sorted { $0.key < $1.key }.flatMap { language, words in
            words.map { (language, $0) }
        }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        var findings: [Finding] = []
        let units = context.document.utf16
        let named = chosen(
            hits.filter { $0.literal < entries.count && Self.cliticsOnly(before: $0.range, units) })
        // A kept occasion on a wrong day or in a wrong month: one finding per occasion and line, the wrong day's
        // where there is one ("ของขวัญวันแม่ … สั่งก่อนวันแม่ 11 พ.ค.": the second name is beside the day).
        var misdated: [[Int]: (finding: Finding, besideDay: Bool)] = [:]
        for hit in named {
            let entry = entries[hit.literal]
            let occasion = Self.occasions[entry.occasion]
            if entry.greeting, occasion.solemn {
                findings.append(solemnGreeting(occasion, hit.range, context))
            } else if occasion.solemn, let wish = festiveWish(beside: hit.range, context),
                !named.contains(where: { entries[$0.literal].greeting && $0.range.overlaps(wish) }),
                !findings.contains(where: { $0.span.overlaps(wish) })
            {
                findings.append(solemnGreeting(occasion, wish, context, fix: false))
            } else if !occasion.kept.contains(context.market.region) {
                if !entry.curated, isKeptUnderAnotherName(occasion, by: context.market.region) { continue }
                if !entry.greeting, isNamedAtAPlaceThatKeepsIt(occasion, hit.range, context) { continue }
                findings.append(notKept(occasion, hit.range, context))
            } else {
                let key = [entry.occasion, context.document.lineIndex(of: hit.range.lowerBound)]
                if misdated[key]?.besideDay != true, let onDay = keptOnAnotherDay(occasion, hit.range, context) {
                    misdated[key] = (onDay, true)
                } else if misdated[key] == nil, let inMonth = keptInAnotherMonth(occasion, hit.range, context) {
                    misdated[key] = (inMonth, false)
                }
            }
        }
        findings += misdated.values.map(\.finding)
        // Holiday words beside a date, in a sentence that names no occasion (the occasion's own checks judge it).
        let language = context.market.language
        let holidayWords = hits.filter { hit in
            hit.literal >= entries.count && [language, "en"].contains(nouns[hit.literal - entries.count].language)
        }
        let namedSpans = named.map(\.range)
        // A holiday the customer keeps, named anywhere in the reply, is the one its other holiday words mean ("추석
        // 연휴(10월 3일~9일) … 연휴 중 접수된 주문은 10월 10일부터 발송"): their dates are what happens around it.
        let ownHolidayNamed = named.contains {
            Self.occasions[entries[$0.literal].occasion].kept.contains(context.market.region)
        }
        findings += HolidayDates.findings(
            info, holidayWords.map(\.range), besides: namedSpans, judgingDates: !ownHolidayNamed, context)
        return findings.sorted {
            ($0.span.lowerBound, $0.span.upperBound, $0.message) < ($1.span.lowerBound, $1.span.upperBound, $1.message)
        }
    }

    /// An occasion the customer does not keep, named as a fact of the seller's side: a place that keeps it is in its
    /// sentence ("中国の工場が春節の休業に入っていた", "중국 춘절 연휴로 출고가 지연") and no festive wish is. The customer reads
    /// whose holiday it is; a wish ("즐거운 중국 설 보내세요") still greets them for one they do not keep. A date in the
    /// sentence excuses nothing: "Happy Thanksgiving — we're closed on 27 November" still assumes the customer keeps it.
    private func isNamedAtAPlaceThatKeepsIt(_ occasion: Occasion, _ name: Range<Int>, _ context: LintContext) -> Bool {
        guard festiveWish(beside: name, context) == nil else { return false }
        let document = context.document
        let sentence = document.sentence(containing: name.lowerBound)
        let text = document.string(sentence)
        let market = context.market
        let places = TeamPlaces.occurrences(
            in: text, locale: market.locale, language: market.language, pool: context.pool)
        let utf16 = text.utf16
        return places.contains { place, range in
            let start = sentence.lowerBound + utf16.distance(from: utf16.startIndex, to: range.lowerBound)
            let end = start + utf16.distance(from: range.lowerBound, to: range.upperBound)
            return occasion.kept.contains(place.region) && !(start..<end).overlaps(name)
        }
    }

    /// A calendar's holiday that a calendar of the same language keeps on the same day under another name.
    private func isKeptUnderAnotherName(_ occasion: Occasion, by customer: String) -> Bool {
        let year = LintContext.today().year
        return occasion.holiday.contains {
            CalendarOccasions.isKeptUnderAnotherName(
                $0.name, of: $0.region, by: customer, in: (year - 1)...(year + 1))
        }
    }

    /// The longest hit of each overlapping group ("Happy Thanksgiving" over "Thanksgiving", "清明节快乐" over "清明节"),
    /// the curated occasions' first, then the calendars' where they overlap none of those, in text order.
    private func chosen(_ hits: [LiteralHit]) -> [LiteralHit] {
        let isCurated = { (hit: LiteralHit) in entries[hit.literal].curated }
        let first = hits.filter(isCurated).longestNonOverlapping()
        let more = hits.filter { !isCurated($0) }.longestNonOverlapping().filter { hit in
            !first.contains { $0.range.overlaps(hit.range) }
        }
        return (first + more).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// An occasion the customer's region keeps in another month than the one its line names ("Happy Thanksgiving!
    /// We are closed on Thursday, November 26" to a Canadian: Canada's Thanksgiving is in October).
    private func keptInAnotherMonth(_ occasion: Occasion, _ range: Range<Int>, _ context: LintContext) -> Finding? {
        let region = context.market.region
        guard let own = occasion.keptInMonth[region] else { return nil }
        let document = context.document
        let line = document.lineRange(document.lineIndex(of: range.lowerBound))
        // Full month names anywhere on the line, abbreviated ones beside a day ("Nov. 27–30").
        let lineText = document.string(line)
        let months = MonthMentions.months(in: lineText, locale: context.market.locale).union(
            DayMonthMentions.mentions(in: lineText, locale: context.market.locale).map(\.month))
        guard !months.contains(own),
            let (elsewhere, month) = occasion.keptInMonth.sorted(by: { $0.key < $1.key }).first(where: {
                months.contains($0.value) && $0.value != own
            })
        else { return nil }
        let ui = context.uiLanguage
        let what = occasion.what(in: ui)
        let ownMonth = MonthMentions.name(own, ui), otherMonth = MonthMentions.name(month, ui)
        let message =
            ui == .zhHans
            ? "\(context.regionName(region))的这个节日在\(ownMonth)；\(otherMonth)的是\(what)（\(context.regionName(elsewhere))）。请按客户所在地的日期说明影响。"
            : "In \(context.regionName(region)) this occasion is in \(ownMonth); in \(otherMonth) it is \(what), kept in \(context.regionName(elsewhere)). Say what the date means for the customer."
        return context.finding(info, range, message: message)
    }

    /// An occasion the customer's region keeps, named beside a day it does not fall on in the years around today
    /// ("fijne Koningsdag op 30 april": Koningsdag is 27 April; "Día de la Independencia este 5 de mayo": 16 September).
    /// The day is read within a few words of the name, or a weekday and a few words, in its sentence (or across the
    /// break ICU makes after a German ordinal day); a range is judged by whether it holds the day. The dates come
    /// from the region's calendar, or for an occasion that is no public holiday from its `kept-on` days.
    private func keptOnAnotherDay(_ occasion: Occasion, _ range: Range<Int>, _ context: LintContext) -> Finding? {
        let region = context.market.region
        let link = occasion.holiday.first(where: { $0.region == region })
        let rules = occasion.keptOn[region] ?? []
        guard link != nil || !rules.isEmpty else { return nil }
        let document = context.document
        // ICU ends a sentence after a German ordinal day before a capital; the document rejoins it before a month name
        // ("am 4. Oktober": `OrdinalDates`), and the sentences on either side are read too for the other cases ("am
        // 4. 10."): a day there counts when no sentence mark stands between it and the name.
        let own = document.sentence(containing: range.lowerBound)
        let windowStart =
            own.lowerBound > 0 ? document.sentence(containing: own.lowerBound - 1).lowerBound : own.lowerBound
        let windowEnd =
            own.upperBound < document.utf16.count
            ? document.sentence(containing: own.upperBound).upperBound : own.upperBound
        let window = windowStart..<windowEnd
        let text = document.string(window)
        // Weekday names by their stem where they are long enough to inflect ("w tę niedzielę": niedziela).
        let weekdays = WeekendWords.dayNames(context.market.locale).map {
            $0.name.count >= 7 ? String($0.name.dropLast(2)) : $0.name
        }
        // A slash pair of two small numbers is read as the customer reads it ("10/1" in Taiwan is 1 October).
        let customerOrder = DateCheck.convention(context.market.locale, context.pool, skeleton: "Md").order
        let mentions = DayMonthMentions.mentions(in: text, locale: context.market.locale, customerOrder: customerOrder)
        let units = Array(text.utf16)
        // Each mention's range end, if it starts a range; the second day of a range is judged with its first
        // ("10月1日至7日", "24–26 December").
        var rangeEnds: [Range<Int>: (month: Int, day: Int)] = [:]
        var secondDays: Set<Range<Int>> = []
        for mention in mentions {
            guard let end = Self.rangeEnd(of: mention, among: mentions, in: units) else { continue }
            rangeEnds[mention.range] = (end.month, end.day)
            secondDays.insert(end.range)
        }
        let near = mentions.filter { mention in
            if secondDays.contains(mention.range) { return false }
            let span = (mention.range.lowerBound + window.lowerBound)..<(mention.range.upperBound + window.lowerBound)
            let gap =
                span.lowerBound >= range.upperBound
                ? range.upperBound..<span.lowerBound : span.upperBound..<max(span.upperBound, range.lowerBound)
            let between = document.string(gap).lowercased()
            if !own.contains(span.lowerBound), between.contains(where: { ".!?。！？".contains($0) }) { return false }
            // A name inside an aside is not the date's ("ship by Friday, November 28 (we're closed on Thanksgiving
            // Day)"), unless the aside holds only the name or the date ("10月1日（國慶日）", "端午節連假（6/10）").
            if Self.crossesAside(between, dateFirst: span.lowerBound < range.lowerBound) { return false }
            // A date set before or after the day is not the day ("추석 연휴가 끝난 뒤 10월 10일", "Muttertag – bestellen
            // Sie bis zum 5. Mai").
            // Korean sets a day relative to another with a particle on the date's own word ("10월 13일까지").
            let after =
                context.market.language == "ko" && span.lowerBound >= range.upperBound
                ? " " + document.string(span.upperBound..<Self.wordEnd(after: span.upperBound, in: document)) : ""
            if Self.relatesDays(between + after, language: context.market.language, spaced: context.cues.spaced) {
                return false
            }
            // A few words, or a weekday between ("fête des mères ce dimanche 10 mai"), or, in a language written with
            // spaces, a short stretch of one clause ("Este 5 de mayo celebramos contigo el Día de la Independencia";
            // Thai runs a whole clause without a mark: "7 ธันวาคม 2569 เป็นวันหยุดชดเชยวันพ่อ" is a substitute day).
            guard gap.count > 12 else { return true }
            if context.cues.spaced, gap.count <= 28, !between.contains(where: { ",.;:!?".contains($0) }) { return true }
            return gap.count <= 32 && weekdays.contains { between.contains($0) }
        }
        guard !near.isEmpty else {
            return keptOnAnotherWeekday(occasion, range, context, link: link, rules: rules)
        }
        // A date without a year is often copied from a recent year's notice ("closed on Thanksgiving Day (Thursday, Nov
        // 28)", 2024): a day the occasion really fell on in the last two years is no confusion of markets, which is
        // what this finds ("fijne Koningsdag op 30 april").
        let today = LintContext.today()
        let days = Self.keptDates(link: link, rules: rules, in: region, years: (today.year - 2)...(today.year + 1))
            .map { ($0.month, $0.day) }
        // The name's own day among the dates beside it clears them all: the others are what happens around it
        // ("7月1日（星期二）香港特別行政區成立紀念日，客服暫停一天，7月2日照常回覆").
        let onTheDay = { (mention: DayMonthMentions.Mention) in
            let end = rangeEnds[mention.range] ?? (mention.month, mention.day)
            return days.contains { $0 >= (mention.month, mention.day) && $0 <= end }
        }
        guard !days.isEmpty, !near.contains(where: onTheDay),
            let wrong = near.first(where: { mention in
                // A range that runs into the next year ("28 Dec – 3 Jan") is not checked.
                (rangeEnds[mention.range] ?? (mention.month, mention.day)) >= (mention.month, mention.day)
            })
        else { return nil }
        let what = occasion.what(in: context.uiLanguage)
        let next =
            nextDate(occasion, context, after: today, in: region).map(\.text)
            ?? nextRuleDay(rules, context, after: today)
        let message =
            context.uiLanguage == .zhHans
            ? "\(context.regionName(region))的\(what)不在\(MonthMentions.name(wrong.month, .zhHans))\(wrong.day)日"
                + (next.map { "；下一次是\($0)。" } ?? "。") + "请核对日期。"
            : "In \(context.regionName(region)) \(what) does not fall on that day"
                + (next.map { "; next it is on \($0)." } ?? ".") + " Check the date."
        let span =
            min(
                range.lowerBound, window.lowerBound + wrong.range.lowerBound)..<max(
                range.upperBound, window.lowerBound + wrong.range.upperBound)
        return context.finding(info, span, message: message)
    }

    /// Words that set one day before, after or until another, by language (closed classes of prepositions,
    /// postpositions and conjunctions, as the pack languages' grammars list them).
    private static let dayRelations: [String: [String]] = [
        "en": ["after", "before", "until", "till", "following", "from", "by"],
        "de": ["nach", "vor", "bis", "ab", "seit"],
        "fr": ["après", "avant", "jusqu'au", "jusqu’au", "dès", "à partir"],
        "es": ["después", "antes", "hasta", "desde", "tras"], "pt": ["depois", "antes", "até", "desde", "após"],
        "it": ["dopo", "prima", "fino", "entro", "dal"], "nl": ["na", "voor", "tot", "vanaf", "sinds"],
        "pl": ["po", "przed", "do", "od"], "id": ["setelah", "sebelum", "sampai", "hingga", "mulai", "sesudah"],
        "ja": ["後", "明け", "前", "まで", "から", "以降"],
        "zh": ["后", "後", "前", "以后", "以後", "起", "结束", "結束", "截至"], "th": ["หลัง", "ก่อน", "จนถึง", "ตั้งแต่"],
        "ar": ["بعد", "قبل", "حتى"],
    ]

    /// Korean bound nouns that set a day before or after another, at the start of their word ("끝난 뒤", "연휴 이후에",
    /// "설 전까지"), and the particles of "until" and "from", at its end ("9일까지", "연휴부터"): 표준국어대사전, 뒤, 후, 전, 까지,
    /// 부터. Read by word: 전 and 후 start many other words too (전화, 후기), so only a word that is one of them, or
    /// one of them with a particle, counts.
    private static let koreanRelations = (starts: ["뒤", "후", "전", "이후", "이전"], ends: ["까지", "부터"])

    /// True when `between` a date and an occasion's name holds a word of ``dayRelations``: whole words in a language
    /// written with spaces, anywhere otherwise; Korean by ``koreanRelations``.
    static func relatesDays(_ between: String, language: String, spaced: Bool) -> Bool {
        if language == "ko" {
            let particles: Set<String> = ["", "에", "에는", "에도", "까지", "부터", "으로", "엔"]
            return between.split(separator: " ").contains { word in
                koreanRelations.ends.contains { word.hasSuffix($0) }
                    || koreanRelations.starts.contains {
                        word.hasPrefix($0) && particles.contains(String(word.dropFirst($0.count)))
                    }
            }
        }
        guard let words = dayRelations[language] else { return false }
        if !spaced { return words.contains { between.contains($0) } }
        let padded = " " + String(between.map { $0.isLetter || $0 == "'" || $0 == "’" ? $0 : " " }) + " "
        return words.contains { padded.contains(" \($0) ") }
    }

    /// Where the word that runs on at `index` ends: the next space, line break or text end, at most 8 units on.
    private static func wordEnd(after index: Int, in document: Document) -> Int {
        let units = document.utf16
        var end = index
        while end < min(units.count, index + 8), units[end] != 0x20, units[end] != 0x0A { end += 1 }
        return end
    }

    /// True when the text `between` a date and an occasion's name opens or closes an aside that holds more than the
    /// one of them beside it: a date before the name with an opening bracket and words before the name ("November 28
    /// (we're closed on"), or a date after it with a closing bracket ("Thanksgiving) and ship on").
    /// A bracket closed within `between` ("(Friday)") is no aside of either.
    private static func crossesAside(_ between: String, dateFirst: Bool) -> Bool {
        let opens = "(（", closes = ")）"
        if dateFirst {
            guard let open = between.lastIndex(where: { opens.contains($0) }) else { return false }
            let inside = between[between.index(after: open)...]
            return !inside.contains { closes.contains($0) } && inside.contains { $0.isLetter }
        }
        guard let close = between.firstIndex(where: { closes.contains($0) }) else { return false }
        return !between[..<close].contains { opens.contains($0) }
    }

    /// An occasion the customer's region keeps always on one weekday, named beside another weekday ("a wonderful
    /// Thanksgiving dinner next Thursday", "Joyeuse Action de grâce … ce jeudi" to Canada, whose Thanksgiving is a
    /// Monday): the weekday is read within a few words of the name, in its sentence.
    private func keptOnAnotherWeekday(
        _ occasion: Occasion, _ range: Range<Int>, _ context: LintContext, link: (region: String, name: String)?,
        rules: [DayRule]
    ) -> Finding? {
        let region = context.market.region
        let today = LintContext.today()
        let dates = Self.keptDates(link: link, rules: rules, in: region, years: (today.year - 1)...(today.year + 1))
        // ICU's weekday numbers: 1 = Sunday … 7 = Saturday.
        let kept = Set(dates.compactMap { date in Weekday.allCases.firstIndex(of: date.weekday).map { $0 + 1 } })
        guard kept.count == 1, let keptDay = kept.first else { return nil }
        let document = context.document
        let sentence = document.sentence(containing: range.lowerBound)
        let window = max(sentence.lowerBound, range.lowerBound - 30)..<min(sentence.upperBound, range.upperBound + 40)
        let units = Array(document.string(window).lowercased().utf16)
        guard units.count == window.count else { return nil }
        let named = WeekendWords.dayNames(context.market.locale).first { name, day in
            day != keptDay && Self.wholeWord(Array(name.utf16), in: units)
        }
        guard let named else { return nil }
        let keptName =
            WeekendWords.dayNames(
                context.uiLanguage == .zhHans
                    ? (try? ICU.LocaleID(tag: "zh-Hans")) ?? context.market.locale
                    : (try? ICU.LocaleID(tag: "en")) ?? context.market.locale
            )
            .first { $0.day == keptDay }?.name ?? "\(keptDay)"
        let message =
            context.uiLanguage == .zhHans
            ? "\(context.regionName(region))的这个节日总在\(keptName)，不在“\(named.name)”；请核对日期。"
            : "In \(context.regionName(region)) this occasion is always on a \(keptName.capitalized), not on “\(named.name)”; check the day."
        return context.finding(info, range, message: message)
    }

    /// The days `region` keeps an occasion on in `years`: its calendar's holiday of the linked English name, else the
    /// occasion's `kept-on` days.
    private static func keptDates(
        link: (region: String, name: String)?, rules: [DayRule], in region: String, years: ClosedRange<Int>
    ) -> [LocalDate] {
        if let link {
            return FixedHolidays.holidays(of: region, in: years).filter { $0.names["en"] == link.name }.map(\.date)
        }
        return years.flatMap { year in
            rules.compactMap { $0.day(in: year) }.compactMap { LocalDate(year: year, month: $0.month, day: $0.day) }
        }
    }

    /// True when `needle` occurs in `haystack` with no letter right before or after it.
    private static func wholeWord(_ needle: [UInt16], in haystack: [UInt16]) -> Bool {
        !occurrences(needle, in: haystack, wholeWord: true).isEmpty
    }

    /// What joins the two ends of a date range, in the pack languages: dashes (fullwidth too) and tildes, 至, 到, から,
    /// ถึง, إلى, and "to", "bis", "au", "al", "a", "até", "tot", "do", "hingga", "sampai" between spaces.
    /// Joiners of a range, and of a list of two days in one month ("12月25日及26日", "25 and 26 December"), which is
    /// judged as the range of its days: two holidays named together.
    static let rangeJoiners = [
        "-", "－", "–", "—", "~", "～", "〜", "至", "到", "から", "ถึง", "إلى", "及", "和", "與", "与", "、", "&",
    ]
    static let rangeWords: Set<String> = [
        "to", "bis", "au", "al", "a", "até", "tot", "do", "hingga", "sampai", "until", "through",
        "and", "und", "et", "y", "e", "en", "i", "dan", "và",
    ]

    /// The last day of the range `mention` starts, when a range joiner follows it at once or after a space: the
    /// day-and-month mention after the joiner ("10/1-10/7", "24 December to 2 January"), or a bare day number of the
    /// same month ("10月1日至7日", "24–26 December" read from its first day). `mentions` are those of the text whose
    /// UTF-16 `units` are given.
    static func rangeEnd(
        of mention: DayMonthMentions.Mention, among mentions: [DayMonthMentions.Mention], in units: [UInt16]
    ) -> (month: Int, day: Int, range: Range<Int>)? {
        var index = mention.range.upperBound
        let skip = { (allowed: Set<UInt16>) in while index < units.count, allowed.contains(units[index]) { index += 1 }
        }
        let blank: Set<UInt16> = [0x20, 0xA0]
        skip(blank.union([0x65E5, 0xC77C]))  // 日, 일
        let rest = units[index..<min(units.count, index + 12)].withUnsafeBufferPointer(ICU.string(utf16:))
        if let joiner = rangeJoiners.first(where: { rest.hasPrefix($0) }) {
            index += joiner.utf16.count
        } else {
            let word = rest.prefix { $0.isLetter }.lowercased()
            guard index > mention.range.upperBound, rangeWords.contains(word) else { return nil }
            index += word.utf16.count
        }
        skip(blank)
        if let next = mentions.first(where: { $0.range.lowerBound == index }) {
            return (next.month, next.day, next.range)
        }
        var day = 0
        var end = index
        while end < units.count, end - index < 2, let digit = PeriodReader.digitValue(units[end]) {
            day = day * 10 + digit
            end += 1
        }
        guard end > index, day > mention.day, day <= 31 else { return nil }
        return (mention.month, day, index..<end)
    }

    /// A festive wish or party emoji in the sentence of a day of mourning's name, outside the name ("Z okazji
    /// Wszystkich Świętych … wesołej zabawy!", "Dodenherdenking-actie 🎉"): the span of the nearest, or nil. Words of the
    /// market's language are matched whole (anywhere in Chinese, Japanese or Thai).
    private func festiveWish(beside name: Range<Int>, _ context: LintContext) -> Range<Int>? {
        let document = context.document
        let sentence = document.sentence(containing: name.lowerBound)
        let text = document.string(sentence).lowercased()
        let units = Array(text.utf16)
        guard units.count == sentence.count else { return nil }
        // Words anywhere in the sentence; emoji only just after the name ("Dodenherdenking-actie 🎉"), since one
        // elsewhere in the sentence may greet something else.
        let cues =
            (Occasion.festive[context.market.language] ?? []).map { ($0.lowercased(), context.cues.spaced, false) }
            + (Occasion.festive["any"] ?? []).map { ($0, false, true) }
        var nearest: Range<Int>?
        for (cue, whole, adjacent) in cues {
            for start in Self.occurrences(Array(cue.utf16), in: units, wholeWord: whole) {
                let span = (sentence.lowerBound + start)..<(sentence.lowerBound + start + cue.utf16.count)
                guard !span.overlaps(name) else { continue }
                if adjacent, !(name.upperBound...(name.upperBound + 10)).contains(span.lowerBound) { continue }
                let distance = { (other: Range<Int>) in
                    other.lowerBound >= name.upperBound
                        ? other.lowerBound - name.upperBound : name.lowerBound - other.upperBound
                }
                if nearest.map({ distance(span) < distance($0) }) ?? true { nearest = span }
            }
        }
        return nearest
    }

    /// The offsets where `needle` occurs in `haystack`, with no letter right before or after it when `wholeWord`.
    private static func occurrences(_ needle: [UInt16], in haystack: [UInt16], wholeWord: Bool) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        let isLetter = { (unit: UInt16) in Unicode.Scalar(unit).map(\.properties.isAlphabetic) ?? true }
        return (0...(haystack.count - needle.count)).filter { start in
            guard haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) else {
                return false
            }
            let end = start + needle.count
            let startsWord = start == 0 || !isLetter(haystack[start - 1])
            return !wholeWord || (startsWord && (end == haystack.count || !isLetter(haystack[end])))
        }
    }

    private func solemnGreeting(
        _ occasion: Occasion, _ range: Range<Int>, _ context: LintContext, fix: Bool = true
    ) -> Finding {
        let wish = fix ? occasion.instead[context.market.language] ?? occasion.instead["en"] : nil
        let what = occasion.what(in: context.uiLanguage)
        let message =
            context.uiLanguage == .zhHans
            ? "\(what)是祭扫、缅怀先人的日子，“快乐”之类的节日祝福或庆祝气氛不合时宜" + (wish.map { "；可以说“\($0)”。" } ?? "。")
            : "\(what) is a day for remembering the dead; a festive “happy” wish or a party mood does not fit"
                + (wish.map { ". Say “\($0)”." } ?? ".")
        let fixes = wish.map { [Fix(replacement: $0, description: "Write “\($0)”", safe: false)] } ?? []
        return context.finding(info, range, fixes: fixes, message: message)
    }

    private func notKept(_ occasion: Occasion, _ range: Range<Int>, _ context: LintContext) -> Finding {
        // Cached per day: the message names the occasion's next date.
        let today = LintContext.today()
        // Keys from raw values and numbers: interpolating an enum or a tuple goes through `print`'s reflection.
        let day = "\(today.year)-\(today.month)-\(today.day)"
        let key = "occasion-message|\(occasion.id)|\(context.market.tag)|\(context.uiLanguage.rawValue)|\(day)"
        return context.finding(
            info, range, message: context.pool.fact(key) { message(occasion, context, today: today) })
    }

    private func message(_ occasion: Occasion, _ context: LintContext, today: (year: Int, month: Int, day: Int))
        -> String
    {
        let english = context.uiLanguage != .zhHans
        let region = context.regionName(context.market.region)
        let keepers = occasion.kept.sorted().map(context.regionName)
        let keptBy =
            keepers.prefix(4).joined(separator: english ? ", " : "、")
            + (keepers.count > 4 ? (english ? " …" : "等") : "")
        let next = nextDate(occasion, context, after: today)
        let what = occasion.what(in: context.uiLanguage)
        // A computed (estimated) date must not read as certain: "is expected to be closed", "预计在…休息".
        return context.uiLanguage == .zhHans
            ? "\(what)是\(keptBy)的节日，\(region)的客户不过这个节日；请直接说明对客户的影响"
                + (next.map { "（例如“我们的仓库\($0.estimated ? "预计" : "")在\($0.text)休息”）。" } ?? "。")
            : "\(what) is kept in \(keptBy), not by customers in \(region); say what it means for them"
                + (next.map {
                    " (e.g. “our warehouse is \($0.estimated ? "expected to be " : "")closed on \($0.text)”)."
                } ?? ".")
    }

    /// The first day of `rules` from today, in the market's words ("31 May").
    private func nextRuleDay(_ rules: [DayRule], _ context: LintContext, after today: (year: Int, month: Int, day: Int))
        -> String?
    {
        let days = [today.year, today.year + 1].flatMap { year in
            rules.compactMap { rule in rule.day(in: year).map { (year, $0.month, $0.day) } }
        }
        guard let next = days.filter({ $0 >= today }).min(by: { $0 < $1 }) else { return nil }
        return Self.dayText(year: next.0, month: next.1, day: next.2, context)
    }

    /// A day and month in the market's words ("26 November", "11月26日").
    static func dayText(year: Int, month: Int, day: Int, _ context: LintContext) -> String? {
        guard let icu = try? ICU.Calendar(.gregorian, timeZone: "GMT"),
            let millis = try? icu.milliseconds(extendedYear: year, month: month, day: day),
            let formatter = try? context.pool.dateFormatter("MMMMd", context.market.locale, "GMT")
        else { return nil }
        return try? formatter.format(millisecondsSince1970: millis)
    }

    /// The occasion's next date from today, from `region`'s calendar or else the first that lists it, in the market's
    /// words ("26 November"), and whether that date is an estimate.
    private func nextDate(
        _ occasion: Occasion, _ context: LintContext, after today: (year: Int, month: Int, day: Int),
        in region: String? = nil
    ) -> (text: String, estimated: Bool)? {
        guard let link = occasion.holiday.first(where: { region == nil || $0.region == region }),
            let calendar = try? HolidayCalendar.builtIn(link.region)
        else { return nil }
        for candidate in [today.year, today.year + 1] {
            let holidays = ((try? calendar.list(for: candidate).holidays) ?? []).filter { $0.names["en"] == link.name }
            guard
                let holiday = holidays.sorted(by: { $0.date < $1.date })
                    .first(where: { ($0.date.year, $0.date.month, $0.date.day) >= today }),
                let text = Self.dayText(
                    year: holiday.date.year, month: holiday.date.month, day: holiday.date.day, context)
            else { continue }
            return (text, holiday.estimated)
        }
        return nil
    }
}
