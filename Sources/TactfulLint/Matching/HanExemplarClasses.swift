import TactfulData

/// The classes of a Han letter beyond ``LiteralScripts/han``: those of the main exemplar sets of Japanese and of
/// Simplified and Traditional Chinese it is outside of (read with ICU when the binary was built), so that a Japanese
/// draft's automaton leaves out the Chinese phrases written with a letter Japanese does not use (们, 这, 请), and a
/// Chinese draft's those with a letter of the other Chinese script. A Han letter folds to itself, so it keeps its
/// classes; without the embedded sets every Han letter is outside all three, which classes it as `.han` alone did.
enum HanExemplarClasses {
    /// The Han blocks, in order: the letters ``LiteralScripts/han`` holds.
    static let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF]
    /// The languages whose sets class Han letters, and the class of being outside each.
    private static let languages: [(tag: String, outside: LiteralScripts)] = [
        ("ja", .hanOutsideJapanese), ("zh-Hans", .hanOutsideSimplified), ("zh-Hant", .hanOutsideTraditional),
    ]

    /// Bit `i` of a letter's byte: the letter is outside the set of `languages[i]`. One byte per letter of the
    /// blocks, in order; made on first use from the embedded sets.
    private static let outside: [UInt8] = {
        var outside = [UInt8](repeating: UInt8(1 << languages.count) - 1, count: blocks.map(\.count).reduce(0, +))
        for (bit, language) in languages.enumerated() {
            for scalar in (BuiltInData.hanExemplars(language.tag) ?? "").unicodeScalars {
                guard let index = index(of: scalar.value) else { continue }
                outside[index] &= ~UInt8(1 << bit)
            }
        }
        return outside
    }()

    /// The classes of each byte of ``outside``: `.han` and those of its bits.
    private static let classesOfBits: [LiteralScripts] = (0..<(1 << languages.count)).map { bits in
        var classes = LiteralScripts.han
        for (bit, language) in languages.enumerated() where bits & (1 << bit) != 0 {
            classes.formUnion(language.outside)
        }
        return classes
    }

    /// `.han` and the classes of the sets the letter `value` of the Han blocks is outside of (nothing for a value
    /// outside the blocks).
    static func classes(of value: UInt32) -> LiteralScripts {
        guard let index = index(of: value) else { return [] }
        return classesOfBits[Int(outside[index])]
    }

    /// The position of `value` among the letters of the blocks, nil outside them.
    private static func index(of value: UInt32) -> Int? {
        var offset = 0
        for block in blocks {
            if block.contains(value) { return offset + Int(value - block.lowerBound) }
            offset += block.count
        }
        return nil
    }
}
