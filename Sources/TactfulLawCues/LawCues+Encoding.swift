import TactfulYAML

extension LawCues {
    /// The cues as one text, in order: a line per run of words of one language and role,
    /// `w TAB language TAB role TAB words`, the words joined by the unit separator (U+001F, which YAML text cannot
    /// hold: a run becomes a ``TextTable`` by one copy), then a line per duration name, `d TAB name TAB unit`; nil
    /// when a field holds a tab, a line break or a unit separator.
    package func encoded() -> String? {
        var lines: [[String]] = []
        for word in words {
            if let last = lines.last, last[1] == word.language, last[2] == word.role.rawValue {
                lines[lines.count - 1][3] += "\u{1F}" + word.text
            } else {
                lines.append(["w", word.language, word.role.rawValue, word.text])
            }
        }
        let fields = words.map(\.text) + words.map(\.language) + durations.keys + durations.values
        guard !fields.contains(where: { $0.contains { $0 == "\t" || $0.isNewline || $0 == "\u{1F}" } }) else {
            return nil
        }
        lines += durations.sorted { $0.key < $1.key }.map { ["d", $0.key, $0.value] }
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The cues of an ``encoded()`` text; nil when it is malformed.
    package static func decode(_ text: String) -> LawCues? {
        var text = text
        return text.withUTF8 { decode(lines: $0) }
    }

    /// Reads the lines as bytes (``EncodedLine``), a string made of each field once but the words, whose bytes are
    /// copied a run at a time (``TextTable/append(joined:separator:)``): word by word, they cost more than reading the
    /// YAML tree.
    private static func decode(lines bytes: UnsafeBufferPointer<UInt8>) -> LawCues? {
        var words = Words()
        words.reserveCapacity(bytes: bytes.count, words: bytes.count / 8)
        var durations: [String: String] = [:]
        let complete = EncodedLine.read(bytes) { line in
            if line.field(0, is: "w"), line.count == 4 {
                guard let role = Role(rawValue: line.string(2)) else { return false }
                words.append(role: role, language: line.string(1)) { line.append(3, separatedBy: 0x1F, to: &$0) }
                return true
            }
            guard line.field(0, is: "d"), line.count == 3 else { return false }
            durations[line.string(1)] = line.string(2)
            return true
        }
        return complete ? LawCues(words: words, durations: durations) : nil
    }
}
