/// French and Italian elision: an article, pronoun or conjunction that drops its vowel before a vowel is written
/// with an apostrophe and no space ("l'Action de grâce", "d'argent", "qu'il", "dell'ordine", "un'altra"), and ICU's
/// word break (UAX #29: the apostrophe joins letters) keeps the two as one word. For matching, the word after such a
/// prefix starts a word too, so a phrase that starts with a vowel ("Action de grâce", "ordine") is found after it.
/// Forms: Grevisse & Goosse, Le Bon Usage §44–46 (l', d', j', m', n', s', t', c', qu', jusqu', lorsqu', puisqu',
/// quoiqu', presqu'); Serianni, Grammatica italiana I.68–72 (l', un', dell', all', dall', nell', sull', coll',
/// quell', bell', sant', tutt', c', d', m', t', s', v', po').
package enum Elision {
    private static let prefixes: Set<[UInt16]> = Set(
        [
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
            "un", "dell", "all", "dall", "nell", "sull", "coll", "quell", "bell", "sant", "tutt", "v",
        ].map { Array($0.utf16) })
    private static let longest = 6

    /// Marks a word start after each elided prefix in folded (lower-case, straight-apostrophe) `units`.
    package static func markWordStarts(_ units: [UInt16], _ isBoundary: inout [Bool]) {
        guard holdsApostrophe(units) else { return }
        var index = 1
        while index + 1 < units.count {
            defer { index += 1 }
            guard units[index] == 0x27, !isBoundary[index + 1], isLetter(units[index + 1]) else { continue }
            var start = index - 1
            while start > 0, !isBoundary[start], index - start < longest { start -= 1 }
            if isBoundary[start], prefixes.contains(Array(units[start..<index])) { isBoundary[index + 1] = true }
        }
    }

    /// True when `units` holds an apostrophe (most drafts do not): compared without an early exit, so the compiler
    /// vectorises the loop.
    private static func holdsApostrophe(_ units: [UInt16]) -> Bool {
        units.withUnsafeBufferPointer { units in
            var found: UInt8 = 0
            for unit in units { found |= unit == 0x27 ? 1 : 0 }
            return found != 0
        }
    }

    private static func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xC0 && unit <= 0x24F)
    }
}
