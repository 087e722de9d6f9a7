import TactfulCalendarOccasions

/// The occasions of the built-in holiday calendars, found when the binary is built by the same code a test runs on
/// the embedded calendars (``CalendarOccasionFinder``): a run reads them instead of reading every calendar and
/// searching each name in the others (a fifth of a one-draft lint).
enum BuiltInCalendarOccasions {
    /// The encoded occasions of the calendars among `texts` (embedded files by path), as `CalendarOccasion.encode`
    /// writes them; nil when a name cannot be encoded.
    static func encoded(texts: [String: String]) -> String? {
        let calendars = texts.filter { $0.key.hasPrefix("Glossaries/holidays/") }.sorted { $0.key < $1.key }
            .map { (path: $0.key, text: $0.value) }
        let wordsPath = "Glossaries/culture/holiday-words.yml"
        let words = HolidayWords(yaml: texts[wordsPath], path: wordsPath)
        return CalendarOccasion.encode(CalendarOccasionFinder.occasions(calendars: calendars, holidayWords: words))
    }
}
