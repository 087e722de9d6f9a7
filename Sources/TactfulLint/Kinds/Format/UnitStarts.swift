/// How a unit of ``UnitsCheck``'s case-insensitive regex may begin, and the test every match of it passes
/// (`\d+(?:[.,]\d+)?[\s-]?` and then a unit): a digit followed by a unit's first two characters, directly or after one
/// space or hyphen. A draft without one compiles and runs nothing. Two characters, not one: a day count ("14 días",
/// "14 giorni", "14 days") starts like "degrees Fahrenheit" or "gallons", and compiling the regex for it (with ICU's
/// static sets, the first regex of a run) was 11–15M instructions of a one-draft lint.
struct UnitStarts: Sendable {
    /// Pairs of units (first << 16 | second) that may begin a unit, both cases of each ASCII letter.
    private var pairs: Set<UInt32> = []
    /// Units after which any unit may follow: a one-character form ("″", "g", "吋"), or a first character whose
    /// second is not compared (beyond ASCII and cased or changed by case folding, where ICU's folding may match
    /// other characters than its case forms).
    private var firstOnly: Set<UInt16> = []
    /// A name starts with a cased letter beyond ASCII: its full case folding may start with an ASCII letter (ß reads
    /// "ss"), so every ASCII letter and every unit that folds to another may start one, followed by anything.
    private var anyLetter = false

    /// The beginnings of the English and symbol forms (`symbols`: one or two characters each, separated by spaces,
    /// letters in either case) and the names of the units in the market's languages (`names`).
    init(symbols: String, names: [String]) {
        for beginning in symbols.split(separator: " ") {
            var scalars = beginning.unicodeScalars.makeIterator()
            if let first = scalars.next() { add(first, scalars.next()) }
        }
        for name in names {
            var scalars = name.unicodeScalars.makeIterator()
            guard let first = scalars.next() else { continue }
            if !first.isASCII, first.properties.isCased || first.properties.changesWhenCaseFolded { anyLetter = true }
            add(first, scalars.next())
        }
    }

    /// Whether ICU matches `scalar` only with its own case forms: an ASCII character, or one beyond ASCII that has no
    /// case and that case folding leaves alone (Arabic, CJK, Thai, Hangul).
    private static func isCompared(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (!scalar.properties.isCased && !scalar.properties.changesWhenCaseFolded)
    }

    /// The UTF-16 units that begin `scalar`'s case forms (an ASCII letter's two cases without making strings: a
    /// market's unit names are read at every run).
    private static func forms(_ scalar: Unicode.Scalar) -> [UInt16] {
        guard scalar.isASCII else {
            let text = String(scalar)
            return [text, text.lowercased(), text.uppercased()].compactMap { $0.utf16.first }
        }
        let unit = UInt16(scalar.value), lower = UInt16(scalar.value) | 0x20
        return (0x61...0x7A).contains(lower) ? [lower, lower & ~0x20] : [unit]
    }

    private mutating func add(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
        guard let second, Self.isCompared(first), Self.isCompared(second) else {
            firstOnly.formUnion(Self.forms(first))
            return
        }
        let seconds = Self.forms(second)
        for one in Self.forms(first) {
            for two in seconds { pairs.insert(UInt32(one) << 16 | UInt32(two)) }
        }
    }

    /// Whether a unit may begin at `index` in a case-insensitive match: a unit beyond ASCII that changes when
    /// case-folded (or half of a surrogate pair) may be anything ICU folds; otherwise the pair there, or its first.
    private func mayBegin(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        let first = units.unit(at: index), second = units.unit(at: index + 1)
        if RegexUnitClass.foldsBeyondASCII(first) || firstOnly.contains(first) { return true }
        if anyLetter && first < 0x80 && (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A { return true }
        return RegexUnitClass.foldsBeyondASCII(second) || pairs.contains(UInt32(first) << 16 | UInt32(second))
    }

    /// True when a digit is followed by a unit's beginning, directly or after one space or hyphen.
    func mayFollowNumber(in utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            units.indices.contains { index in
                guard RegexUnitClass.mayBeDigit(units[index]) else { return false }
                if mayBegin(units, at: index + 1) { return true }
                let next = units.unit(at: index + 1)
                return (RegexUnitClass.mayBeSpace(next) || next == 0x2D) && mayBegin(units, at: index + 2)
            }
        }
    }
}
