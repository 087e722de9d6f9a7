import Foundation
import TactfulConvert
import TactfulICU
import TactfulLint
import TactfulMarkets
import TactfulTime

extension GuideSections {
    /// How the market writes numbers, dates, times, prices and measurements, formatted by ICU from CLDR as the
    /// converters and `tactful markets show` do, with a date of the guide (`day`) as the sample date.
    func conventions(on day: LocalDate) -> GuideSection {
        let locale = (try? ICU.LocaleID(tag: market.tag)) ?? market.locale
        let cldr = "Unicode CLDR through the system ICU, locale \(locale.languageTag)"
        let afternoon = Double(day.dayNumber) * 86_400_000 + 14.5 * 3_600_000
        func formatted(_ label: GuideWords, _ text: String?, source: String = cldr) -> GuideLine? {
            guard let text, !text.isEmpty else { return nil }
            return GuideLine(label: label(ui), text: text, source: source)
        }
        func date(_ skeleton: String) -> String? {
            try? ICU.DateFormatter(skeleton: skeleton, locale: locale, timeZone: "UTC")
                .format(millisecondsSince1970: afternoon)
        }
        func unit(_ quantity: String, _ usage: String) -> String? {
            try? engine.units(UnitsRequest(quantity: quantity, market: market.tag, usage: usage)).formatted
        }
        let price = Decimal(string: "1234.5").flatMap { amount in
            try? MoneyFormatter(locale: locale).format(amount, try CurrencyRounding(currency: market.currency))
        }
        let units = "CLDR unit preferences for region \(market.region), through the system ICU"
        let zones = "IANA time zone database (system tzdata), zones of region \(market.region)"
        let lines: [GuideLine?] = [
            formatted(.number, try? ICU.NumberFormatter(skeleton: "", locale: locale).format(decimal: "1234567.89")),
            formatted(.longDate, date("yMMMMEEEEd")), formatted(.shortDate, date("yMd")),
            formatted(.time, date("jmm")),
            formatted(.clock, market.uses24HourClock ? GuideWords.clock24(ui) : GuideWords.clock12(ui)),
            formatted(.price, price.map { "\($0) (\(market.currency))" }),
            formatted(
                .measurement,
                GuideWords(rawValue: market.measurementSystem.rawValue)?(ui) ?? market.measurementSystem.rawValue,
                source: units),
            formatted(.height, unit("180 cm", "person-height"), source: units),
            formatted(.distance, unit("25 km", "road"), source: units),
            formatted(.firstWeekday, weekdayName(market.firstWeekday)),
            formatted(.weekend, list(market.weekend.map(weekdayName))),
            formatted(.timeZones, list(market.timeZones, limit: 12), source: zones),
        ]
        return section(.conventions, lines.compactMap { $0 }, empty: .conventions)
    }

    /// The weekday's name in the UI language (`Saturday`, `星期六`), from CLDR.
    func weekdayName(_ weekday: Weekday) -> String {
        // 1970-01-04 was a Sunday.
        let noon = Double(3 + weekday.icuNumber - 1) * 86_400_000 + 12 * 3_600_000
        let locale = (try? ICU.LocaleID(tag: ui.rawValue)) ?? .english
        return
            (try? ICU.DateFormatter(pattern: "EEEE", locale: locale, timeZone: "UTC")
            .format(millisecondsSince1970: noon)) ?? weekday.rawValue
    }
}
