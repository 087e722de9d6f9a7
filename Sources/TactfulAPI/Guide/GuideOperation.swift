import TactfulICU
import TactfulLint
import TactfulMarkets
import TactfulTime

extension TactfulEngine {
    /// How many days of holidays a guide lists, from its first day.
    public static let guideHolidayDays = 60

    /// The culture guide of `request.market`, assembled from the data the linter uses: its register rules, the
    /// taboos and occasions of its region, the holidays of the 60 days from `request.from` (else `today`), CLDR's
    /// conventions, its consumer-law table and its vocabulary rules. `format` is only checked here; the doors
    /// render with ``GuideFormat``.
    public func guide(_ request: GuideRequest, today: LocalDate) throws(FieldError) -> MarketGuide {
        _ = try GuideFormat.named(request.format)
        let ui = try Self.guideLanguage(request.uiLanguage)
        let start = try Self.guideStart(request.from, today: today)
        let market: Market
        do { market = try linters.market(for: request.market) } catch { throw FieldError("market", "\(error)") }
        let rules: RuleSet
        do { rules = try linters.linter(for: market).ruleSet } catch { throw FieldError("market", "\(error)") }
        let end = LocalDate(dayNumber: start.dayNumber + Self.guideHolidayDays - 1)
        let sections = GuideSections(market: market, ui: ui, engine: self)
        let uiLocale = (try? ICU.LocaleID(tag: ui.rawValue)) ?? .english
        return MarketGuide(
            market: market.tag, name: market.displayName(in: uiLocale), language: market.language,
            region: market.region, uiLanguage: ui.rawValue,
            title: GuideWords.title(ui) + GuideWords.colon(ui) + market.displayName(in: uiLocale),
            from: start.description, to: end.description,
            sections: [
                sections.register(rules), sections.taboos(), sections.holidays(from: start, through: end),
                sections.occasions(), sections.conventions(on: start), sections.law(), sections.vocabulary(rules),
            ])
    }

    private static func guideLanguage(_ name: String?) throws(FieldError) -> UILanguage {
        guard let name else { return .en }
        guard let language = UILanguage(rawValue: name) else {
            let known = UILanguage.allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError("uiLanguage", "'\(name)' is not one of: \(known)")
        }
        return language
    }

    private static func guideStart(_ from: String?, today: LocalDate) throws(FieldError) -> LocalDate {
        guard let from else { return today }
        guard let date = LocalDate(iso: from) else {
            throw FieldError("from", "'\(from)' is not a date like 2026-01-01")
        }
        guard (1900...2200).contains(date.year) else { throw FieldError("from", "\(from) is outside 1900–2200") }
        return date
    }
}
