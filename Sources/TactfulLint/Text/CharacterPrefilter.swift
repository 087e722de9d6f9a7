/// What a text must hold for a regex to be worth running: one of some characters (`requires-char:` of a pattern
/// rule) or one of some short texts (`requires-text:`, case-sensitive: `XXX`, `TODO`, `___`). ASCII characters are
/// looked up in the document's ASCII set in constant time, others by one scan; a text is searched only when its
/// first character is present. Used by pattern rules and by the placeholder scope derived from them.
struct CharacterPrefilter: Sendable {
    let ascii: AsciiSet
    let others: [UInt16]
    let texts: [[UInt16]]
    /// For each text, the offset of the unit it is looked for by: its first unit that is neither a letter nor a digit
    /// (`/` in `Frau/`, `.` in `x.x`), which most drafts lack, else its first unit.
    let anchors: [Int]
    /// The anchor units, ASCII ones as a set.
    let asciiAnchors: AsciiSet
    let otherAnchors: [UInt16]
    /// Identifies the prefilter within a process: the hash of the regex it guards, so that a placeholder rule and the
    /// placeholder scope (the same regex) share one verdict per document.
    var id = 0

    /// A prefilter for `characters` and `texts`; nil when neither is given or a character is outside the Basic
    /// Multilingual Plane.
    init?(characters: String?, texts: [String] = []) {
        let units = Array((characters ?? "").utf16)
        guard !units.isEmpty || !texts.isEmpty,
            units.allSatisfy({ !UTF16.isLeadSurrogate($0) && !UTF16.isTrailSurrogate($0) })
        else { return nil }
        ascii = AsciiSet(units: units)
        others = units.filter { $0 >= 0x80 }
        self.texts = texts.map { Array($0.utf16) }.filter { !$0.isEmpty }
        let anchors = self.texts.map { text in
            text.firstIndex { $0 < 0x80 && !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) } ?? 0
        }
        self.anchors = anchors
        let anchorUnits = zip(self.texts, anchors).map { $0[$1] }
        asciiAnchors = AsciiSet(units: anchorUnits)
        otherAnchors = anchorUnits.filter { $0 >= 0x80 }
    }

    /// True when the text (its ASCII set and its units) holds one of the characters or texts, in at most one pass
    /// over it. Allocates nothing: it runs for every pattern rule on every draft.
    func occurs(present: AsciiSet, in utf16: [UInt16]) -> Bool {
        if present.intersects(ascii) { return true }
        // An all-ASCII text (the set records any non-ASCII unit as DEL, see `Document`) cannot hold the others.
        let asciiOnly = !present.contains(AsciiSet.nonASCIIMarker)
        let lookForOthers = !asciiOnly && (!others.isEmpty || !otherAnchors.isEmpty)
        guard lookForOthers || present.intersects(asciiAnchors) else { return false }
        return utf16.withUnsafeBufferPointer { units in
            for index in 0..<units.count {
                let unit = units[index]
                if unit < 0x80 {
                    guard asciiAnchors.contains(unit) else { continue }
                } else {
                    guard lookForOthers else { continue }
                    if others.contains(unit) { return true }
                    guard otherAnchors.contains(unit) else { continue }
                }
                for (which, text) in texts.enumerated() where text[anchors[which]] == unit {
                    let start = index - anchors[which]
                    guard start >= 0, start + text.count <= units.count else { continue }
                    var offset = 0
                    while offset < text.count, units[start + offset] == text[offset] { offset += 1 }
                    if offset == text.count { return true }
                }
            }
            return false
        }
    }
}
