import TactfulICU
import TactfulTime

/// A holiday named by its date ("el día festivo del 4 de julio" to a Mexican customer, "fermés pour le 14 juillet" to
/// a Quebecer): a day and month beside a word for a holiday (``HolidayNouns``) that no calendar of the customer's
/// region keeps, but that another region's calendar keeps every year (``FixedHolidays``). Part of `kind: occasion`;
/// a range of days and a day that is a holiday nowhere (the shop's own closing day) are not judged.
enum HolidayDates {
    /// How far (UTF-16 units) a date may stand from the holiday word: a few words of one clause.
    private static let reach = 40
    /// Marks that end a clause or open an aside between the word and the date ("holiday, please order by 20 March",
    /// "연휴(10월 5일~8일)에는 … 10월 10일").
    private static let breaksClause = Set(",;:.!?()（），、；：。！？")

    /// The findings for the holiday words at `words`; none in a sentence that names an occasion (at `named`). Dates
    /// beside the words are judged only when `judgingDates` (not when the reply names a holiday the customer keeps,
    /// which the words then mean).
    static func findings(
        _ info: RuleInfo, _ words: [Range<Int>], besides named: [Range<Int>], judgingDates: Bool,
        _ context: LintContext
    ) -> [Finding] {
        guard !words.isEmpty else { return [] }
        let document = context.document
        var findings = namedBeside(info, words, besides: named, context)
        guard judgingDates, document.hasDigits else { return findings }
        let locale = context.market.locale
        let order = DateCheck.convention(locale, context.pool, skeleton: "Md").order
        let today = LintContext.today()
        let years = (today.year - 1)...(today.year + 1)
        var judged: Set<Range<Int>> = []
        for word in words {
            let sentence = document.sentence(containing: word.lowerBound)
            if named.contains(where: { $0.overlaps(sentence) }) { continue }
            let units = Array(document.string(sentence).utf16)
            let mentions = DayMonthMentions.mentions(
                in: document.string(sentence), locale: locale, customerOrder: order)
            var inRanges: Set<Range<Int>> = []
            for mention in mentions {
                guard let end = OccasionRule.rangeEnd(of: mention, among: mentions, in: units) else { continue }
                inRanges.formUnion([mention.range, end.range])
            }
            for mention in mentions where !inRanges.contains(mention.range) && !endsRange(mention, in: units) {
                let offset = sentence.lowerBound
                let span = (mention.range.lowerBound + offset)..<(mention.range.upperBound + offset)
                let between =
                    span.lowerBound >= word.upperBound
                    ? word.upperBound..<span.lowerBound : span.upperBound..<max(span.upperBound, word.lowerBound)
                guard between.count <= reach, !document.string(between).contains(where: breaksClause.contains),
                    judged.insert(span).inserted,
                    !FixedHolidays.keeps(context.market.region, month: mention.month, day: mention.day, in: years),
                    case let keepers = FixedHolidays.keepers(month: mention.month, day: mention.day, in: years),
                    !keepers.isEmpty
                else { continue }
                let whole = min(span.lowerBound, word.lowerBound)..<max(span.upperBound, word.upperBound)
                let day = OccasionRule.dayText(year: today.year, month: mention.month, day: mention.day, context)
                let text = day ?? document.string(span)
                findings.append(context.finding(info, whole, message: message(text, on: text, keepers, context)))
            }
        }
        return findings
    }

    /// Words that may stand between a holiday word and the holiday's name ("feriado de Tiradentes", "the holiday of").
    private static let connectors: Set<String> = ["de", "da", "do", "del", "di", "du", "des", "der", "of", "the"]

    /// A one-word holiday name of one region's calendar (one word is left out of the occasion names:
    /// "Tiradentes" is also a town) right beside a holiday word ("feriado de Tiradentes" to a Portuguese customer),
    /// where the customer's region keeps no holiday of that name.
    private static func namedBeside(
        _ info: RuleInfo, _ words: [Range<Int>], besides named: [Range<Int>], _ context: LintContext
    ) -> [Finding] {
        guard context.cues.spaced else { return [] }
        let document = context.document
        let today = LintContext.today()
        let years = (today.year - 1)...(today.year + 1)
        let tokens = document.words.filter(\.isWord)
        var findings: [Finding] = []
        for word in words where !named.contains(where: { $0.overlaps(word) }) {
            guard let at = tokens.firstIndex(where: { $0.range.overlaps(word) }),
                let last = tokens.lastIndex(where: { $0.range.overlaps(word) })
            else { continue }
            var candidates = [at - 1]
            let next = last + 1
            if next < tokens.count, connectors.contains(document.string(tokens[next].range).lowercased()) {
                candidates.append(next + 1)
            } else {
                candidates.append(next)
            }
            for index in candidates where tokens.indices.contains(index) {
                let token = tokens[index].range
                let between =
                    token.lowerBound < word.lowerBound
                    ? token.upperBound..<word.lowerBound : word.upperBound..<token.lowerBound
                guard !document.string(between).contains(where: breaksClause.contains) else { continue }
                // A name is written with a capital, and is longer than a connector ("Tiradentes", "Ferragosto").
                let written = document.string(token)
                guard written.count >= 4, written.first?.isUppercase == true else { continue }
                let keepers = FixedHolidays.named(written.lowercased(), in: years)
                guard keepers.count == 1,
                    !keepers.contains(where: { $0.region == context.market.region }),
                    let english = keepers.first?.holiday.names["en"],
                    !FixedHolidays.keeps(context.market.region, english: english, in: years)
                else { continue }
                let whole = min(token.lowerBound, word.lowerBound)..<max(token.upperBound, word.upperBound)
                let date = keepers[0].holiday.date
                let day =
                    OccasionRule.dayText(year: date.year, month: date.month, day: date.day, context)
                    ?? written
                findings.append(
                    context.finding(
                        info, whole, message: message(written, on: day, keepers, context)))
                break
            }
        }
        return findings
    }

    /// True when a day number and a range joiner stand right before the mention ("del 6 al 8 de diciembre",
    /// "1–7 October"): it ends a range whose first day has no month of its own.
    private static func endsRange(_ mention: DayMonthMentions.Mention, in units: [UInt16]) -> Bool {
        let before = units[max(0, mention.range.lowerBound - 12)..<mention.range.lowerBound]
            .withUnsafeBufferPointer(ICU.string(utf16:)).lowercased()
        var rest = Substring(before)
        while rest.last == " " { rest.removeLast() }
        if let joiner = OccasionRule.rangeJoiners.first(where: { rest.hasSuffix($0) }) {
            rest.removeLast(joiner.count)
        } else {
            let word = rest.reversed().prefix { $0.isLetter }
            guard !word.isEmpty, OccasionRule.rangeWords.contains(String(word.reversed())) else { return false }
            rest.removeLast(word.count)
        }
        while rest.last == " " { rest.removeLast() }
        return rest.last?.isNumber ?? false
    }

    /// What is named (a date, or a holiday's name) is whose holiday, and the day to say instead.
    private static func message(
        _ what: String, on day: String, _ keepers: [FixedHolidays.Keeper], _ context: LintContext
    ) -> String {
        let shown = keepers.prefix(3)
        let region = context.regionName(context.market.region)
        if context.uiLanguage == .zhHans {
            // The calendars name a holiday in their own language and English; a Chinese one where it is Chinese.
            let name = { (holiday: Holiday) in holiday.names["zh"] ?? holiday.names["zh-Hant"] ?? holiday.name(in: "en")
            }
            let whose =
                shown.map { "\(context.regionName($0.region))（\(name($0.holiday))）" }.joined(separator: "、")
                + (keepers.count > 3 ? "等" : "")
            return "\(what)是\(whose)的公众假期，\(region)的客户不放这个假；请直接说明对客户的影响（例如“我们的仓库在\(day)休息”）。"
        }
        let whose =
            shown.map { "\(context.regionName($0.region)) (\($0.holiday.name(in: "en")))" }
            .joined(separator: ", ") + (keepers.count > 3 ? " …" : "")
        return "\(what) is a public holiday in \(whose), not in \(region); say what it means for the customer "
            + "(e.g. “our warehouse is closed on \(day)”)."
    }
}
