import Foundation
import TactfulICU

extension LintContext {
    /// The UI language as an ICU locale, for names shown in messages (regions, languages).
    var uiLocale: ICU.LocaleID { (try? ICU.LocaleID(tag: uiLanguage == .zhHans ? "zh-Hans" : "en")) ?? .root }

    /// A region's name in the UI language ("Germany", "德国"), from ICU; the code itself when ICU has none.
    func regionName(_ region: String) -> String {
        (try? ICU.LocaleID(tag: "und-\(region)"))?.regionName(in: uiLocale) ?? region
    }

    /// Today's civil date in UTC: the day a reply is linted, which is the day it is written.
    static func today() -> (year: Int, month: Int, day: Int) {
        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return (today.year ?? 1970, today.month ?? 1, today.day ?? 1)
    }
}

extension [LiteralHit] {
    /// The longest hit at each place, none overlapping, in text order ("Happy Thanksgiving" over "Thanksgiving").
    func longestNonOverlapping() -> [LiteralHit] {
        var kept: [LiteralHit] = []
        var covered = 0
        for hit in sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) })
        where hit.range.lowerBound >= covered {
            covered = hit.range.upperBound
            kept.append(hit)
        }
        return kept
    }
}
