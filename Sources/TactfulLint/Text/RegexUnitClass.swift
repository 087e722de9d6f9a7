/// What one UTF-16 unit may be to an ICU regex, for the prefilters that decide whether a built-in regex is compiled
/// and run on a draft at all. Each test is true for every unit the regex construct can match (and may be true for a
/// few more), so a prefilter written with them never skips a regex that would match.
enum RegexUnitClass {
    /// `\d`, which ICU reads as `\p{Nd}`: an ASCII digit, a BMP character with a numeric value (every decimal digit
    /// has one), or half of a surrogate pair (the supplementary planes hold digits too).
    static func mayBeDigit(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x30 && unit <= 0x39 }
        return isSurrogate(unit) || Unicode.Scalar(unit)?.properties.numericType != nil
    }

    /// `\s`, which ICU reads as `\p{White_Space}`.
    static func mayBeSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        return Unicode.Scalar(unit)?.properties.isWhitespace == true
    }

    /// An ASCII capital, `[A-Z]` of a case-sensitive pattern.
    static func isCapital(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }

    /// Whether `unit` may match the ASCII letter `letter` (either case given) in a case-insensitive pattern: either
    /// case of it, or any unit beyond ASCII that changes when case-folded (a character matching a letter it is not
    /// folds to it: the Kelvin sign K, the long s ſ), or half of a surrogate pair.
    static func mayMatchIgnoringCase(_ unit: UInt16, _ letter: UInt8) -> Bool {
        if unit < 0x80 { return unit | 0x20 == UInt16(letter) | 0x20 }
        return foldsBeyondASCII(unit)
    }

    /// A unit beyond ASCII that a case-insensitive pattern may match with an ASCII letter, or with another letter
    /// than itself: one that changes when case-folded, or half of a surrogate pair.
    static func foldsBeyondASCII(_ unit: UInt16) -> Bool {
        unit >= 0x80 && (isSurrogate(unit) || Unicode.Scalar(unit)?.properties.changesWhenCaseFolded == true)
    }

    private static func isSurrogate(_ unit: UInt16) -> Bool { unit >= 0xD800 && unit <= 0xDFFF }
}

extension UnsafeBufferPointer<UInt16> {
    /// The unit at `index`, or 0 (which no prefilter looks for) outside the buffer.
    func unit(at index: Int) -> UInt16 { index >= 0 && index < count ? self[index] : 0 }
}
