import TactfulLiteralBoundaries
import TactfulYAML

/// What the stance kind looks for, compiled from the families: every family's phrases, then its exceptions, then
/// its frames' slot words, `*` stems cut, each with the word boundaries it must meet and its role. tactful-embed
/// compiles the built-in families when the binary is built (``encoded``), so that a run reads the four thousand
/// phrases' texts and boundaries as two copies of bytes instead of walking every phrase (``decode(_:)``).
package struct StanceLiterals: Equatable, Sendable {
    /// What a listed text is: a family's phrase, an exception, or a word of a frame's slot (frames numbered across
    /// the families, in order).
    package enum Role: Equatable, Sendable { case phrase(family: Int), except, slot(frame: Int, slot: Int) }

    /// The texts and their boundaries.
    package private(set) var phrases = BoundedPhrases()
    /// Each text's role.
    package private(set) var roles: [Role] = []

    /// The literals of `families`, in order.
    package init(_ families: [StanceFamily]) {
        var frameCount = 0
        for (index, family) in families.enumerated() {
            family.phrases.forEachUTF8 { phrases.appendWritten(utf8: $0) }
            family.except.forEachUTF8 { phrases.appendWritten(utf8: $0) }
            roles += repeatElement(.phrase(family: index), count: family.phrases.count)
            roles += repeatElement(.except, count: family.except.count)
            for frame in family.frames {
                for (slot, words) in frame.slots.enumerated() {
                    for word in words { phrases.appendWritten(word) }
                    roles += repeatElement(.slot(frame: frameCount, slot: slot), count: words.count)
                }
                frameCount += 1
            }
        }
    }

    private init(phrases: BoundedPhrases, roles: [Role]) { (self.phrases, self.roles) = (phrases, roles) }

    /// The literals as three texts, embedded apart so that a run copies the four thousand texts at once and walks no
    /// line of them: `texts`, joined by the unit separator (U+001F); `flags`, a digit a text; `roles`, a line per run
    /// of one role, `p TAB family TAB count`, `e TAB count` or `s TAB frame TAB slot TAB count`. Nil when a text holds
    /// a unit separator.
    package var encoded: (texts: String, flags: String, roles: String)? {
        let texts = Array(phrases.texts)
        guard !texts.contains(where: { $0.unicodeScalars.contains("\u{1F}") }) else { return nil }
        var lines: [String] = []
        var start = 0
        while start < roles.count {
            var end = start + 1
            while end < roles.count, roles[end] == roles[start] { end += 1 }
            switch roles[start] {
            case .phrase(let family): lines.append("p\t\(family)\t\(end - start)")
            case .except: lines.append("e\t\(end - start)")
            case .slot(let frame, let slot): lines.append("s\t\(frame)\t\(slot)\t\(end - start)")
            }
            start = end
        }
        return (texts.joined(separator: "\u{1F}"), phrases.encodedFlags, lines.joined(separator: "\n"))
    }

    /// The literals of the three ``encoded`` texts; nil when they are malformed or disagree in count.
    package static func decode(_ encoded: (texts: String, flags: String, roles: String)) -> StanceLiterals? {
        let flags = Array(encoded.flags.utf8)
        var texts = TextTable()
        if !flags.isEmpty {  // an empty list joins to the text of a list of one empty text
            var joined = encoded.texts
            joined.withUTF8 { _ = texts.append(joined: $0, separator: 0x1F) }
        }
        var roles: [Role] = []
        roles.reserveCapacity(flags.count)
        var rolesText = encoded.roles
        let complete = rolesText.withUTF8 { bytes in
            bytes.isEmpty
                || EncodedLine.read(bytes) { line in
                    switch line.count {
                    case 3 where line.field(0, is: "p"):
                        guard let family = line.integer(1), let count = line.integer(2) else { return false }
                        roles += repeatElement(.phrase(family: family), count: count)
                    case 2 where line.field(0, is: "e"):
                        guard let count = line.integer(1) else { return false }
                        roles += repeatElement(.except, count: count)
                    case 4 where line.field(0, is: "s"):
                        guard let frame = line.integer(1), let slot = line.integer(2), let count = line.integer(3)
                        else { return false }
                        roles += repeatElement(.slot(frame: frame, slot: slot), count: count)
                    default: return false
                    }
                    return true
                }
        }
        guard complete, roles.count == flags.count, let phrases = BoundedPhrases(texts: texts, flags: flags) else {
            return nil
        }
        return StanceLiterals(phrases: phrases, roles: roles)
    }
}
