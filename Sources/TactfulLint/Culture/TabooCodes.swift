import TactfulICU

/// Codes a shop writes in capitals and digits — discount, voucher and product codes ("TREUE88", "LUCKY444", "HH88") —
/// read for a taboo number: the whole digit run after two or more capital letters. Order and tracking numbers
/// ("SG71520", "LP00123456788CN") have other digits, and a run with lower-case letters ("Treue88") is a word.
enum TabooCodes {
    /// The spans of codes in `units` whose digit run is one of `digits`.
    static func codes(in units: [UInt16], endingIn digits: Set<String>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < units.count {
            guard isCapital(units[index]), index == 0 || !isCodeCharacter(units[index - 1]) else {
                index += 1
                continue
            }
            let start = index
            while index < units.count, isCapital(units[index]) { index += 1 }
            let letters = index - start
            let digitStart = index
            while index < units.count, isDigit(units[index]) { index += 1 }
            let ended = index == units.count || !isCodeCharacter(units[index])
            if letters >= 2, index > digitStart, ended,
                digits.contains(units[digitStart..<index].withUnsafeBufferPointer(ICU.string(utf16:)))
            {
                spans.append(start..<index)
            }
            while index < units.count, isCodeCharacter(units[index]) { index += 1 }
        }
        return spans
    }

    private static func isCapital(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }
    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    /// A Latin letter or a digit: a code is not part of a longer word or number. Chinese and Japanese write a code
    /// right after a word ("优惠码LUCKY444"), so other scripts end it. An ASCII unit (most of a Latin-script draft,
    /// read once per capitalised word) is decided without Unicode's property tables: its letters are A-Z and a-z.
    private static func isCodeCharacter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A) }
        guard let scalar = Unicode.Scalar(unit), scalar.value < 0x250 else { return false }
        return scalar.properties.isAlphabetic || isDigit(unit)
    }
}
