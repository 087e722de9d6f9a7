extension PIIRule {
    /// True when thirteen digits follow each other with at most one space or hyphen between two of them: what every
    /// match of `card` (`(?:\d[ -]?){12,18}\d`) holds.
    static func mayHoldCard(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            var chain = 0
            for index in units.indices where RegexUnitClass.mayBeDigit(units[index]) {
                let before = units.unit(at: index - 1)
                let joined =
                    RegexUnitClass.mayBeDigit(before)
                    || ((before == 0x20 || before == 0x2D) && RegexUnitClass.mayBeDigit(units.unit(at: index - 2)))
                chain = joined ? chain + 1 : 1
                if chain >= 13 { return true }
            }
            return false
        }
    }
}

extension NationalIDFormat {
    /// True when the text holds what every shape in ``all`` holds: a capital beside a digit (or before a space or
    /// hyphen and a digit, as in "AB 12 34 56 C", "X-1234567-L"; or after a digit and a hyphen), two digits on one
    /// side of a space or hyphen with a digit on the other ("123-45-6789", "1 85 05…"), three digits on each side of a
    /// dot ("123.456.789-09"), or thirteen digits in a row (a Chinese or French number). The shapes are searched for
    /// only then.
    static func mayHoldShape(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            var run = 0
            for index in units.indices {
                let unit = units[index]
                guard RegexUnitClass.mayBeDigit(unit) else {
                    run = 0
                    continue
                }
                run += 1
                if run >= 13 { return true }
                let before = units.unit(at: index - 1), next = units.unit(at: index + 1)
                if RegexUnitClass.isCapital(before) || RegexUnitClass.isCapital(next) { return true }
                let beforeSeparator = units.unit(at: index - 2)
                if before == 0x20 || before == 0x2D {
                    if RegexUnitClass.isCapital(beforeSeparator) { return true }
                    if RegexUnitClass.mayBeDigit(beforeSeparator),
                        RegexUnitClass.mayBeDigit(units.unit(at: index - 3)) || RegexUnitClass.mayBeDigit(next)
                    {
                        return true
                    }
                }
                // A CPF's groups of three: "123.456".
                if before == 0x2E,
                    (index - 4...index - 2).allSatisfy({ RegexUnitClass.mayBeDigit(units.unit(at: $0)) }),
                    (index...index + 2).allSatisfy({ RegexUnitClass.mayBeDigit(units.unit(at: $0)) })
                {
                    return true
                }
                if next == 0x2D, RegexUnitClass.isCapital(units.unit(at: index + 2)) { return true }
            }
            return false
        }
    }
}
