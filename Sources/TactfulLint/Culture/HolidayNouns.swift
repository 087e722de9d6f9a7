import TactfulData

/// The words for "a holiday" per language (`Glossaries/culture/holiday-nouns.yml`): a day and month beside one of them
/// is read as a holiday, and judged by the calendars (``OccasionRule``).
enum HolidayNouns {
    /// Language → words; empty when the file is missing or malformed (a build defect the tests catch).
    static let builtIn: [String: [String]] = {
        let path = "Glossaries/culture/holiday-nouns.yml"
        return BuiltInData.text(at: path).flatMap { try? read($0, path: path) } ?? [:]
    }()

    /// Reads a holiday-nouns file; an unknown key or an empty table is an error naming its line.
    static func read(_ text: String, path: String) throws(PackError) -> [String: [String]] {
        let file = try YAMLMap.parse(text, path: path)
        let words = try file.stringLists("words")
        try file.rejectUnknownKeys()
        guard !words.isEmpty else { throw file.error(file.node, "no 'words'") }
        return words
    }
}
