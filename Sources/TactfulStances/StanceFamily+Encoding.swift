extension StanceFamily {
    /// The families as one text, a line each of tab-separated fields: `f id softened-by…` starts a family, then
    /// `m language text` and `l language text` give its messages and leads, `p phrase…` its phrases and `e text…` its
    /// exceptions in order, and `r slot…` a frame, each slot its alternatives joined by `|`; nil when a field holds a
    /// tab or a line break, or an alternative a `|`.
    package static func encoded(_ families: [StanceFamily]) -> String? {
        var lines: [[String]] = []
        for family in families {
            lines.append(["f", family.id] + family.softenedBy.map(\.rawValue).sorted())
            lines += family.message.sorted { $0.key < $1.key }.map { ["m", $0.key, $0.value] }
            lines += family.lead.sorted { $0.key < $1.key }.map { ["l", $0.key, $0.value] }
            lines.append(["p"] + family.phrases)
            lines.append(["e"] + family.except)
            for frame in family.frames {
                guard !frame.slots.joined().contains(where: { $0.contains("|") }) else { return nil }
                lines.append(["r"] + frame.slots.map { $0.joined(separator: "|") })
            }
        }
        guard !lines.joined().contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) else { return nil }
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
        var phrases: [String] = []
        var except: [String] = []
        var frames: [StanceFrame] = []

        var family: StanceFamily {
            StanceFamily(
                id: id, message: message, lead: lead, phrases: phrases, except: except, frames: frames,
                softenedBy: softenedBy)
        }
    }

    /// Reads the lines as bytes (a tab or a line feed is one byte, never part of another character's), each field
    /// made a string from its bytes at once.
    private static func decode(lines bytes: UnsafeBufferPointer<UInt8>) -> [StanceFamily]? {
        var families: [StanceFamily] = []
        var draft: Draft?
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
            if fields[0] == "f", fields.count >= 2 {
                let reasons = fields[2...].compactMap(LimitationReason.init(rawValue:))
                guard reasons.count == fields.count - 2 else { return nil }
                if let draft { families.append(draft.family) }
                draft = Draft(id: fields[1], softenedBy: Set(reasons))
                continue
            }
            guard draft != nil else { return nil }
            switch (fields[0], fields.count) {
            case ("m", 3): draft?.message[fields[1]] = fields[2]
            case ("l", 3): draft?.lead[fields[1]] = fields[2]
            case ("p", _): draft?.phrases += fields[1...]
            case ("e", _): draft?.except += fields[1...]
            case ("r", 3...):
                // Split by bytes: splitting by characters cost a fifth of decoding.
                let slots = fields[1...].map { slot in
                    slot.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
                }
                draft?.frames.append(StanceFrame(slots: slots))
            default: return nil
            }
        }
        if let draft { families.append(draft.family) }
        return families
    }
}
