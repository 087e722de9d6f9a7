import TactfulYAML

/// Phrases and the word boundaries each must meet, as the literal automaton takes them: their texts as one
/// ``TextTable`` and a flag byte each (``LiteralBoundaries/flag(wholeWord:endsOnBoundary:)``), so that a built-in
/// table's boundaries, found when the binary is built, are read back as one copy of bytes.
package struct BoundedPhrases: Equatable, Sendable {
    /// The phrases' texts, as matched (stars cut).
    package private(set) var texts = TextTable()
    /// A flag byte per phrase.
    package private(set) var flags: [UInt8] = []

    /// No phrases.
    package init() {}

    /// `texts` with the boundaries of `flags`, a byte each; nil when the counts differ or a byte is not a flag.
    package init?(texts: TextTable, flags: [UInt8]) {
        guard texts.count == flags.count else { return nil }
        for flag in flags where LiteralBoundaries.boundaries(flag: flag) == nil { return nil }
        (self.texts, self.flags) = (texts, flags)
    }

    /// The phrases of `texts`, each with the boundaries of its script (``LiteralBoundaries/byScript(utf8:)``); the
    /// texts' bytes are shared, not copied.
    package init(byScript texts: TextTable) {
        self.texts = texts
        flags.reserveCapacity(texts.count)
        texts.forEachUTF8 { phrase in
            let (wholeWord, endsOnBoundary) = LiteralBoundaries.byScript(utf8: phrase)
            flags.append(LiteralBoundaries.flag(wholeWord: wholeWord, endsOnBoundary: endsOnBoundary))
        }
    }

    /// Whether each phrase must start on a word boundary too (its flag's bit 1), in order.
    package var wholeWord: [Bool] { flags.map { ($0 &- UInt8(ascii: "0")) & 1 != 0 } }

    /// Whether each phrase must end on a word boundary (its flag's bit 2), in order.
    package var endsOnBoundary: [Bool] { flags.map { ($0 &- UInt8(ascii: "0")) & 2 != 0 } }

    /// The number of phrases.
    package var count: Int { flags.count }

    /// Appends the phrase of the UTF-8 bytes `utf8`, `*` stems marked (``LiteralBoundaries/written(utf8:)``).
    package mutating func appendWritten(utf8: UnsafeBufferPointer<UInt8>) {
        let (text, wholeWord, endsOnBoundary) = LiteralBoundaries.written(utf8: utf8)
        texts.append(utf8: UnsafeBufferPointer(rebasing: utf8[text]))
        flags.append(LiteralBoundaries.flag(wholeWord: wholeWord, endsOnBoundary: endsOnBoundary))
    }

    /// Appends `phrase`, `*` stems marked.
    package mutating func appendWritten(_ phrase: String) {
        var phrase = phrase
        phrase.withUTF8 { appendWritten(utf8: $0) }
    }

    /// The flags as text, a digit a phrase.
    package var encodedFlags: String { String(decoding: flags, as: UTF8.self) }
}
