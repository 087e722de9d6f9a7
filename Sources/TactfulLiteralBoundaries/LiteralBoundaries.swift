/// Where a phrase the literal automaton looks for must meet word boundaries: by the script it starts in, and by the
/// `*` stems written around it. A target of its own so that tactful-embed gives the built-in stance phrases and law
/// words their boundaries when the binary is built, with the code a run uses for any other phrase (`LiteralTable` in
/// TactfulLint).
package enum LiteralBoundaries {
    /// A phrase matched as a whole word where the language spaces its words; anywhere in a run of Chinese, Japanese
    /// or Thai text, where word breaks are a dictionary's guess (and an emoji anywhere); and from the start of a
    /// Korean word, whatever particle or ending follows. `first` is the phrase's first scalar (0: an empty phrase).
    package static func byScript(startingWith first: UInt32) -> (wholeWord: Bool, endsOnBoundary: Bool) {
        switch first {
        // Thai, kana, CJK ideographs; and emoji, which a skin tone or variation selector may follow (👌🏽).
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0x2600...0x27BF, 0x1F000...0x1FAFF:
            (false, false)
        case 0xAC00...0xD7AF: (true, false)
        default: (true, true)
        }
    }

    /// ``byScript(startingWith:)`` for the phrase of the UTF-8 bytes `utf8`.
    package static func byScript(utf8: UnsafeBufferPointer<UInt8>) -> (wholeWord: Bool, endsOnBoundary: Bool) {
        byScript(startingWith: firstScalar(of: utf8))
    }

    /// The phrase of the UTF-8 bytes `utf8` as written with `*` stems ("어쩔 수 없*" may end inside a word,
    /// "*ليست مسؤوليتنا" may start inside one): the range of its bytes kept (the stars cut) and its boundaries. A `*`
    /// is written apart from the letters it marks, so its byte is tested and cut.
    package static func written(utf8: UnsafeBufferPointer<UInt8>) -> (
        text: Range<Int>, wholeWord: Bool, endsOnBoundary: Bool
    ) {
        let open = utf8.first == UInt8(ascii: "*"), stem = utf8.last == UInt8(ascii: "*")
        let start = open ? 1 : 0
        let text = start..<max(start, utf8.count - (stem ? 1 : 0))
        let (wholeWord, endsOnBoundary) = byScript(utf8: UnsafeBufferPointer(rebasing: utf8[text]))
        return (text, wholeWord && !open, endsOnBoundary && !stem)
    }

    /// One byte for a phrase's two boundaries, as the built-in tables embed them: the digit `0` plus 1 when it must
    /// start on a word boundary, plus 2 when it must end on one.
    package static func flag(wholeWord: Bool, endsOnBoundary: Bool) -> UInt8 {
        UInt8(ascii: "0") + (wholeWord ? 1 : 0) + (endsOnBoundary ? 2 : 0)
    }

    /// The two boundaries of a ``flag(wholeWord:endsOnBoundary:)`` byte; nil for any other byte.
    package static func boundaries(flag: UInt8) -> (wholeWord: Bool, endsOnBoundary: Bool)? {
        let bits = flag &- UInt8(ascii: "0")
        guard bits < 4 else { return nil }
        return (bits & 1 != 0, bits & 2 != 0)
    }

    /// The value of the first scalar of the UTF-8 bytes `utf8`; 0 when there is none.
    package static func firstScalar(of utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var bytes = utf8.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return 0 }
        return scalar.value
    }
}
