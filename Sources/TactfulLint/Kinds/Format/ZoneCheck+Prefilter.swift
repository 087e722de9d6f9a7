extension ZoneCheck {
    /// True when the text holds what every match of ``clockTime`` holds: the "4pm" form's or any other's. The
    /// zone checks compile and run the regex only then.
    static func mayHoldClockTime(_ utf16: [UInt16]) -> Bool {
        ClockCheck.mayHoldTwelveHour(utf16) || mayHoldOtherClockTime(utf16)
    }

    /// The hour signs of `clockTime` after a number: 時 时 点 點 시.
    private static let hourSigns: Set<UInt16> = [0x6642, 0x65F6, 0x70B9, 0x9EDE, 0xC2DC]

    /// True when a digit is followed by what a ``clockTime`` match other than "4pm" (see
    /// ``ClockCheck/mayHoldTwelveHour(_:)``) holds right after its hour: `:` or `.` and a digit 0–5 ("16:00",
    /// "14.30"), an `h` that no ASCII letter follows ("16h", not "3 hari"), an hour sign ("10時", "10 시"), Thai โมง
    /// ("10 โมงเช้า"), or a space and `Uhr`/`uur`, such an `h` or an Arabic word for a part of the day (ص, م, ع, ظ); or
    /// when a space and Indonesian "jam"/"pukul" come before it ("jam 9 pagi"), or the end of Italian "alle",
    /// Portuguese "às" or Spanish "las" ("alle 15", "às 10", "a las 10").
    static func mayHoldOtherClockTime(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                guard RegexUnitClass.mayBeDigit(units[index]) else { return false }
                let next = units.unit(at: index + 1), after = units.unit(at: index + 2)
                if RegexUnitClass.mayBeSpace(units.unit(at: index - 1))
                    && (afterJamOrPukul(units, space: index - 1) || afterHourArticle(units, space: index - 1))
                {
                    return true
                }
                if next == thaiHour || (RegexUnitClass.mayBeSpace(next) && after == thaiHour) { return true }
                if next == 0x3A { return after >= 0x30 && after <= 0x35 }
                if next == 0x2E { return after >= 0x30 && after <= 0x35 && mayHoldDottedTime(units, digit: index) }
                if (RegexUnitClass.mayMatchIgnoringCase(next, 0x68) && mayEndHour(units, at: index + 1))
                    || hourSigns.contains(next)
                {
                    return true
                }
                return RegexUnitClass.mayBeSpace(next)
                    && (RegexUnitClass.mayMatchIgnoringCase(after, 0x75)
                        || (RegexUnitClass.mayMatchIgnoringCase(after, 0x68) && mayEndHour(units, at: index + 2))
                        || hourSigns.contains(after)
                        || after == 0x0635 || after == 0x0645 || after == 0x0639 || after == 0x0638)
            }
        }
    }

    /// Whether the `h` at `index` may end an hour as ``clockTime`` reads it ("16h", "16 h 30", then a word boundary):
    /// an ASCII letter or `_` after it goes on with a word ("3 hari", "24 heures", "2 hours") and no match ends there.
    /// An `h` beyond ASCII (one that folds to it) is not judged.
    private static func mayEndHour(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        guard units.unit(at: index) < 0x80 else { return true }
        let next = units.unit(at: index + 1)
        return !(next == 0x5F || (0x61...0x7A).contains(next | 0x20))
    }

    /// The first letter of Thai โมง (o'clock).
    private static let thaiHour: UInt16 = 0x0E42

    /// Whether the text before the space at `space` may end Indonesian "jam" or "pukul" (each letter in any case).
    /// Its last letter alone let through German "vom 8. Jänner", "am 3. März" and "im 2. Stock", and compiled the
    /// regex for them: the first regex of a run also builds ICU's static sets, some 8M instructions.
    private static func afterJamOrPukul(_ units: UnsafeBufferPointer<UInt16>, space: Int) -> Bool {
        func ends(with word: StaticString) -> Bool {
            let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return letters.reversed().enumerated().allSatisfy { offset, letter in
                RegexUnitClass.mayMatchIgnoringCase(units.unit(at: space - 1 - offset), letter)
            }
        }
        return ends(with: "jam") || ends(with: "pukul")
    }

    /// Whether the text before the space at `space` may end Italian "alle", Portuguese "às" or Spanish "las" (`lle`,
    /// `às`, `las`, any case).
    private static func afterHourArticle(_ units: UnsafeBufferPointer<UInt16>, space: Int) -> Bool {
        let last = units.unit(at: space - 1), previous = units.unit(at: space - 2)
        if RegexUnitClass.mayMatchIgnoringCase(last, 0x65) {
            return RegexUnitClass.mayMatchIgnoringCase(previous, 0x6C)
                && RegexUnitClass.mayMatchIgnoringCase(units.unit(at: space - 3), 0x6C)
        }
        guard RegexUnitClass.mayMatchIgnoringCase(last, 0x73) else { return false }
        return previous == 0xE0 || previous == 0xC0
            || (RegexUnitClass.mayMatchIgnoringCase(previous, 0x61)
                && RegexUnitClass.mayMatchIgnoringCase(units.unit(at: space - 3), 0x6C))
    }

    /// For an hour ending at `digit` and followed by `.` and a digit 0–5: whether it may be a dotted time before Thai
    /// "น." (`.`, two digits, an optional space, น). The other dotted time, after Indonesian "jam"/"pukul", is found
    /// at its first digit by ``afterJamOrPukul(_:space:)``.
    private static func mayHoldDottedTime(_ units: UnsafeBufferPointer<UInt16>, digit: Int) -> Bool {
        let thai: UInt16 = 0x0E19
        return units.unit(at: digit + 4) == thai
            || (RegexUnitClass.mayBeSpace(units.unit(at: digit + 4)) && units.unit(at: digit + 5) == thai)
    }
}
