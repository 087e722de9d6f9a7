import TactfulYAML

extension LawCues {
    /// The cues as two texts, embedded apart so that a run copies the three thousand words at once and walks no line
    /// of them: `texts`, every word in order joined by the unit separator (U+001F, which YAML text cannot hold: the
    /// list becomes a ``TextTable`` by one copy); `runs`, a line per run of words of one language and role,
    /// `w TAB language TAB role TAB count` (the role by its place in ``Role/allCases``: no name is compared), then a
    /// line per duration name, `d TAB name TAB unit`. Nil when a field holds a tab, a line break or a unit separator.
    package func encoded() -> (texts: String, runs: String)? {
        var lines: [[String]] = []
        var previous: (language: String, role: Role)?
        for word in words {
            if let previous, previous == (word.language, word.role), let count = Int(lines[lines.count - 1][3]) {
                lines[lines.count - 1][3] = String(count + 1)
            } else {
                let role = Role.allCases.firstIndex(of: word.role) ?? 0
                lines.append(["w", word.language, String(role), "1"])
            }
            previous = (word.language, word.role)
        }
        let fields = words.map(\.text) + words.map(\.language) + durations.keys + durations.values
        guard !fields.contains(where: { $0.contains { $0 == "\t" || $0.isNewline || $0 == "\u{1F}" } }) else {
            return nil
        }
        lines += durations.sorted { $0.key < $1.key }.map { ["d", $0.key, $0.value] }
        let texts = words.map(\.text).joined(separator: "\u{1F}")
        return (texts, lines.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
    }

    /// The cues of the two ``encoded()`` texts; nil when they are malformed or disagree in count.
    package static func decode(_ encoded: (texts: String, runs: String)) -> LawCues? {
        var runs = encoded.runs, texts = encoded.texts
        var durations: [String: String] = [:]
        var runCounts: [(role: Role, language: String, count: Int)] = []
        let complete = runs.withUTF8 { bytes in
            bytes.isEmpty
                || EncodedLine.read(bytes) { line in
                    if line.field(0, is: "w"), line.count == 4 {
                        guard let role = line.integer(2).flatMap(role(at:)), let count = line.integer(3) else {
                            return false
                        }
                        runCounts.append((role, line.string(1), count))
                        return true
                    }
                    guard line.field(0, is: "d"), line.count == 3 else { return false }
                    durations[line.string(1)] = line.string(2)
                    return true
                }
        }
        guard complete else { return nil }
        var table = TextTable()
        if runCounts.contains(where: { $0.count > 0 }) {  // no words join to one empty text
            table.reserveCapacity(bytes: texts.utf8.count + 1, texts: runCounts.reduce(0) { $0 + $1.count })
            texts.withUTF8 { _ = table.append(joined: $0, separator: 0x1F) }
        }
        return Words(texts: table, runs: runCounts).map { LawCues(words: $0, durations: durations) }
    }

    /// Every role in ``Role/allCases`` order (the synthesized list is made anew at each use).
    private static let roles = Role.allCases

    /// The role at `index` of ``Role/allCases``; nil past its end.
    private static func role(at index: Int) -> Role? {
        index < roles.count ? roles[index] : nil
    }
}
