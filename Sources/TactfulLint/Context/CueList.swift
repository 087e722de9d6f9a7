/// A list of cue words or phrases of one language, found case-insensitively: as whole words (with `word*` for a word
/// starting so and `*word` for one ending so) in languages written with spaces, as substrings in Japanese, Chinese
/// and Thai. Used to compare texts (negations before and after a fix) and to read context (a way forward after a
/// limitation), never to report a finding on its own.
struct CueList: Sendable {
    private enum Piece: Sendable, Hashable {
        case word(String), prefix(String), suffix(String)

        /// Whether `token`, or the token without a possessive `'s` or an elided article (`l'`, `d'`), matches.
        func matches(_ token: Substring) -> Bool {
            matchesExactly(token) || CueList.stripped(token).map(matchesExactly) == true
        }

        private func matchesExactly(_ token: Substring) -> Bool {
            switch self {
            case .word(let word): token == word
            case .prefix(let start): token.hasPrefix(start)
            case .suffix(let end): token.hasSuffix(end)
            }
        }
    }

    private let phrases: [[Piece]]
    private let substrings: [String]
    private let bySpaces: Bool

    /// Cues as written in the glossary; `bySpaces` false for languages written without spaces between words.
    init(_ cues: [String], bySpaces: Bool) {
        self.bySpaces = bySpaces
        substrings = bySpaces ? [] : cues.map { $0.lowercased() }.filter { !$0.isEmpty }
        phrases = !bySpaces ? [] : cues.map { cue in
            Self.tokens(of: cue.lowercased(), keepingStars: true).map { token -> Piece in
                if token.count > 1, token.hasSuffix("*") { return .prefix(String(token.dropLast())) }
                if token.count > 1, token.hasPrefix("*") { return .suffix(String(token.dropFirst())) }
                return .word(String(token))
            }
        }.filter { !$0.isEmpty }
    }

    /// True when the list is empty.
    var isEmpty: Bool { phrases.isEmpty && substrings.isEmpty }

    /// How many times any cue occurs in `text` (overlapping cues each count).
    func count(in text: String) -> Int {
        let lowered = text.lowercased()
        if !bySpaces { return substrings.reduce(0) { $0 + Self.occurrences(of: $1, in: lowered) } }
        let tokens = Self.tokens(of: lowered, keepingStars: false)
        guard !tokens.isEmpty else { return 0 }
        var count = 0
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count)
            where zip(phrase, tokens[start..<(start + phrase.count)]).allSatisfy({ $0.matches($1) }) {
                count += 1
            }
        }
        return count
    }

    /// True when a cue occurs in `text`.
    func occurs(in text: String) -> Bool { count(in: text) > 0 }

    /// `courier's` → `courier`, `l'entrepôt` → `entrepôt`; nil when there is nothing to strip.
    static func stripped(_ token: Substring) -> Substring? {
        for suffix in ["'s", "’s"] where token.hasSuffix(suffix) && token.count > 2 { return token.dropLast(2) }
        if let apostrophe = token.firstIndex(where: { $0 == "'" || $0 == "’" }),
            token.distance(from: token.startIndex, to: apostrophe) <= 2, token.index(after: apostrophe) < token.endIndex
        {
            return token[token.index(after: apostrophe)...]
        }
        return nil
    }

    /// Words: runs of letters, digits, marks, apostrophes, hyphens and `&` (`can't`, `envie-nos`, `J&T`).
    private static func tokens(of text: String, keepingStars: Bool) -> [Substring] {
        text.split { character in
            !(character.isLetter || character.isNumber || "'’-&".contains(character) || (keepingStars && character == "*")
                || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark })
        }
    }

    private static func occurrences(of needle: String, in haystack: String) -> Int {
        var count = 0, rest = haystack[...]
        while let found = rest.range(of: needle) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}
