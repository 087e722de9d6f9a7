import TactfulData

/// The classes of a Han letter beyond ``LiteralScripts/han``: those of the main exemplar sets of Japanese and of
/// Simplified and Traditional Chinese it is outside of (read with ICU when the binary was built), so that a Japanese
/// draft's automaton leaves out the Chinese phrases written with a letter Japanese does not use (们, 这, 请), and a
/// Chinese draft's those with a letter of the other Chinese script. A Han letter folds to itself, so it keeps its
/// classes; without the embedded sets every Han letter is outside all three, which classes it as `.han` alone did.
enum HanExemplarClasses {
    /// The Han blocks: the letters ``LiteralScripts/han`` holds.
    static let blocks: [ClosedRange<UInt32>] = [first...0x4DBF, 0x4E00...0x9FFF]
    /// The languages whose sets class Han letters, and the class of being outside each.
    private static let languages: [(tag: String, outside: LiteralScripts)] = [
        ("ja", .hanOutsideJapanese), ("zh-Hans", .hanOutsideSimplified), ("zh-Hant", .hanOutsideTraditional),
    ]
    /// The first Han letter: the first value ``table`` covers.
    private static let first: UInt32 = 0x3400

    /// The classes of every value from the first Han letter to the last (the 64 symbols between the blocks are in
    /// no class), made on first use from the embedded sets: one lookup per letter, as every literal's letters are
    /// classed.
    private static let table: [LiteralScripts] = {
        let outsideAll = languages.reduce(LiteralScripts.han) { $0.union($1.outside) }
        // Filled whole, then the values between the blocks emptied: walking the blocks' 27,000 letters one by one
        // cost as much as the rest of the table.
        var table = [LiteralScripts](
            repeating: outsideAll, count: Int(blocks[blocks.count - 1].upperBound - first) + 1)
        for (block, next) in zip(blocks, blocks.dropFirst()) {
            for value in (block.upperBound + 1)..<next.lowerBound { table[Int(value - first)] = [] }
        }
        // A value between the blocks is in no class, so removing a class from it changes nothing: the table's
        // bounds are the only test.
        for language in languages {
            for scalar in (BuiltInData.hanExemplars(language.tag) ?? "").unicodeScalars {
                let index = Int(scalar.value) &- Int(first)
                if table.indices.contains(index) { table[index].remove(language.outside) }
            }
        }
        return table
    }()

    /// `.han` and the classes of the sets the letter `value` of the Han blocks is outside of (nothing for a value
    /// outside the blocks).
    static func classes(of value: UInt32) -> LiteralScripts {
        let index = Int(value) &- Int(first)
        return table.indices.contains(index) ? table[index] : []
    }
}
