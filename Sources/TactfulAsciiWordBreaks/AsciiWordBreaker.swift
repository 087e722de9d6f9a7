import TactfulICU

/// ICU's word boundaries and rule statuses for an all-ASCII text, without ICU: most English drafts are pure ASCII,
/// and ICU's rule-based iterator was a fifth of linting one.
///
/// The rules are ICU 72's root word rules (UAX #29 with ICU's tailoring: `@` is a letter, `:` joins nothing)
/// restricted to ASCII, where no Extend, Format, Katakana, Hebrew or dictionary character occurs:
/// CR × LF; a break around CR, LF, VT and FF; spaces stay together; letters and digits stay together; a `.` or `'`
/// between two letters, and a `.` `'` `,` or `;` between two digits, stays in the word; `_` joins letters, digits
/// and itself; every other character is a segment of its own.
///
/// Locales tailor these rules (Finnish and Swedish keep `:` inside words): TactfulLint's `ICUPool` uses this breaker
/// for a locale only after it agreed with ICU's iterator for that locale on ``probe``, a text that puts every ASCII
/// character between letters, digits and itself (``agrees(with:)``). A module of its own so that the build tool
/// (tactful-embed) checks the built-in markets' locales with this same code when the binary is built.
public enum AsciiWordBreaker {
    /// The word-break class of an ASCII unit.
    private enum Class: UInt8 {
        case letter, digit, midLetterNumber, midNumber, extendNumLet, space, carriageReturn, lineFeed, newline, other

        /// Letters, digits and `_`: what a word is made of, besides the marks between its letters or digits.
        var isWordPart: Bool { rawValue <= Class.digit.rawValue || self == .extendNumLet }
    }

    /// The segments of `units`, every unit of which is ASCII (< 0x80). They are written into an array made with room
    /// for one segment a unit, the most there can be, so that adding one is a store: appending to an array grown from
    /// room for one every two units checked its room and uniqueness for each of a reply's hundreds of segments.
    public static func segments(of units: [UInt16]) -> [ICU.Segment] {
        classes.withUnsafeBufferPointer { classes in
            units.withUnsafeBufferPointer { units in
                [ICU.Segment](unsafeUninitializedCapacity: units.count) { segments, written in
                    let count = units.count
                    var found = 0
                    @inline(__always) func at(_ index: Int) -> Class {
                        index < count ? classes[Int(units[index] & 0x7F)] : .other
                    }
                    // Each segment holds a unit at least, and `found` segments end at or before the unit read: the
                    // next is within the room made.
                    @inline(__always) func add(_ range: Range<Int>, _ kind: ICU.Segment.Kind) {
                        (segments.baseAddress! + found).initialize(to: ICU.Segment(range: range, kind: kind))
                        found &+= 1
                    }
                    var index = 0
                    while index < count {
                        let start = index, first = at(index)
                        index += 1
                        switch first {
                        case .letter, .digit, .extendNumLet:
                            // A word runs on through letters, digits and `_`, and through a mark with letters on both
                            // sides (`.` `'`) or digits on both sides (`.` `'` `,` `;`).
                            var last = first
                            while index < count {
                                let next = at(index)
                                if next.isWordPart {
                                    last = next
                                    index += 1
                                } else if (next == .midLetterNumber && last == .letter && at(index + 1) == .letter)
                                    || ((next == .midLetterNumber || next == .midNumber) && last == .digit
                                        && at(index + 1) == .digit)
                                {
                                    index += 2
                                } else {
                                    break
                                }
                            }
                            add(start..<index, kind(ending: last, before: index - start > 1 ? at(index - 2) : .other))
                        case .space:
                            while index < count, at(index) == .space { index += 1 }
                            add(start..<index, .other)
                        case .carriageReturn:
                            if index < count, at(index) == .lineFeed { index += 1 }
                            add(start..<index, .other)
                        default:
                            add(start..<index, .other)
                        }
                    }
                    written = found
                }
            }
        }
    }

    /// ICU's rule status of a word ending in `last`, `before` being the unit before it (`.other` for none): a letter
    /// word ends in a letter, or in `_` after a letter or `_`; a number ends in a digit, or in `_` after a digit; a
    /// lone `_` is no word.
    @inline(__always)
    private static func kind(ending last: Class, before: Class) -> ICU.Segment.Kind {
        switch last {
        case .letter: .letter
        case .digit: .number
        default: before == .digit ? .number : before == .letter || before == .extendNumLet ? .letter : .other
        }
    }

    /// The class of each ASCII unit.
    private static let classes: [Class] = (0..<128).map { unit in
        switch unit {
        case 0x61...0x7A, 0x41...0x5A, 0x40: .letter  // a-z A-Z @
        case 0x30...0x39: .digit
        case 0x20: .space
        case 0x2E, 0x27: .midLetterNumber  // . '
        case 0x2C, 0x3B: .midNumber  // , ;
        case 0x5F: .extendNumLet  // _
        case 0x0D: .carriageReturn
        case 0x0A: .lineFeed
        case 0x0B, 0x0C: .newline
        default: .other
        }
    }

    /// True when `iterator`, ICU's word iterator for a locale, segments ``probe`` as ``segments(of:)`` does: then
    /// this breaker gives that locale's word segments of any ASCII text.
    public static func agrees(with iterator: ICU.BreakIterator) throws(ICUError) -> Bool {
        try iterator.segments(of: probe) == segments(of: probe)
    }

    /// A text that puts every ASCII character between letters, between digits, beside a letter and a digit, doubled
    /// and alone: where a locale's rules differ from the root rules above for an ASCII text, they differ on it.
    public static let probe = AsciiProbe.text(contexts: [
        ("ab", "cd"), ("12", "34"), ("a", "1"), ("1", "a"), ("_", "a"), ("a", "_"), (" ", " "), ("\r", "\n"), ("", ""),
    ])
}
