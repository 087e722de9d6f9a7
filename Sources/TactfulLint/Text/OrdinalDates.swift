import TactfulICU

/// German writes a day of the month as an ordinal with a full stop ("am 6. Oktober", "bis zum 3. März"), and ICU's
/// sentence rules end a sentence at a full stop followed by a space and a capital (UAX #29), which a German month
/// name always has. So "Unser Team ruft Sie am 6. Oktober um 9 Uhr zurück" came out as two sentences and checks that
/// read a sentence as a whole (the team's place beside a clock time, a request and its object) saw halves. This
/// rejoins a break that follows a one- or two-digit number and its full stop when the next sentence starts with a
/// month name of the draft's language or English, as ICU's date symbols write it in full or abbreviated (Duden,
/// "Datum": Ordinalzahl mit Punkt; Unicode CLDR month names).
enum OrdinalDates {
    /// `sentences` with every break after a day's ordinal full stop before a month name removed.
    static func rejoin(_ sentences: [Range<Int>], utf16: [UInt16], locale: ICU.LocaleID) -> [Range<Int>] {
        guard sentences.count > 1 else { return sentences }
        var joined: [Range<Int>] = []
        joined.reserveCapacity(sentences.count)
        var months: [String]? = nil
        for sentence in sentences {
            if let last = joined.last, endsWithDayOrdinal(utf16, last) {
                let names = months ?? monthNames(locale)
                months = names
                if startsWithMonth(utf16, at: sentence.lowerBound, names) {
                    joined[joined.count - 1] = last.lowerBound..<sentence.upperBound
                    continue
                }
            }
            joined.append(sentence)
        }
        return joined
    }

    /// True when `range` ends with a one- or two-digit number, a full stop and spaces ("… am 6. ").
    private static func endsWithDayOrdinal(_ utf16: [UInt16], _ range: Range<Int>) -> Bool {
        var index = range.upperBound - 1
        while index >= range.lowerBound, utf16[index] == 0x20 || utf16[index] == 0xA0 { index -= 1 }
        guard index < range.upperBound - 1, index > range.lowerBound, utf16[index] == 0x2E else { return false }
        index -= 1
        var digits = 0
        while index >= range.lowerBound, isDigit(utf16[index]) {
            digits += 1
            index -= 1
        }
        guard (1...2).contains(digits) else { return false }
        return index < range.lowerBound || !isDigit(utf16[index]) && utf16[index] != 0x2E
    }

    /// True when a month name (lowercased) starts at `offset`, followed by no letter.
    private static func startsWithMonth(_ utf16: [UInt16], at offset: Int, _ names: [String]) -> Bool {
        let end = min(utf16.count, offset + 16)
        let head = utf16[offset..<end].withUnsafeBufferPointer(ICU.string(utf16:)).lowercased()
        return names.contains { name in
            guard head.hasPrefix(name) else { return false }
            return head.dropFirst(name.count).first.map { !$0.isLetter } ?? true
        }
    }

    /// The month names of `locale` and English, full and abbreviated, lowercased (read from ICU once per locale by
    /// ``MonthMentions``); a name matches only where no letter follows, so their order does not matter.
    private static func monthNames(_ locale: ICU.LocaleID) -> [String] {
        (MonthMentions.names(locale) + MonthMentions.abbreviatedNames(locale)).flatMap { $0 }.filter { $0.count >= 3 }
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
}
