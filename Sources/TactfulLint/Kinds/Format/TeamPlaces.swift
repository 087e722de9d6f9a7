import Foundation
import TactfulCalendarOccasions
import TactfulData
import TactfulICU

/// A place a reply names as where the seller's side is ("our team in Shenzhen", "我们美国仓库"), with the time zones it
/// keeps: with no team zone configured, the time-zone check reads a clock time with no zone as that place's time.
struct TeamPlace: Sendable, Equatable {
    /// The name as the glossary or ICU writes it.
    let name: String
    /// The place's IANA zones (one for a city, every zone of its region for a country).
    let zones: [String]
    /// The country or territory the place is in (ISO 3166 code): the region itself, or the listed region whose zones
    /// hold a city's zone (empty when none does).
    let region: String
    /// The name lower-cased, as UTF-8: what a lowered sentence is searched for first.
    let loweredBytes: [UInt8]

    init(name: String, zones: [String], region: String) {
        (self.name, self.zones, self.region) = (name, zones, region)
        loweredBytes = Array(name.lowercased().utf8)
    }
}

/// The places of `Glossaries/time/team-places.yml` in a language — countries named by ICU, cities from the glossary —
/// and where a sentence names one.
enum TeamPlaces {
    /// Where `text` (a sentence of a draft in `locale`'s language) names one of the places, in the glossary's order.
    /// A name counts as a whole word in a language written with spaces, and anywhere in Japanese, Chinese, Thai,
    /// Arabic (whose prefixed particles and clitics join the name: بالصين, "in China") and Korean (whose particles
    /// follow it: 선전 팀이, 중국에서); case is ignored.
    static func occurrences(in text: String, locale: ICU.LocaleID, language: String, pool: ICUPool)
        -> [(place: TeamPlace, range: Range<String.Index>)]
    {
        let places = pool.fact("team-places|\(locale.identifier)") { load(locale: locale, language: language) }
        let wholeWords = !LanguageCues.unspaced.contains(language) && language != "ar" && language != "ko"
        // A byte search of the lowered sentence first: Foundation's case-insensitive search bridges to NSString, some
        // hundred thousand instructions a name, and most sentences with a time name no place.
        let lowered = Array(text.lowercased().utf8)
        var found: [(place: TeamPlace, range: Range<String.Index>)] = []
        for place in places where contains(lowered, place.loweredBytes) {
            var start = text.startIndex
            while let range = text.range(of: place.name, options: .caseInsensitive, range: start..<text.endIndex) {
                start = range.upperBound
                if wholeWords,
                    isWordCharacter(text, before: range.lowerBound)
                        || (range.upperBound < text.endIndex && isWordCharacter(text[range.upperBound]))
                {
                    continue
                }
                found.append((place, range))
            }
        }
        return found
    }

    /// True when a name's bytes occur in `haystack` (an empty name names no place).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        !needle.isEmpty && ByteSearch.contains(haystack, needle)
    }

    private static func isWordCharacter(_ text: String, before index: String.Index) -> Bool {
        index > text.startIndex && isWordCharacter(text[text.index(before: index)])
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The glossary's places in one language: ICU's name of each region (and the glossary's other names for it), and
    /// the cities named for the language or, in a Latin-script language, for all of them.
    private static func load(locale: ICU.LocaleID, language: String) -> [TeamPlace] {
        let path = "Glossaries/time/team-places.yml"
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path) else { return [] }
        var places: [TeamPlace] = []
        var regionZones: [(region: String, zones: [String])] = []
        let extras = (try? file.map("extra-region-names")) ?? nil
        for region in (try? file.strings("regions")) ?? [] {
            guard let zones = try? ICU.TimeZones.zones(inRegion: region), !zones.isEmpty else { continue }
            regionZones.append((region, zones))
            var names: [String] = []
            if let id = try? ICU.LocaleID(tag: "und-\(region)") { names.append(id.regionName(in: locale)) }
            names += ((try? extras?.stringLists(region)) ?? nil)?[language] ?? []
            places += names.filter { !$0.isEmpty && $0 != region }.map {
                TeamPlace(name: $0, zones: zones, region: region)
            }
        }
        let latin = !LanguageCues.unspaced.contains(language) && !["ar", "ko"].contains(language)
        for city in (try? file.maps("cities")) ?? [] {
            guard let zone = try? city.string("zone"), let names = try? city.stringLists("names") else { continue }
            let region = regionZones.first { $0.zones.contains(zone) }?.region ?? ""
            let written = (names[language] ?? []) + (latin ? names["latin"] ?? [] : [])
            places += written.map { TeamPlace(name: $0, zones: [zone], region: region) }
        }
        return places
    }
}
