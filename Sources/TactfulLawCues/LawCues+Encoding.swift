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

    /// Reads the lines as bytes (a tab or a line feed is one byte, never part of another character's), each field
    /// made a string from its bytes at once: splitting the UTF-8 view cost more than reading the YAML tree.
    private static func decode(lines bytes: UnsafeBufferPointer<UInt8>) -> LawCues? {
        var words: [(role: Role, text: String, language: String)] = []
        var durations: [String: String] = [:]
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var fields: [String] = []
            var fieldStart = lineStart
            while fieldStart <= lineEnd {
                let fieldEnd = bytes[fieldStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")) ?? lineEnd
                let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
                fields.append(String(decoding: field, as: UTF8.self))
                fieldStart = fieldEnd + 1
            }
            lineStart = lineEnd + 1
            switch (fields[0], fields.count) {
            case ("w", 4...):
                guard let role = Role(rawValue: fields[2]) else { return nil }
                for text in fields[3...] { words.append((role: role, text: text, language: fields[1])) }
            case ("d", 3):
                durations[fields[1]] = fields[2]
            default:
                return nil
            }
        }
        return LawCues(words: words, durations: durations)
    }
}
