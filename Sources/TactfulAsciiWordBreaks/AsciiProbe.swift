/// The probe texts of the ASCII breakers: where a locale's rules differ from the root rules for an ASCII text, they
/// differ on a text that puts every ASCII character in the contexts those rules read.
enum AsciiProbe {
    /// Every ASCII unit between the left and the right side of each of `contexts`, doubled (a space as " .") and
    /// alone: `left u u right` and `left u right`, the two separated by a space and followed by a line feed.
    static func text(contexts: [(left: String, right: String)]) -> [UInt16] {
        let contexts = contexts.map { (left: Array($0.left.utf16), right: Array($0.right.utf16)) }
        var text: [UInt16] = []
        text.reserveCapacity(0x80 * contexts.count * 16)
        for unit in UInt16(0)..<0x80 {
            for (left, right) in contexts {
                text.append(contentsOf: left)
                text.append(unit)
                text.append(unit == 0x20 ? 0x2E : unit)
                text.append(contentsOf: right)
                text.append(0x20)
                text.append(contentsOf: left)
                text.append(unit)
                text.append(contentsOf: right)
                text.append(0x0A)
            }
        }
        return text
    }
}
