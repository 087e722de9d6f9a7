/// The currency names of a market, by length in UTF-16 units, for lookups around a number in a draft
/// (``CurrencyCheck``): "30 dólares", "RM 45".
struct CurrencyNameTable: Sendable {
    /// Name → the currencies it may mean (``CurrencyNames/table(languages:)``).
    let table: [String: [String]]

    /// The same names as UTF-16 units, looked up in the draft's own units: making a `String` of every candidate
    /// length after every number cost a Spanish one-draft lint 1.5M instructions (generic UTF-16 decoding).
    let byUnits: [[UInt16]: [String]]
    let lengths: [Int]
    let symbolLengths: [Int]

    /// The first two UTF-16 units of every name (ASCII letters lowercased), and the last two of every short
    /// symbol: most numbers are followed by nothing that starts a name, and are passed after one lookup.
    let heads: Set<UInt32>
    let tails: Set<UInt32>

    init(_ table: [String: [String]]) {
        self.table = table
        byUnits = Dictionary(uniqueKeysWithValues: table.map { (Array($0.key.utf16), $0.value) })
        lengths = Set(table.keys.map(\.utf16.count)).sorted(by: >)
        symbolLengths = Set(table.keys.filter { $0.count <= 3 }.map(\.utf16.count)).sorted(by: >)
        heads = Set(table.keys.map { Self.pair(Array($0.utf16), 0) })
        tails = Set(table.keys.filter { $0.count <= 3 }.map { Array($0.utf16) }.map { Self.pair($0, $0.count - 2) })
    }

    /// Two units from `index` (a missing one as 0), ASCII letters lowercased.
    static func pair(_ units: [UInt16], _ index: Int) -> UInt32 {
        func unit(_ at: Int) -> UInt32 {
            guard at >= 0, at < units.count else { return 0 }
            let value = units[at]
            return UInt32(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        }
        return unit(index) << 16 | unit(index + 1)
    }

    /// The longest name at `offset` of the draft (forward: starting there; backward: ending there, short symbols
    /// only, as written) with its length; a name in a cased script must end (or start) a word.
    func match(_ document: Document, at offset: Int, forward: Bool) -> (Int, [String])? {
        let units = document.utf16
        if forward {
            guard heads.contains(Self.pair(units, offset)) || heads.contains(Self.pair(units, offset) & 0xFFFF_0000)
            else { return nil }
        } else {
            guard tails.contains(Self.pair(units, offset - 2)) || tails.contains(Self.pair(units, offset - 1) >> 16)
            else {
                return nil
            }
        }
        for length in forward ? lengths : symbolLengths {
            let range = forward ? offset..<(offset + length) : (offset - length)..<offset
            guard range.lowerBound >= 0, range.upperBound <= units.count,
                let codes = codes(at: range, of: document, lowercasing: forward)
            else { continue }
            let text = document.string(range)
            let outside = forward ? range.upperBound : range.lowerBound - 1
            if outside >= 0, outside < units.count, let edge = Unicode.Scalar(units[outside]),
                edge.properties.isAlphabetic, (forward ? text.last : text.first)?.isCased == true
            {
                continue
            }
            return (length, codes)
        }
        return nil
    }

    /// The currencies of the name the draft spells at `range`: the table's entry for its text, or (`lowercasing`,
    /// names over three characters) for its text lowercased. Its units are looked up as they are; a `String` is made
    /// only when they hold a letter that lowercasing changes or a unit from U+0300 on (a combining mark, a script
    /// whose text may be written in another normalization form), where `String` comparison may still find a name.
    private func codes(at range: Range<Int>, of document: Document, lowercasing: Bool) -> [String]? {
        let units = document.utf16[range]
        if let codes = byUnits[Array(units)] { return codes }
        let plain = units.allSatisfy { unit in
            unit < 0x41 || (unit > 0x5A && unit < 0x80)
                || (unit >= 0x80 && unit < 0x300
                    && Unicode.Scalar(unit).map { !$0.properties.changesWhenLowercased } == true)
        }
        if plain { return nil }
        let text = document.string(range)
        return table[text] ?? (lowercasing && text.count > 3 ? table[text.lowercased()] : nil)
    }
}
