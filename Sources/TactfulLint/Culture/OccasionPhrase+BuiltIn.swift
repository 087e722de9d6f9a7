import TactfulCalendarOccasions
import TactfulData

extension OccasionPhrase {
    /// The phrases of the built-in occasions (``Occasion/builtIn``, then ``CalendarOccasions/builtIn``), listed when
    /// the binary was built; empty when `occasions.yml` did not read (a build defect the tests catch).
    static let builtIn: [OccasionPhrase] = decode(BuiltInData.occasionPhrases) ?? []
}
