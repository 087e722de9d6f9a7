import TactfulICU
import TactfulYAML

/// The language of a text: by Unicode script for Han, kana, Hangul, Thai and Arabic (Chinese told apart as
/// Simplified or Traditional by which characters ICU's Hans-Hant and Hant-Hans transforms change), and for Latin
/// script by the share of each language's function words (`Glossaries/language/function-words.yml`). A text too
/// short or too mixed to tell gives nil: no guess is better than a wrong one.
public enum LanguageDetector {
    /// A detected language: a BCP-47 tag (`de`, `ja`, `zh-Hant`) and the share of the text's letters or words
    /// that voted for it.
    public struct Result: Sendable, Equatable {
        public let language: String
        public let share: Double
    }

    /// The language of a reply's own text: `text` without quoted lines (`>`), for reports and integrations that pick
    /// the market from it; nil when it cannot be told.
    public static func replyLanguage(_ text: String) -> String? {
        let own = sample(text).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop { $0 == " " || $0 == "\t" }.hasPrefix(">") }
            .joined(separator: "\n")
        return detect(own)?.language
    }

    /// The language of `text`, or nil when it has fewer than `minimumWords` words of a Latin-script language (or
    /// 12 letters of another script), or no language clearly leads.
    public static func detect(_ text: String, minimumWords: Int = 6) -> Result? {
        let text = sample(text)
        var counts: [Script: Int] = [:]
        for scalar in text.unicodeScalars { if let script = Script(scalar) { counts[script, default: 0] += 1 } }
        guard let (top, topCount) = counts.max(by: { $0.value < $1.value }) else { return nil }
        let letters = counts.values.reduce(0, +)
        let kana = counts[.kana] ?? 0, han = counts[.han] ?? 0
        if kana > 0, kana + han >= letters / 2, kana * 10 >= kana + han, kana + han >= 12 {
            return Result(language: "ja", share: Double(kana + han) / Double(letters))
        }
        switch top {
        case .latin: return latin(text, minimumWords: minimumWords)
        case .han:
            guard topCount >= 12 else { return nil }
            return Result(language: chineseScript(text), share: Double(topCount) / Double(letters))
        default:
            guard topCount >= 12, topCount * 2 > letters else { return nil }
            return Result(language: top.language, share: Double(topCount) / Double(letters))
        }
    }

    /// The characters read to tell a text's language: plenty for a reply, and a bound on the work for a huge text.
    static let sampleLength = 32_768

    /// The first `sampleLength` characters of `text`.
    private static func sample(_ text: String) -> String {
        text.utf8.count > sampleLength ? String(text.prefix(sampleLength)) : text
    }

    private enum Script: Hashable {
        case latin, han, kana, hangul, thai, arabic

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: self = .kana
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: self = .han
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: self = .hangul
            case 0x0E00...0x0E7F: self = .thai
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
            default: return nil
            }
        }

        var language: String {
            switch self {
            case .latin: "und"
            case .han: "zh"
            case .kana: "ja"
            case .hangul: "ko"
            case .thai: "th"
            case .arabic: "ar"
            }
        }
    }

    /// Each language's function words (`Glossaries/language/function-words.yml`), lower-cased and sorted, for the
    /// linter's shared pass. Read from the file's lists, not from ``functionWords`` (hashing every word into that
    /// index cost a one-draft lint 0.56M instructions it did not need).
    static let functionWordLists: [(language: String, words: [String])] = {
        var byLanguage: [String: [String]] = [:]
        for pair in functionWordTable {
            guard let language = pair.key.string else { continue }
            byLanguage[language, default: []].append(contentsOf: pair.value.texts.map { $0.lowercased() })
        }
        return byLanguage.map { ($0.key, $0.value.sorted()) }.sorted { $0.language < $1.language }
    }()

    /// The function-word file's language → words pairs.
    private static var functionWordTable: [YAMLValue.Pair] {
        PreparsedYAML.builtIn(at: "Glossaries/language/function-words.yml")?.mapping ?? []
    }

    /// The leading language of Latin-script text from its function-word votes and word count: at least three
    /// votes, at least 15 % of the words, and twice the runner-up's votes.
    static func leader(votes: [String: Int], words: Int, minimumWords: Int) -> Result? {
        let ranked = votes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let best = ranked.first else { return nil }
        return leader(
            best.key, votes: best.value, runnerUp: ranked.dropFirst().first?.value ?? 0, words: words,
            minimumWords: minimumWords)
    }

    /// ``leader(votes:words:minimumWords:)`` for votes counted in an array, `votes[i]` being those of `languages[i]`
    /// (distinct names): the same leader (most votes, of a tie the name first in order) and runner-up, found in one
    /// pass, without a dictionary of the votes or a sort (asked for every paragraph in another language, by the
    /// language rule).
    static func leader(votes: [Int], languages: [String], words: Int, minimumWords: Int) -> Result? {
        var best = -1, runnerUp = 0
        for index in votes.indices where votes[index] > 0 {
            guard best >= 0 else {
                best = index
                continue
            }
            if votes[index] > votes[best] || (votes[index] == votes[best] && languages[index] < languages[best]) {
                runnerUp = max(runnerUp, votes[best])
                best = index
            } else {
                runnerUp = max(runnerUp, votes[index])
            }
        }
        guard best >= 0 else { return nil }
        return leader(
            languages[best], votes: votes[best], runnerUp: runnerUp, words: words, minimumWords: minimumWords)
    }

    /// The verdict on `language`, leading with `votes` before a runner-up with `runnerUp`, among `words` words.
    private static func leader(_ language: String, votes: Int, runnerUp: Int, words: Int, minimumWords: Int)
        -> Result?
    {
        guard words >= minimumWords, votes >= 3, votes * 100 >= words * 15, votes >= runnerUp * 2 else { return nil }
        return Result(language: language, share: Double(votes) / Double(words))
    }

    /// Word → the languages whose function words include it.
    static let functionWords: [String: [String]] = {
        var index: [String: [String]] = [:]
        for pair in functionWordTable {
            guard let language = pair.key.string else { continue }
            for word in pair.value.texts { index[word.lowercased(), default: []].append(language) }
        }
        return index
    }()

    private static func latin(_ text: String, minimumWords: Int) -> Result? {
        var votes: [String: Int] = [:]
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            for language in functionWords[String(word)] ?? [] { votes[language, default: 0] += 1 }
        }
        return leader(votes: votes, words: words, minimumWords: minimumWords)
    }

    /// `zh-Hans` or `zh-Hant`: whichever script the other's transform changes more characters of.
    private static func chineseScript(_ text: String) -> String {
        // A transliterator is not thread-safe: each call borrows one from the pool (opening one costs far more than
        // converting a reply).
        func changed(_ id: String) -> Int {
            let convert = { (converter: ICU.Transliterator) throws(ICUError) in try converter.transform(text) }
            guard let converted = try? transliterators.withTransliterator(id, convert) else { return 0 }
            return zip(text.unicodeScalars, converted.unicodeScalars).filter { $0 != $1 }.count
        }
        return changed("Hant-Hans") > changed("Hans-Hant") ? "zh-Hant" : "zh-Hans"
    }

    /// The transliterators `chineseScript` borrows, opened on first need.
    private static let transliterators = ICUPool()
}
