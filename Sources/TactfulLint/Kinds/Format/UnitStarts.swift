/// The characters a unit of ``UnitsCheck``'s case-insensitive regex may start with, and the test every match of it
/// passes (`\d+(?:[.,]\d+)?[\s-]?` and then a unit): a digit followed by such a character, directly or after one space
/// or hyphen. A draft without one compiles and runs nothing.
struct UnitStarts: Sendable {
    /// ASCII units that may start a unit, both cases of each letter.
    private var ascii = [Bool](repeating: false, count: 128)
    /// Other units that may start one (their case forms included).
    private var others: Set<UInt16> = []
    /// A name starts with a cased letter beyond ASCII: its full case folding may start with an ASCII letter (ß reads
    /// "ss"), so every ASCII letter and every unit that folds to another may start one too.
    private var anyLetter = false

    /// The starts of the English and symbol forms (`symbols`, letters in either case) and of the names of the units
    /// in the market's languages (`names`).
    init(symbols: String, names: [String]) {
        for scalar in symbols.unicodeScalars { add(scalar) }
        for name in names {
            guard let first = name.unicodeScalars.first else { continue }
            add(first)
            if !first.isASCII, first.properties.isCased || first.properties.changesWhenCaseFolded { anyLetter = true }
        }
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        for form in [String(scalar), String(scalar).lowercased(), String(scalar).uppercased()] {
            guard let unit = form.utf16.first else { continue }
            if unit < 0x80 { ascii[Int(unit)] = true } else { others.insert(unit) }
        }
    }

    /// Whether a unit may start at `unit` in a case-insensitive match.
    func mayStart(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return ascii[Int(unit)] || (anyLetter && (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A)
        }
        return others.contains(unit) || RegexUnitClass.foldsBeyondASCII(unit)
    }

    /// True when a digit is followed by a unit's start, directly or after one space or hyphen.
    func mayFollowNumber(in utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                guard RegexUnitClass.mayBeDigit(units[index]) else { return false }
                let next = units.unit(at: index + 1)
                if mayStart(next) { return true }
                return (RegexUnitClass.mayBeSpace(next) || next == 0x2D) && mayStart(units.unit(at: index + 2))
            }
        }
    }
}
