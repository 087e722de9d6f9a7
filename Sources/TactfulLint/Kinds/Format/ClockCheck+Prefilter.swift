extension ClockCheck {
    /// True when an `a` or `p` (any case) follows a digit, directly or after one space, and an `m` follows it within
    /// three units: what every match of `twelveHour` holds (and of the "4pm" form of ``ZoneCheck/clockTime``), so
    /// the regex is compiled and run only then.
    static func mayHoldTwelveHour(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                let unit = units[index]
                guard RegexUnitClass.mayMatchIgnoringCase(unit, 0x61) || RegexUnitClass.mayMatchIgnoringCase(unit, 0x70)
                else { return false }
                let before = units.unit(at: index - 1)
                guard
                    RegexUnitClass.mayBeDigit(before)
                        || (RegexUnitClass.mayBeSpace(before) && RegexUnitClass.mayBeDigit(units.unit(at: index - 2)))
                else { return false }
                // `\.?\s?m`: the `m` is one, two or three units on.
                return (1...3).contains { RegexUnitClass.mayMatchIgnoringCase(units.unit(at: index + $0), 0x6D) }
            }
        }
    }
}
