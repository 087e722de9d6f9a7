import TactfulCalendarOccasions

/// The occasions of the built-in holiday calendars, found when the binary is built by the same code a test runs on
/// the embedded calendars (``CalendarOccasionFinder``): a run reads them instead of reading every calendar and
/// searching each name in the others (a fifth of a one-draft lint).
enum BuiltInCalendarOccasions {
    /// The occasions of the calendars among `texts` (embedded files by path).
    static func occasions(texts: [String: String]) -> [CalendarOccasion] {
        let calendars = texts.filter { $0.key.hasPrefix("Glossaries/holidays/") }.sorted { $0.key < $1.key }
            .map { (path: $0.key, text: $0.value) }
        let wordsPath = "Glossaries/culture/holiday-words.yml"
        let words = HolidayWords(yaml: texts[wordsPath], path: wordsPath)
        return CalendarOccasionFinder.occasions(calendars: calendars, holidayWords: words)
    }
}
