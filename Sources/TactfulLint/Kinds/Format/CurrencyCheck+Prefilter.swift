extension CurrencyCheck {
    /// True when a currency sign, an ISO code (three capitals), `Rp`, `RM`, `kr`, `zł` or `บาท` has a number beside
    /// it, directly or across one space: a digit after it (`$5`, `EUR 5`), or a digit or a `.,'’` of a number before
    /// it (`5 €`, `1.250,- kr`). Every match of `amount` is so; a draft with none compiles and runs nothing.
    static func mayHoldAmount(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                (endsSign(units, index) && numberFollows(units, index))
                    || (startsSign(units, index) && numberPrecedes(units, index))
            }
        }
    }

    /// Non-ASCII units that are a currency sign on their own (`$` is tested apart): `€ £ ¥ ￥ ₩ ₹ ฿ 円 元 원`, and the
    /// first of 위안.
    private static let signs: Set<UInt16> = [
        0x20AC, 0xA3, 0xA5, 0xFFE5, 0x20A9, 0x20B9, 0x0E3F, 0x5186, 0x5143, 0xC6D0, 0xC704,
    ]

    /// Whether a sign or code before a number may end at `index`.
    private static func endsSign(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        let unit = units[index]
        if unit == 0x24 || signs.contains(unit) { return true }
        if (unit == 0x70 || unit == 0x4D) && units.unit(at: index - 1) == 0x52 { return true }  // Rp, RM
        return (index - 2...index).allSatisfy { RegexUnitClass.isCapital(units.unit(at: $0)) }
    }

    /// Whether a sign or code after a number may start at `index`.
    private static func startsSign(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        let unit = units[index], next = units.unit(at: index + 1)
        if unit == 0x24 || signs.contains(unit) { return true }
        switch (unit, next) {
        case (0x6B, 0x72), (0x7A, 0x142), (0xE1A, 0xE32): return true  // kr, zł, บา(ท)
        default: return (index...index + 2).allSatisfy { RegexUnitClass.isCapital(units.unit(at: $0)) }
        }
    }

    /// `\s?\d` after `index`.
    private static func numberFollows(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        let next = units.unit(at: index + 1)
        return RegexUnitClass.mayBeDigit(next)
            || (RegexUnitClass.mayBeSpace(next) && RegexUnitClass.mayBeDigit(units.unit(at: index + 2)))
    }

    /// The end of `\d[\d.,'’]*\d?\s?` before `index`.
    private static func numberPrecedes(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        func endsNumber(_ unit: UInt16) -> Bool {
            RegexUnitClass.mayBeDigit(unit) || unit == 0x2E || unit == 0x2C || unit == 0x27 || unit == 0x2019
        }
        let before = units.unit(at: index - 1)
        return endsNumber(before) || (RegexUnitClass.mayBeSpace(before) && endsNumber(units.unit(at: index - 2)))
    }
}
