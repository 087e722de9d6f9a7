/// An occasion of `Glossaries/culture/occasions.yml` that a region keeps (a public holiday or a marketed day such as
/// Singles' Day), as a market's guide lists it — the same entries the `occasion` rule kind reads.
public struct OccasionNote: Sendable, Equatable {
    /// The entry's stable id (`singles-day`).
    public let id: String
    /// Its name in the UI language (English where the entry has no translation).
    public let name: String
    /// The name of the holiday it is in the region's calendar (`Glossaries/holidays/<REGION>.yml`), if it is one.
    public let holiday: String?
    /// The month (1–12) the region keeps it in, where regions keep it in different months.
    public let month: Int?
    /// A day of mourning: no festive greetings.
    public let solemn: Bool
    /// Where the occasion and who keeps it come from.
    public let source: String

    /// The built-in occasions `region` keeps, in file order, named in `uiLanguage`.
    public static func builtIn(region: String, uiLanguage: UILanguage) -> [OccasionNote] {
        Occasion.builtIn.filter { $0.kept.contains(region) }.map { occasion in
            OccasionNote(
                id: occasion.id, name: occasion.what(in: uiLanguage),
                holiday: occasion.holiday.first { $0.region == region }?.name,
                month: occasion.keptInMonth[region], solemn: occasion.solemn, source: occasion.source)
        }
    }
}
