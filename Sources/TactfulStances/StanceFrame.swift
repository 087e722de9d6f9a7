/// A stance written with words between its parts ("Da kann ich leider nichts mehr machen", "Nous ne pouvons donc pas
/// vous rembourser"): slots of alternative words that must all occur, in order, in one clause (commas end a clause).
/// Written in `Glossaries/phrasing/stances.yml` under a family's `frames:` as
/// `"kann|können + ich|wir|man + nichts|nix + machen|tun"`; a word may be a `*` stem as in `phrases`.
package struct StanceFrame: Sendable, Equatable {
    /// The slots in order; each slot's alternatives.
    package let slots: [[String]]

    /// A frame of `slots`.
    package init(slots: [[String]]) { self.slots = slots }

    /// Reads `"a|b + c + d|e"`; nil when a slot is empty or there are fewer than two. An alternative's words are
    /// joined by single spaces. One pass over the characters (splitting on `+`, then `|`, then spaces walked each
    /// frame three times, a third of reading the stances).
    package init?(_ text: String) {
        var slots: [[String]] = [], slot: [String] = []
        var alternative = "", word = ""
        var slotHasText = false
        func endWord() {
            guard !word.isEmpty else { return }
            alternative += alternative.isEmpty ? word : " " + word
            word = ""
        }
        func endAlternative() {
            endWord()
            if !alternative.isEmpty { slot.append(alternative) }
            alternative = ""
        }
        func endSlot() {
            endAlternative()
            if slotHasText { slots.append(slot) }
            (slot, slotHasText) = ([], false)
        }
        for character in text {
            let ascii = character.asciiValue
            if ascii == UInt8(ascii: "+") {
                endSlot()
                continue
            }
            slotHasText = true
            if ascii == UInt8(ascii: "|") {
                endAlternative()
            } else if ascii.map({ $0 == 0x20 || (0x09...0x0D).contains($0) }) ?? character.isWhitespace {
                endWord()
            } else {
                word.append(character)
            }
        }
        endSlot()
        guard slots.count >= 2, !slots.contains(where: \.isEmpty) else { return nil }
        self.slots = slots
    }

    /// The span from the first slot's word to the last's, when every slot of a frame has a word in `clause`, in
    /// order (`found[slot]`: the ranges of that slot's words in the text).
    package static func match(in clause: Range<Int>, found: [[Range<Int>]]) -> Range<Int>? {
        var position = clause.lowerBound, start: Int?
        for ranges in found {
            guard
                let next = ranges.filter({ $0.lowerBound >= position && $0.upperBound <= clause.upperBound })
                    .min(by: { $0.lowerBound < $1.lowerBound })
            else { return nil }
            start = start ?? next.lowerBound
            position = next.upperBound
        }
        return start.map { $0..<position }
    }
}
