extension DateCheck {
    /// True when the text holds what every match of `numericDate` holds: a digit, a separator (`/ . -`), one or two
    /// digits, the same separator and four digits. The regex is compiled and run only then.
    static func mayHoldNumericDate(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            func digits(_ range: Range<Int>) -> Bool {
                range.allSatisfy { RegexUnitClass.mayBeDigit(units.unit(at: $0)) }
            }
            return units.indices.contains { index in
                let separator = units[index]
                guard separator == 0x2F || separator == 0x2E || separator == 0x2D, digits(index - 1..<index) else {
                    return false
                }
                return (1...2).contains { count in
                    let second = index + count + 1
                    return digits(index + 1..<second) && units.unit(at: second) == separator
                        && digits(second + 1..<second + 5)
                }
            }
        }
    }

    /// True when a digit, `/` and a digit follow each other: what every match of `numericDayMonth` holds.
    static func mayHoldDayMonth(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                units[index] == 0x2F && RegexUnitClass.mayBeDigit(units.unit(at: index - 1))
                    && RegexUnitClass.mayBeDigit(units.unit(at: index + 1))
            }
        }
    }
}
