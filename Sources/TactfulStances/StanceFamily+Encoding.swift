import TactfulYAML

extension StanceFamily {
    /// The families as one text, a line each of tab-separated fields: `f id softened-by…` starts a family, then
    /// `m language text` and `l language text` give its messages and leads, `p phrases` its phrases and `e texts` its
    /// exceptions in order, joined by the unit separator (U+001F, which YAML text cannot hold: a list becomes a
    /// ``TextTable`` by one copy; no field for no text), and `r slot…` a frame, each slot its alternatives joined by
    /// `|`; nil when a field holds a tab, a line break or a unit separator, or an alternative a `|`.
    package static func encoded(_ families: [StanceFamily]) -> String? {
        let texts: [String] = families.flatMap { family -> [String] in
            let named: [String] = [family.id] + Array(family.message.keys) + Array(family.message.values)
            let led: [String] = Array(family.lead.keys) + Array(family.lead.values)
            let listed: [String] = Array(family.phrases) + Array(family.except)
            return named + led + listed + family.frames.flatMap { $0.slots.joined() }
        }
        guard !texts.contains(where: { $0.contains { $0 == "\t" || $0.isNewline || $0 == "\u{1F}" } }) else {
            return nil
        }
        var lines: [[String]] = []
        for family in families {
            lines.append(["f", family.id] + family.softenedBy.map(\.rawValue).sorted())
            lines += family.message.sorted { $0.key < $1.key }.map { ["m", $0.key, $0.value] }
            lines += family.lead.sorted { $0.key < $1.key }.map { ["l", $0.key, $0.value] }
            lines.append(["p"] + (family.phrases.isEmpty ? [] : [family.phrases.joined(separator: "\u{1F}")]))
            lines.append(["e"] + (family.except.isEmpty ? [] : [family.except.joined(separator: "\u{1F}")]))
            for frame in family.frames {
                guard !frame.slots.joined().contains(where: { $0.contains("|") }) else { return nil }
                lines.append(["r"] + frame.slots.map { $0.joined(separator: "|") })
            }
        }
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The families of an ``encoded(_:)`` text; nil when it is malformed.
    package static func decode(_ text: String) -> [StanceFamily]? {
        var text = text
        return text.withUTF8 { decode(lines: $0) }
    }

    /// The fields of one family, gathered line by line.
    private struct Draft {
        var id: String
        var softenedBy: Set<LimitationReason>
        var message: [String: String] = [:]
        var lead: [String: String] = [:]
        var phrases = TextTable()
        var except = TextTable()
        var frames: [StanceFrame] = []

        /// Appends the texts of `line`'s field after its tag, if any, to the phrases, or to the exceptions.
        mutating func append(_ line: EncodedLine, toExceptions: Bool) {
            guard line.count == 2 else { return }
            if toExceptions {
                line.append(1, separatedBy: 0x1F, to: &except)
            } else {
                line.append(1, separatedBy: 0x1F, to: &phrases)
            }
        }

        var family: StanceFamily {
            StanceFamily(
                id: id, message: message, lead: lead, phrases: phrases, except: except, frames: frames,
                softenedBy: softenedBy)
        }
    }

    /// Reads the lines as bytes (``EncodedLine``), a string made of each field once but the phrases and exceptions,
    /// whose bytes are kept as they are (``TextTable``).
    private static func decode(lines bytes: UnsafeBufferPointer<UInt8>) -> [StanceFamily]? {
        var families: [StanceFamily] = []
        var draft: Draft?
        let complete = EncodedLine.read(bytes) { line in
            if line.field(0, is: "f"), line.count >= 2 {
                var reasons: Set<LimitationReason> = []
                for index in 2..<line.count {
                    guard let reason = LimitationReason(rawValue: line.string(index)) else { return false }
                    reasons.insert(reason)
                }
                if let draft { families.append(draft.family) }
                draft = Draft(id: line.string(1), softenedBy: reasons)
                return true
            }
            guard draft != nil else { return false }
            switch line.count {
            case 3 where line.field(0, is: "m"): draft?.message[line.string(1)] = line.string(2)
            case 3 where line.field(0, is: "l"): draft?.lead[line.string(1)] = line.string(2)
            case 1...2 where line.field(0, is: "p"): draft?.append(line, toExceptions: false)
            case 1...2 where line.field(0, is: "e"): draft?.append(line, toExceptions: true)
            case 3... where line.field(0, is: "r"):
                // Split by bytes: splitting by characters cost a fifth of decoding.
                let slots = (1..<line.count).map { line.strings($0, separatedBy: UInt8(ascii: "|")) }
                draft?.frames.append(StanceFrame(slots: slots))
            default: return false
            }
            return true
        }
        guard complete else { return nil }
        if let draft { families.append(draft.family) }
        return families
    }
}
