/// What a text must hold for a regex to be worth running: one of some characters (`requires-char:` of a pattern
/// rule) or one of some short texts (`requires-text:`, case-sensitive: `XXX`, `TODO`, `___`). Characters are
/// looked up in the document's unit sets in constant time; a text is searched only when each of its units and
/// adjacent pairs is present, from its anchor unit. Used by pattern rules and by the placeholder scope derived from them.
/// One shared instance per rule (a class: rules and the placeholder scope pass it around per draft).
final class CharacterPrefilter: Sendable {
    let ascii: AsciiSet
    let others: [UInt16]
    let texts: [[UInt16]]
    /// For each text, the offset of the unit it is looked for by: its first unit that is neither a letter nor a digit
    /// (`/` in `Frau/`, `.` in `x.x`), which most drafts lack, else its first unit.
    let anchors: [Int]
    /// The ASCII anchor units, as a set.
    let asciiAnchors: AsciiSet
    /// Identifies the prefilter within a process, densely from 0, by the regex it guards: a placeholder rule and the
    /// placeholder scope (the same regex) share one verdict per document.
    let id: Int

    private static let ids = KeyRegistry()

    /// How many prefilter ids exist so far (every id is below it).
    static var idCount: Int { ids.count }

    /// A prefilter for `characters` and `texts`, guarding the regex `regex`; nil when neither is given or a character
    /// is outside the Basic Multilingual Plane.
    init?(characters: String?, texts: [String] = [], guarding regex: String) {
        let units = Array((characters ?? "").utf16)
        guard !units.isEmpty || !texts.isEmpty,
            units.allSatisfy({ !UTF16.isLeadSurrogate($0) && !UTF16.isTrailSurrogate($0) })
        else { return nil }
        ascii = AsciiSet(units: units)
        others = units.filter { $0 >= 0x80 }
        self.texts = texts.map { Array($0.utf16) }.filter { !$0.isEmpty }
        let anchors = self.texts.map { text in
            text.firstIndex {
                $0 < 0x80 && !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0)
            } ?? 0
        }
        self.anchors = anchors
        let anchorUnits = zip(self.texts, anchors).map { $0[$1] }
        asciiAnchors = AsciiSet(units: anchorUnits)
        id = Self.ids.key(for: regex)
    }

    /// True when `document` holds one of the characters or texts. Allocates nothing beyond the document's unit sets
    /// (made once per draft): it runs for every pattern rule on every draft.
    func occurs(in document: Document) -> Bool {
        let present = document.presentASCII
        if present.intersects(ascii) { return true }
        // An all-ASCII text (the set records any non-ASCII unit as DEL, see `Document`) cannot hold the others.
        let asciiOnly = !present.contains(AsciiSet.nonASCIIMarker)
        guard !asciiOnly || present.intersects(asciiAnchors) else { return false }
        if !asciiOnly, !others.isEmpty, others.contains(where: document.wideUnits.contains) { return true }
        return document.utf16.withUnsafeBufferPointer { units in
            for (text, anchor) in zip(texts, anchors) {
                // Searched for only when every unit of it, and every pair of adjacent units, occurs in the draft.
                guard
                    text.allSatisfy({ $0 < 0x80 ? present.contains($0) : !asciiOnly && document.wideUnits.contains($0) }
                    ),
                    document.bigrams.mayHold(text)
                else { continue }
                let anchorUnit = text[anchor]
                var index = anchor
                while index + text.count - anchor <= units.count {
                    if units[index] == anchorUnit {
                        let start = index - anchor
                        var offset = 0
                        while offset < text.count, units[start + offset] == text[offset] { offset += 1 }
                        if offset == text.count { return true }
                    }
                    index += 1
                }
            }
            return false
        }
    }
}
