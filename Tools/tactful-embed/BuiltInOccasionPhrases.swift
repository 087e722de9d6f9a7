import TactfulCalendarOccasions

/// The occasion kind's phrases (``OccasionPhrase``), listed when the binary is built from the embedded
/// `occasions.yml` and the calendars' occasions by the same code a test runs on the occasions a run reads: a run reads
/// them instead of reading `occasions.yml` and lower-casing every name to leave out the repeated ones.
enum BuiltInOccasionPhrases {
    static let path = "Glossaries/culture/occasions.yml"

    /// The encoded phrases of the curated occasions among `texts` (embedded files by path) and of `calendar`; nil when
    /// a phrase cannot be encoded. A missing or unreadable `occasions.yml` gives no phrases (the kind then reports
    /// it).
    static func encoded(texts: [String: String], calendar: [CalendarOccasion]) -> String? {
        let curated = texts[path].flatMap { OccasionPhrase.curatedWordings(yaml: $0, path: path) }
        guard let curated, !curated.isEmpty else { return "" }
        return OccasionPhrase.encode(OccasionPhrase.phrases(curated: curated, calendar: calendar))
    }
}
