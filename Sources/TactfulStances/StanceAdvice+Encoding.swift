import TactfulYAML

extension StanceAdvice {
    /// The families' advice as one text, a line each of tab-separated fields: `f id softened-by…` starts a family,
    /// then `m language text` and `l language text` give its messages and leads, and `r count…` its frames' slot
    /// counts (no line for no frame); nil when a field holds a tab or a line break.
    package static func encoded(_ families: [StanceAdvice]) -> String? {
        let texts = families.flatMap { [$0.id] + $0.message.keys + $0.message.values + $0.lead.keys + $0.lead.values }
        guard !texts.contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) else { return nil }
        var lines: [[String]] = []
        for family in families {
            lines.append(["f", family.id] + family.softenedBy.map(\.rawValue).sorted())
            lines += family.message.sorted { $0.key < $1.key }.map { ["m", $0.key, $0.value] }
            lines += family.lead.sorted { $0.key < $1.key }.map { ["l", $0.key, $0.value] }
            if !family.frameSlotCounts.isEmpty { lines.append(["r"] + family.frameSlotCounts.map(String.init)) }
        }
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The families' advice of an ``encoded(_:)`` text; nil when it is malformed.
    package static func decode(_ text: String) -> [StanceAdvice]? {
        var families: [StanceAdvice] = []
        var draft: Draft?
        var text = text
        let complete = text.withUTF8 { bytes in
            EncodedLine.read(bytes) { line in
                if line.field(0, is: "f"), line.count >= 2 {
                    var reasons: Set<LimitationReason> = []
                    for index in 2..<line.count {
                        guard let reason = LimitationReason(rawValue: line.string(index)) else { return false }
                        reasons.insert(reason)
                    }
                    if let draft { families.append(draft.advice) }
                    draft = Draft(id: line.string(1), softenedBy: reasons)
                    return true
                }
                guard draft != nil else { return false }
                switch line.count {
                case 3 where line.field(0, is: "m"): draft?.message[line.string(1)] = line.string(2)
                case 3 where line.field(0, is: "l"): draft?.lead[line.string(1)] = line.string(2)
                case 2... where line.field(0, is: "r") && draft?.frameSlotCounts.isEmpty == true:
                    let counts = (1..<line.count).compactMap { line.integer($0) }
                    guard counts.count == line.count - 1 else { return false }
                    draft?.frameSlotCounts = counts
                default: return false
                }
                return true
            }
        }
        guard complete else { return nil }
        if let draft { families.append(draft.advice) }
        return families
    }

    /// The fields of one family's advice, gathered line by line.
    private struct Draft {
        var id: String
        var softenedBy: Set<LimitationReason>
        var message: [String: String] = [:]
        var lead: [String: String] = [:]
        var frameSlotCounts: [Int] = []

        var advice: StanceAdvice {
            StanceAdvice(
                id: id, message: message, lead: lead, softenedBy: softenedBy, frameSlotCounts: frameSlotCounts)
        }
    }
}
