/// One distinctive holiday of a calendar (`Glossaries/holidays/<REGION>.yml`), as ``CalendarOccasionFinder`` finds
/// it: an occasion of the one region whose calendar has it, named by its distinctive names.
public struct CalendarOccasion: Equatable, Sendable {
    /// The region whose calendar has the holiday (`DE`).
    public let region: String
    /// The holiday's English name in that calendar, which identifies it there ("Day of German Unity").
    public let english: String
    /// What a message in Simplified Chinese calls it: the calendar's `zh-Hans` or `zh` name, else the English one.
    public let simplifiedChinese: String
    /// Language → the holiday's distinctive name in that language (at least one).
    public let names: [String: String]

    /// An occasion of `region`'s holiday `english`.
    public init(region: String, english: String, simplifiedChinese: String, names: [String: String]) {
        self.region = region
        self.english = english
        self.simplifiedChinese = simplifiedChinese
        self.names = names
    }

    /// Occasions as one text, in order: a line each, its fields separated by tabs (the region, the English and the
    /// Chinese name, then each language and its name, by language); nil when a field holds a tab or a line break.
    public static func encode(_ occasions: [CalendarOccasion]) -> String? {
        var lines: [String] = []
        for occasion in occasions {
            let names = occasion.names.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
            let fields = [occasion.region, occasion.english, occasion.simplifiedChinese] + names
            guard !fields.contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) else { return nil }
            lines.append(fields.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }

    /// The occasions of an ``encode(_:)`` text. Split as UTF-8 bytes (a tab or a line feed is one byte, never part of
    /// another character's): splitting its characters cost half the reading.
    public static func decode(_ text: String) -> [CalendarOccasion] {
        text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            guard fields.count >= 3, fields.count % 2 == 1 else { return nil }
            var names: [String: String] = [:]
            for index in stride(from: 3, to: fields.count, by: 2) { names[fields[index]] = fields[index + 1] }
            return CalendarOccasion(region: fields[0], english: fields[1], simplifiedChinese: fields[2], names: names)
        }
    }
}
