import TactfulYAML

extension LawCues {
    /// The cues as one text, in order: a line per run of words of one language and role,
    /// `w TAB language TAB role TAB word TAB word…`, then a line per duration name, `d TAB name TAB unit`; nil when
    /// a field holds a tab or a line break.
    package func encoded() -> String? {
        var lines: [[String]] = []
        for word in words {
            if let last = lines.last, last[1] == word.language, last[2] == word.role.rawValue {
                lines[lines.count - 1].append(word.text)
            } else {
                lines.append(["w", word.language, word.role.rawValue, word.text])
            }
        }
        lines += durations.sorted { $0.key < $1.key }.map { ["d", $0.key, $0.value] }
        guard !lines.joined().contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) else { return nil }
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The cues of an ``encoded()`` text; nil when it is malformed.
    package static func decode(_ text: String) -> LawCues? {
        var text = text
        return text.withUTF8 { decode(lines: $0) }
    }

    /// Reads the lines as bytes (``EncodedLine``), a string made of each field once but the words, whose bytes are
    /// kept as they are (``TextTable``): splitting the UTF-8 view cost more than reading the YAML tree.
    private static func decode(lines bytes: UnsafeBufferPointer<UInt8>) -> LawCues? {
        var words = Words()
        var durations: [String: String] = [:]
        let complete = EncodedLine.read(bytes) { line in
            if line.field(0, is: "w"), line.count >= 4 {
                guard let role = Role(rawValue: line.string(2)) else { return false }
                let language = line.string(1)
                for index in 3..<line.count {
                    words.append(role: role, language: language) { line.append(index, to: &$0) }
                }
                return true
            }
            guard line.field(0, is: "d"), line.count == 3 else { return false }
            durations[line.string(1)] = line.string(2)
            return true
        }
        return complete ? LawCues(words: words, durations: durations) : nil
    }
}
