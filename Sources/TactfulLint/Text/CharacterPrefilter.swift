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
        anchors = self.texts.map { text in
            text.firstIndex { $0 < 0x80 && !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) } ?? 0
        }
    }

    /// True when the text (its ASCII set and its units) holds one of the characters or texts.
    func occurs(present: AsciiSet, in utf16: [UInt16]) -> Bool {
        if present.intersects(ascii) { return true }
        // An all-ASCII text (the set records any non-ASCII unit as DEL, see `Document`) cannot hold the others.
        let asciiOnly = !present.contains(AsciiSet.nonASCIIMarker)
        if asciiOnly, texts.isEmpty { return false }
        let others = asciiOnly ? [] : self.others
        let candidates = texts.indices.filter { index in
            let anchor = texts[index][anchors[index]]
            return anchor < 0x80 ? present.contains(anchor) : !asciiOnly
        }
        guard !others.isEmpty || !candidates.isEmpty else { return false }
        let asciiAnchors = AsciiSet(units: candidates.map { texts[$0][anchors[$0]] })
        let otherAnchors = candidates.map { texts[$0][anchors[$0]] }.filter { $0 >= 0x80 }
        return utf16.withUnsafeBufferPointer { units in
            for index in 0..<units.count {
                let unit = units[index]
                if unit < 0x80 {
                    if !asciiAnchors.contains(unit) { continue }
                } else {
                    if others.contains(unit) { return true }
                    if !otherAnchors.contains(unit) { continue }
                }
                for candidate in candidates where texts[candidate][anchors[candidate]] == unit {
                    let text = texts[candidate], start = index - anchors[candidate]
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
