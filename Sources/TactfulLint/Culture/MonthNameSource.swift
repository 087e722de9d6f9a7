import TactfulData
import TactfulICU

/// Where a run gets a locale's Gregorian month names in every style: a built-in market's, English's and Simplified
/// Chinese's as ICU gave them when the binary was built (``BuiltInData/monthNames(_:)``; a test compares them with
/// ICU's), any other locale's from ICU, which opens a date format for them (1.4M instructions a locale).
enum MonthNameSource {
    /// The twelve names of `locale` in every style, January first, as ``ICU/monthNames(locale:)`` reads them.
    static func names(_ locale: ICU.LocaleID) throws(ICUError) -> [ICU.MonthNameStyle: [String]] {
        if let text = BuiltInData.monthNames(locale.identifier), let names = ICU.monthNames(fromText: text) {
            return names
        }
        return try ICU.monthNames(locale: locale)
    }
}
