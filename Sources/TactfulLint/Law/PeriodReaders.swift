import Synchronization
import TactfulLawCues

/// The period readers of one set of law cues' inflected durations (`durations:` in `Glossaries/law/cues.yml`), by
/// market language: each built on a sentence's first need, then shared by every rule set over the same cues.
///
/// A cache keyed by the language alone handed a rule over other cues (a test's, a user's) the reader of the first
/// cues to ask, without their durations: Polish "7 dni" went unread. One cache per set of durations instead, the
/// built-in one shared process-wide.
final class PeriodReaders: Sendable {
    /// The inflected duration names ICU lacks, by name (the unit each is a name of).
    let durations: [String: String]
    private let readers = Mutex<[String: PeriodReader]>([:])

    /// The readers of the built-in cues' durations.
    static let builtIn = PeriodReaders(durations: LawCues.builtIn?.durations ?? [:])

    /// An empty cache for `durations`.
    init(durations: [String: String]) {
        self.durations = durations
    }

    /// The reader for a market language (with English), built once per language.
    func reader(for language: String) -> PeriodReader {
        if let known = readers.withLock({ $0[language] }) { return known }
        let reader = PeriodReader(languages: language == "en" ? ["en"] : [language, "en"], extra: durations)
        readers.withLock { $0[language] = reader }
        return reader
    }
}
