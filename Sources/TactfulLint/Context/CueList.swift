import Foundation

/// A list of cue words or phrases of one language, found case-insensitively: as whole words (with `word*` for a word
/// starting so and `*word` for one ending so) in languages written with spaces, as substrings in Japanese, Chinese
/// and Thai. A word also matches without a possessive `'s` or an elided article (`courier's`, `l'entrepôt`). Used to
/// compare texts (negations and commitments before and after a fix) and to read context (a screen beside an inch
/// value), never to report a finding on its own.
struct CueList: Sendable {
    private enum Piece: Sendable, Hashable {
        case word(String), prefix(String), suffix(String)

        func matches(_ token: Token) -> Bool {
            matches(token.text) || token.stripped.map(matches) == true
        }

        private func matches(_ text: String) -> Bool {
            switch self {
            case .word(let word): text == word
            case .prefix(let start): text.hasPrefix(start)
            case .suffix(let end): text.hasSuffix(end)
            }
        }
    }

    /// A word of the text, lower-cased, and the word without a possessive or an elided article.
    private struct Token {
        let text: String
        let stripped: String?
    }

    /// The cues cut into pieces and indexed, on first use (``Index``).
    private let index: Index
    private let bySpaces: Bool

    /// The pieces of a list's cues: phrases whose first piece is a whole word, by that word (the others are tried at
    /// every token), or the cues as substrings in a language written without spaces.
    private struct Pieces {
        let byFirstWord: [String: [[Piece]]]
        let others: [[Piece]]
        let substrings: [String]

        var isEmpty: Bool { byFirstWord.isEmpty && others.isEmpty && substrings.isEmpty }
    }

    /// A list's cues as written, and their ``Pieces`` once a text is first compared: a rule set makes the lists of its
    /// language (hundreds of cues) and a draft without a finding, a fix or a refusal near a request compares none
    /// (cutting every cue into words cost an English one-draft run 0.4M instructions). Safe to use from many threads.
    private final class Index: @unchecked Sendable {  // `pieces` is guarded by `lock`
        private let cues: [String]
        private let bySpaces: Bool
        private let lock = NSLock()
        private var pieces: Pieces?

        init(_ cues: [String], bySpaces: Bool) { (self.cues, self.bySpaces) = (cues, bySpaces) }

        /// The pieces, cut on first use.
        var built: Pieces {
            lock.withLock {
                if let pieces { return pieces }
                let cut = CueList.pieces(of: cues, bySpaces: bySpaces)
                pieces = cut
                return cut
            }
        }
    }

    /// Cues as written in the glossary; `bySpaces` false for languages written without spaces between words.
    init(_ cues: [String], bySpaces: Bool) {
        self.bySpaces = bySpaces
        index = Index(cues, bySpaces: bySpaces)
    }

    /// The pieces of `cues`.
    private static func pieces(of cues: [String], bySpaces: Bool) -> Pieces {
        let substrings = bySpaces ? [] : cues.map { $0.lowercased() }.filter { !$0.isEmpty }
        let phrases: [[Piece]] =
            !bySpaces
            ? []
            : cues.map { cue in
                words(of: cue.lowercased(), keepingStars: true).map { token -> Piece in
                    if token.count > 1, token.hasSuffix("*") { return .prefix(String(token.dropLast())) }
                    if token.count > 1, token.hasPrefix("*") { return .suffix(String(token.dropFirst())) }
                    return .word(token)
                }
            }.filter { !$0.isEmpty }
        var byFirstWord: [String: [[Piece]]] = [:], others: [[Piece]] = []
        for phrase in phrases {
            if case .word(let first) = phrase[0] {
                byFirstWord[first, default: []].append(phrase)
            } else {
                others.append(phrase)
            }
        }
        return Pieces(byFirstWord: byFirstWord, others: others, substrings: substrings)
    }

    /// True when the list has no cue.
    var isEmpty: Bool { index.built.isEmpty }

    /// How many times any cue occurs in `text` (overlapping cues each count).
    func count(in text: String) -> Int { scan(text, stopAtFirst: false) }

    /// True when a cue occurs in `text`.
    func occurs(in text: String) -> Bool { scan(text, stopAtFirst: true) > 0 }

    private func scan(_ text: String, stopAtFirst: Bool) -> Int {
        let pieces = index.built
        guard !pieces.isEmpty else { return 0 }
        let lowered = text.lowercased()
        if !bySpaces {
            var count = 0
            for needle in pieces.substrings {
                count += Self.occurrences(of: needle, in: lowered)
                if stopAtFirst, count > 0 { return count }
            }
            return count
        }
        return count(Self.tokens(of: lowered), in: pieces, stopAtFirst: stopAtFirst)
    }

    private func count(_ tokens: [Token], in pieces: Pieces, stopAtFirst: Bool) -> Int {
        var count = 0
        func matchesAt(_ start: Int, _ phrase: [Piece]) -> Bool {
            guard start + phrase.count <= tokens.count else { return false }
            for (offset, piece) in phrase.enumerated() where !piece.matches(tokens[start + offset]) { return false }
            return true
        }
        for start in tokens.indices {
            let token = tokens[start]
            for phrase in pieces.byFirstWord[token.text] ?? [] where matchesAt(start, phrase) { count += 1 }
            if let stripped = token.stripped {
                for phrase in pieces.byFirstWord[stripped] ?? [] where matchesAt(start, phrase) { count += 1 }
            }
            for phrase in pieces.others where matchesAt(start, phrase) { count += 1 }
            if stopAtFirst, count > 0 { return count }
        }
        return count
    }

    /// The words of lower-cased text, each with its stripped form when it holds an apostrophe.
    private static func tokens(of text: String) -> [Token] {
        words(of: text, keepingStars: false).map { word in
            Token(text: word, stripped: hasApostrophe(word) ? stripped(word) : nil)
        }
    }

    private static func hasApostrophe(_ word: String) -> Bool {
        word.utf8.contains(0x27) || word.unicodeScalars.contains("’")
    }

    /// `courier's` → `courier`, `l'entrepôt` → `entrepôt`; nil when there is nothing to strip.
    private static func stripped(_ token: String) -> String? {
        guard let apostrophe = token.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return nil }
        for suffix in ["'s", "’s"] where token.hasSuffix(suffix) && token.count > 2 { return String(token.dropLast(2)) }
        let next = token.index(after: apostrophe)
        guard token.distance(from: token.startIndex, to: apostrophe) <= 2, next < token.endIndex else { return nil }
        return String(token[next...])
    }

    /// Words: runs of letters, digits, marks, apostrophes, hyphens and `&` (`can't`, `envie-nos`, `J&T`). An
    /// all-ASCII text (every English reply) is read byte by byte, each word made once from its bytes
    /// (``asciiWords(of:keepingStars:)``); any other scalar by scalar (``scalarWords(of:keepingStars:)``).
    static func words(of text: String, keepingStars: Bool) -> [String] {
        var text = text
        return text.withUTF8 { asciiWords(of: $0, keepingStars: keepingStars) }
            ?? scalarWords(of: text, keepingStars: keepingStars)
    }

    /// ``words(of:keepingStars:)`` of the UTF-8 bytes of an all-ASCII text (nil for any other): appending its
    /// scalars one by one to each word cost most of reading a negation's two words before a fault word.
    static func asciiWords(of bytes: UnsafeBufferPointer<UInt8>, keepingStars: Bool) -> [String]? {
        var words: [String] = [], start = -1
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if isWordPart(Unicode.Scalar(byte), keepingStars: keepingStars) {
                if start < 0 { start = index }
            } else if start >= 0 {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = -1
            }
        }
        if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return words
    }

    /// ``words(of:keepingStars:)`` built scalar by scalar: the way for any text.
    static func scalarWords(of text: String, keepingStars: Bool) -> [String] {
        var words: [String] = [], current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordPart(scalar, keepingStars: keepingStars) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordPart(_ scalar: Unicode.Scalar, keepingStars: Bool) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x27 || value == 0x2D || value == 0x26 || (keepingStars && value == 0x2A)
        }
        let properties = scalar.properties
        return scalar == "’" || properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// Non-overlapping occurrences of `needle` in `haystack`.
    private static func occurrences(of needle: String, in haystack: String) -> Int {
        var count = 0, end = 0
        for range in Array(haystack.utf16).ranges(of: Array(needle.utf16)) where range.lowerBound >= end {
            count += 1
            end = range.upperBound
        }
        return count
    }
}
