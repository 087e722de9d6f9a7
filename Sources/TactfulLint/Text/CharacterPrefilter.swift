/// What a text must hold for a regex to be worth running: one of some characters (`requires-char:` of a pattern
/// rule), one of some short texts (`requires-text:`, case-sensitive: `XXX`, `TODO`, `___`), or one of some
/// characters with an ASCII letter after it before the next closing parenthesis (`requires-char-with-latin:`: `（` or
/// `(` opening an English instruction, not an order number's `(#123456)`). Characters are
/// looked up in the document's unit sets in constant time; a text is searched only when each of its units and
/// adjacent pairs is present, from its anchor unit. Used by pattern rules and by the placeholder scope derived from them.
/// One shared instance per rule (a class: rules and the placeholder scope pass it around per draft).
final class CharacterPrefilter: Sendable {
    let ascii: AsciiSet
    let others: [UInt16]
    /// The texts, each with what a draft must hold for it to be searched for.
    private let texts: [Needle]
    /// `texts[i].asciiUnits`, apart: the first test of every text, read without retaining a needle's arrays.
    private let textASCII: [AsciiSet]
    /// The ASCII anchor units (``Needle/anchor``), as a set.
    let asciiAnchors: AsciiSet
    /// The `requires-char-with-latin` characters beyond ASCII: each counts only where an ASCII letter follows it
    /// before the next `)` or `）` (``latinLetterFollows(in:)``).
    private let withLatin: [UInt16]
    /// The ASCII ones (`(` before an English verb, not in a Korean reply's `상품(#123456)` or an Indonesian one's
    /// `Pesanan Anda (#123456) telah dikirim`), as a set.
    private let withLatinASCII: AsciiSet
    /// Identifies the prefilter within a process, densely from 0, by the regex it guards: a placeholder rule and the
    /// placeholder scope (the same regex) share one verdict per document.
    let id: Int

    private static let ids = KeyRegistry()

    /// How many prefilter ids exist so far (every id is below it).
    static var idCount: Int { ids.count }

    /// A `requires-text` text, with its units sorted out once: the ASCII ones as a set and the others in a list, so
    /// that a draft lacking one of them rules the text out in a few instructions (most drafts, most texts: this
    /// runs for every pattern rule on every draft).
    private struct Needle: Sendable {
        let units: [UInt16]
        /// The offset of the unit it is looked for by: its first unit that is neither a letter nor a digit (`/` in
        /// `Frau/`, `.` in `x.x`), which most drafts lack, else its first unit.
        let anchor: Int
        let asciiUnits: AsciiSet
        let wideUnits: [UInt16]

        init(_ units: [UInt16]) {
            self.units = units
            anchor =
                units.firstIndex {
                    $0 < 0x80 && !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0)
                        && !(0x61...0x7A).contains($0)
                } ?? 0
            asciiUnits = AsciiSet(units: units)
            wideUnits = units.filter { $0 >= 0x80 }
        }
    }

    /// A prefilter for `characters`, `texts` and `charactersWithLatin`, guarding the regex `regex`; nil when none is
    /// given or a character is outside the Basic Multilingual Plane.
    init?(characters: String?, texts: [String] = [], charactersWithLatin: String? = nil, guarding regex: String) {
        let units = Array((characters ?? "").utf16), withLatin = Array((charactersWithLatin ?? "").utf16)
        guard !units.isEmpty || !texts.isEmpty || !withLatin.isEmpty,
            (units + withLatin).allSatisfy({ !UTF16.isLeadSurrogate($0) && !UTF16.isTrailSurrogate($0) })
        else { return nil }
        self.withLatin = withLatin.filter { $0 >= 0x80 }
        withLatinASCII = AsciiSet(units: withLatin.filter { $0 < 0x80 })
        ascii = AsciiSet(units: units)
        others = units.filter { $0 >= 0x80 }
        self.texts = texts.map { Needle(Array($0.utf16)) }.filter { !$0.units.isEmpty }
        textASCII = self.texts.map(\.asciiUnits)
        asciiAnchors = AsciiSet(units: self.texts.map { $0.units[$0.anchor] })
        id = Self.ids.key(for: regex)
    }

    /// True when `document` holds one of the characters or texts. Allocates nothing beyond the document's unit sets
    /// (made once per draft): it runs for every pattern rule on every draft.
    func occurs(in document: Document) -> Bool {
        let present = document.presentASCII
        if present.intersects(ascii) { return true }
        // An all-ASCII text (the set records any non-ASCII unit as DEL, see `Document`) cannot hold the others.
        let asciiOnly = !present.contains(AsciiSet.nonASCIIMarker)
        if present.intersects(Self.latinLetters),
            present.intersects(withLatinASCII)
                || (!asciiOnly && !withLatin.isEmpty && withLatin.contains(where: document.wideUnits.contains)),
            latinLetterFollows(in: document.utf16)
        {
            return true
        }
        guard !asciiOnly || present.intersects(asciiAnchors) else { return false }
        if !asciiOnly, !others.isEmpty, others.contains(where: document.wideUnits.contains) { return true }
        var bigrams: BigramSet?  // the document's, read once here and only if a text gets that far
        return document.utf16.withUnsafeBufferPointer { units in
            for index in textASCII.indices where present.isSuperset(of: textASCII[index]) {
                // Searched for only when every unit of it, and every pair of adjacent units, occurs in the draft.
                let text = texts[index]
                guard text.wideUnits.isEmpty || (!asciiOnly && text.wideUnits.allSatisfy(document.wideUnits.contains))
                else { continue }
                let pairs = bigrams ?? document.bigrams
                bigrams = pairs
                if pairs.mayHold(text.units), Self.search(text, in: units) { return true }
            }
            return false
        }
    }

    /// True when an ASCII letter follows a `requires-char-with-latin` character in `units` before the next `)` or
    /// `）`: a parenthesis holding an instruction (`(insert link)`, `(Sendungsnummer einfügen)`), not one holding only
    /// an order number (`(#123456)`) with Latin text after it.
    private func latinLetterFollows(in units: [UInt16]) -> Bool {
        var open = false
        for unit in units {
            if unit < 0x80 {
                if withLatinASCII.contains(unit) {
                    open = true
                } else if unit == 0x29 {
                    open = false
                } else if open, Self.latinLetters.contains(unit) {
                    return true
                }
            } else if unit == 0xFF09 {
                open = false
            } else if withLatin.contains(unit) {
                open = true
            }
        }
        return false
    }

    /// The ASCII letters, A–Z and a–z.
    private static let latinLetters = AsciiSet(units: Array(0x41...0x5A) + Array(0x61...0x7A))

    /// True when `units` holds `text`, looked for by its anchor unit. The anchor's last possible offset is worked out
    /// once: worked out at every unit, with overflow checks, it cost three times the unit's comparison.
    private static func search(_ text: Needle, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        let anchor = text.anchor, anchorUnit = text.units[anchor], count = text.units.count
        let lastIndex = units.count - count + anchor
        var index = anchor
        while index <= lastIndex {
            if units[index] == anchorUnit {
                let start = index - anchor
                var offset = 0
                while offset < count, units[start + offset] == text.units[offset] { offset += 1 }
                if offset == count { return true }
            }
            index &+= 1
        }
        return false
    }
}
