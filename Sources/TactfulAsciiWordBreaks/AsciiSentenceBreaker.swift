import TactfulICU

/// ICU's sentence segments of an all-ASCII text, without ICU: most English drafts are pure ASCII, and ICU's
/// rule-based sentence iterator was a tenth of linting one.
///
/// The rules are UAX #29's sentence rules (ICU 72's root rules) restricted to ASCII, where no Sep, Format, Extend or
/// OLetter character occurs: CR × LF; a break after CR and LF; after a terminator (`.` `!` `?`), its closing marks
/// (`"` `'` `(` `)` `[` `]` `{` `}`) and spaces, a break unless a line break follows (then after it), a `,` `-` `:`
/// or another terminator follows (SB8a), or, after a full stop, a digit follows directly (SB6, "3.5"), a capital
/// follows directly after a letter (SB7, "U.S."), or the next letter, past anything but letters, line breaks and
/// terminators, is lower-case (SB8, "e.g. the").
///
/// Locales tailor these rules (Greek ends a sentence at `;`), and a locale keyword may ask for ICU's abbreviation
/// exceptions (`@ss=standard`): TactfulLint's `ICUPool` uses this breaker for a locale without keywords only after
/// it agreed with ICU's iterator for that locale on ``probe`` (``agrees(with:)``).
public enum AsciiSentenceBreaker {
    /// The sentence-break class of an ASCII unit (UAX #29's Sentence_Break property).
    private enum Class: UInt8 {
        case other, space, lineFeed, carriageReturn, terminator, fullStop, close, continuation, digit, upper, lower
    }

    /// The sentences of `units`, every unit of which is ASCII (< 0x80): consecutive ranges covering the text.
    public static func sentences(of units: [UInt16]) -> [Range<Int>] {
        classes.withUnsafeBufferPointer { classes in
            units.withUnsafeBufferPointer { units in
                var result: [Range<Int>] = []
                result.reserveCapacity(units.count / 40 + 4)
                let count = units.count
                @inline(__always) func at(_ index: Int) -> Class { classes[Int(units[index] & 0x7F)] }
                var start = 0, index = 0
                /// Ends the current sentence before `boundary`.
                func end(at boundary: Int) {
                    result.append(start..<boundary)
                    start = boundary
                }
                /// Moves past a line break starting at `index` (CR LF is one) and ends the sentence after it.
                func endAfterLineBreak() {
                    index += at(index) == .carriageReturn && index + 1 < count && at(index + 1) == .lineFeed ? 2 : 1
                    end(at: index)
                }
                /// Whether the sentence goes on at `next`, past the terminator at `terminator`, its closing marks and
                /// spaces (SB6, SB7, SB8, SB8a).
                func continues(after terminator: Int, at next: Int) -> Bool {
                    let following = at(next)
                    if following == .continuation || following == .fullStop || following == .terminator { return true }
                    guard at(terminator) == .fullStop else { return false }
                    if next == terminator + 1 {
                        let afterLetter = terminator > 0 && [.upper, .lower].contains(at(terminator - 1))
                        if following == .digit || (following == .upper && afterLetter) { return true }
                    }
                    for ahead in next..<count {
                        switch at(ahead) {
                        case .lower: return true
                        case .upper, .lineFeed, .carriageReturn, .fullStop, .terminator: return false
                        default: continue
                        }
                    }
                    return false
                }
                while index < count {
                    switch at(index) {
                    case .carriageReturn, .lineFeed:
                        endAfterLineBreak()
                    case .fullStop, .terminator:
                        let terminator = index
                        index += 1
                        while index < count, at(index) == .close { index += 1 }
                        while index < count, at(index) == .space { index += 1 }
                        guard index < count else { break }
                        if at(index) == .carriageReturn || at(index) == .lineFeed {
                            endAfterLineBreak()
                        } else if !continues(after: terminator, at: index) {
                            end(at: index)
                        }
                    default:
                        index += 1
                    }
                }
                if start < count { result.append(start..<count) }
                return result
            }
        }
    }

    /// The class of each ASCII unit.
    private static let classes: [Class] = (0..<128).map { unit in
        switch unit {
        case 0x61...0x7A: .lower
        case 0x41...0x5A: .upper
        case 0x30...0x39: .digit
        case 0x09, 0x0B, 0x0C, 0x20: .space
        case 0x0A: .lineFeed
        case 0x0D: .carriageReturn
        case 0x2E: .fullStop
        case 0x21, 0x3F: .terminator  // ! ?
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: .close  // " ' ( ) [ ] { }
        case 0x2C, 0x2D, 0x3A: .continuation  // , - :
        default: .other
        }
    }

    /// True when `iterator`, ICU's sentence iterator for a locale, segments ``probe`` as ``sentences(of:)`` does:
    /// then this breaker gives that locale's sentences of any ASCII text.
    public static func agrees(with iterator: ICU.BreakIterator) throws(ICUError) -> Bool {
        try iterator.segments(of: probe).map(\.range) == sentences(of: probe)
    }

    /// A text that puts every ASCII character, alone and doubled, after words, digits and terminators and before
    /// capitals, lower-case words, digits and spaces: where a locale's rules differ from the root rules above for an
    /// ASCII text, they differ on it.
    public static let probe = AsciiProbe.text(contexts: [
        ("ab", " Cd"), ("ab", " cd"), ("ab", "Cd"), ("Ab", "cd"), ("12", "34"), ("ab", "12"), ("a.", " B"),
        ("a.", " b"), ("a!", " B"), ("a", ". B"), ("", " A"), ("A", ""), ("a. ", " b"), ("a.", "1"), ("a.)", " b"),
    ])
}
