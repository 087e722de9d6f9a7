import TactfulData

/// Words of holiday names that say nothing of one country ("national", "day", "revolución"), per language, read from
/// `Glossaries/culture/holiday-words.yml` (generated from python-holidays by `Tools/glossaries/make_holiday_words.py`).
struct HolidayWords: Sendable {
    /// Language → its holiday words, lower-cased.
    let words: [String: Set<String>]

    /// The built-in words; a missing or malformed file leaves none (every name then counts as distinctive by its
    /// words), caught by the pack tests.
    static let builtIn: HolidayWords = {
        let path = "Glossaries/culture/holiday-words.yml"
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path),
            let lists = try? file.stringLists("words")
        else { return HolidayWords(words: [:]) }
        return HolidayWords(words: lists.mapValues { Set($0) })
    }()

    /// True when every word of `name` longer than two letters is a holiday word of `language` ("Fête nationale").
    /// A language without a list has no holiday words.
    func isMadeOf(_ name: String, language: String) -> Bool {
        guard let known = words[language], !known.isEmpty else { return false }
        let letters = name.lowercased().split { !$0.isLetter }.filter { $0.count > 2 }
        return !letters.isEmpty && letters.allSatisfy { known.contains(String($0)) }
    }
}
