/// Arabic letters folded for matching as Arabic search engines fold them (Larkey, Ballesteros & Connell, "Light
/// Stemming for Arabic Information Retrieval", 2007, the normaliser Lucene's ArabicNormalizer implements): the short
/// vowels, tanween, shadda and sukun (U+064B–U+065F, U+0670) and the tatweel (U+0640) are dropped, an alef with a hamza
/// or madda (أ إ آ) is a bare alef. Agents write "لا تُسترجع" and "لا تسترجع", "إرجاع" and "ارجاع" for the same words,
/// and a phrase lists one of them. Unlike that normaliser, teh marbuta (ة) and alef maksura (ى) stay apart from heh
/// and yeh: they tell words apart that the packs keep apart (MSA بكرة "spool" and Egyptian بكره "tomorrow", على / علي).
///
/// A conjunction written on a negation ("ولا", "فلن", "وليس": Ryding, A Reference Grammar of Modern Standard Arabic,
/// 2005, §18 — و and ف are prefixed to the next word) also starts a word at the negation, so a phrase that begins with
/// it ("لا يمكن", "لا تستبدل") is found after the conjunction.
package enum ArabicFolding {
    /// True when `unit` is in the Arabic block, where folding may change something.
    static func isArabic(_ unit: UInt16) -> Bool { unit >= 0x0600 && unit <= 0x06FF }

    /// Folds the Arabic units of `units[first...]` in place; false when nothing was dropped (the length is the same).
    package static func fold(_ units: inout [UInt16], from first: Int) -> Bool {
        var write = first
        for read in first..<units.count {
            let unit = units[read]
            if isArabic(unit) {
                if (unit >= 0x064B && unit <= 0x065F) || unit == 0x0670 || unit == 0x0640 { continue }
                units[write] = folded(unit)
            } else {
                units[write] = unit
            }
            write += 1
        }
        let dropped = write < units.count
        units.removeSubrange(write...)
        return dropped
    }

    private static func folded(_ unit: UInt16) -> UInt16 {
        unit == 0x0622 || unit == 0x0623 || unit == 0x0625 ? 0x0627 : unit  // آ أ إ → ا
    }

    /// The negation particles a conjunction is written on, folded.
    private static let negations: [[UInt16]] = ["لا", "لن", "لم", "ليس", "غير"].map { Array($0.utf16) }

    /// Marks a word start after a conjunction (و, ف) written on a negation particle that ends the word, in folded
    /// `units` ("ولا" and "فلن", not "ولاية").
    package static func markWordStarts(_ units: [UInt16], _ isBoundary: inout [Bool]) {
        let conjunctions: Set<UInt16> = [0x0648, 0x0641]  // و ف
        for index in units.indices.dropLast() where isBoundary[index] && conjunctions.contains(units[index]) {
            let rest = units[(index + 1)...]
            let isNegation = negations.contains { negation in
                let end = index + 1 + negation.count
                return rest.starts(with: negation) && (end == units.count || isBoundary[end])
            }
            if isNegation { isBoundary[index + 1] = true }
        }
    }
}
