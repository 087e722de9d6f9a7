/// A stance written with words between its parts ("Da kann ich leider nichts mehr machen", "Nous ne pouvons donc pas
/// vous rembourser"): slots of alternative words that must all occur, in order, in one clause (commas end a clause).
/// Written in `Glossaries/phrasing/stances.yml` under a family's `frames:` as
/// `"kann|können + ich|wir|man + nichts|nix + machen|tun"`; a word may be a `*` stem as in `phrases`.
struct StanceFrame: Sendable, Equatable {
    /// The slots in order; each slot's alternatives.
    let slots: [[String]]

    /// Reads `"a|b + c + d|e"`; nil when a slot is empty or there are fewer than two.
    init?(_ text: String) {
        let slots = text.split(separator: "+").map { slot in
            slot.split(separator: "|").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter {
                !$0.isEmpty
            }
        }
        guard slots.count >= 2, !slots.contains(where: \.isEmpty) else { return nil }
        self.slots = slots
    }

    /// The span from the first slot's word to the last's, when every slot has a word in `clause`, in order
    /// (`found[slot]`: the ranges of that slot's words in the text).
    func match(in clause: Range<Int>, found: [[Range<Int>]]) -> Range<Int>? {
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
