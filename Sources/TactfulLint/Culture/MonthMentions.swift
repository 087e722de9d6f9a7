import Synchronization
import TactfulICU

/// The Gregorian months a piece of text names, by ICU's full month names (as in a date and standing alone) in the
/// market's language and in English: "November", "novembre", "listopada", "11月". Abbreviations are left out: "mar"
/// is the sea in Spanish and Italian, "Mai" a name.
enum MonthMentions {
    /// The months (1–12) named in `text`.
    static func months(in text: String, locale: ICU.LocaleID) -> Set<Int> {
        let lowered = text.lowercased()
        var found: Set<Int> = []
        for list in names(locale) {
            for (index, name) in list.enumerated() where !found.contains(index + 1) && names(name, occurIn: lowered) {
                found.insert(index + 1)
            }
        }
        return found
    }

    /// Month `month`'s full name in the UI language ("October", "10月").
    static func name(_ month: Int, _ ui: UILanguage) -> String {
        let tag = ui == .zhHans ? "zh-Hans" : "en"
        return (try? ICU.LocaleID(tag: tag)).flatMap { try? ICU.monthNames(locale: $0)[.wide]?[month - 1] }
            ?? "\(month)"
    }

    /// The lowercased full month names of `locale` and English (each list January first), read from ICU once per locale.
    static func names(_ locale: ICU.LocaleID) -> [[String]] {
        if let known = cache.withLock({ $0[locale.identifier] }) { return known }
        let read = readNames(locale)
        cache.withLock { $0[locale.identifier] = read }
        return read
    }

    private static let cache = Mutex<[String: [[String]]]>([:])

    private static func readNames(_ locale: ICU.LocaleID) -> [[String]] {
        let locales = [locale] + ((try? ICU.LocaleID(tag: "en")).map { [$0] } ?? [])
        return locales.flatMap { locale -> [[String]] in
            let styles = (try? ICU.monthNames(locale: locale)) ?? [:]
            return [styles[.wide], styles[.standaloneWide]].compactMap { $0?.map { $0.lowercased() } }
        }
    }

    /// Whether `name` occurs in `text` as a word: no letter or digit just before it (no digit, for "11月"), no
    /// letter just after it when it ends in a letter of a cased script.
    private static func names(_ name: String, occurIn text: String) -> Bool {
        guard !name.isEmpty, let first = name.first, let last = name.last else { return false }
        var searchStart = text.startIndex
        while let found = text.range(of: name, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let startsClean = before.map { first.isNumber ? !$0.isNumber : !($0.isLetter || $0.isNumber) } ?? true
            let endsClean = after.map { !(last.isCased && $0.isLetter) } ?? true
            if startsClean && endsClean { return true }
        }
        return false
    }
}
