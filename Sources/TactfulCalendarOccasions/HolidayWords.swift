import TactfulYAML

/// Words of holiday names that say nothing of one country ("national", "day", "revolución"), per language, as
/// `Glossaries/culture/holiday-words.yml` lists them (generated from python-holidays by
/// `Tools/glossaries/make_holiday_words.py`).
public struct HolidayWords: Sendable {
    /// Language → its holiday words, lower-cased.
    public let words: [String: Set<String>]

    /// Words given per language.
    public init(words: [String: Set<String>]) {
        self.words = words
    }

    /// The words of a `holiday-words.yml` text; a missing or malformed file gives none (every name then counts as
    /// distinctive by its words), caught by the pack tests.
    public init(yaml text: String?, path: String) {
        guard let text, let file = try? YAMLMap(yaml: text, path: path), let lists = try? file.stringLists("words")
        else {
            self.init(words: [:])
            return
        }
        self.init(words: lists.mapValues { Set($0) })
    }

    /// True when every word of `name` longer than two letters is a holiday word of `language` ("Fête nationale").
    /// A language without a list has no holiday words.
    public func isMadeOf(_ name: String, language: String) -> Bool {
        guard let known = words[language], !known.isEmpty else { return false }
        let letters = name.lowercased().split { !$0.isLetter }.filter { $0.count > 2 }
        return !letters.isEmpty && letters.allSatisfy { known.contains(String($0)) }
    }
}
