/// Finds sizes named with their system in a draft: `EU 42`, `US size 8.5`, `UK 7½`, `42 EU`, `UK N½` (rings).
/// Only the systems of the size category the caller chose are looked for.
enum SizeScanner {
    /// The size starting at `start` in one of `systems`, if any.
    static func match(in text: String, at start: String.Index, systems: [String]) -> DraftMatch? {
        systemFirst(text, start, systems) ?? valueFirst(text, start, systems)
    }

    private static func systemFirst(_ text: String, _ start: String.Index, _ systems: [String]) -> DraftMatch? {
        guard let (system, afterSystem) = self.system(text, start, systems) else { return nil }
        var index = skipSpace(text, afterSystem)
        for word in ["size ", "Size ", "Größe ", "taille ", "talla "] where text[index...].hasPrefix(word) {
            index = text.index(index, offsetBy: word.count)
        }
        guard index > afterSystem, let (value, end) = self.value(text, index) else { return nil }
        return DraftMatch(item: .size(value, system: system), range: start..<end)
    }

    private static func valueFirst(_ text: String, _ start: String.Index, _ systems: [String]) -> DraftMatch? {
        guard let (value, afterValue) = self.value(text, start), SizeValue.number(value) != nil else { return nil }
        let index = skipSpace(text, afterValue)
        guard index > afterValue, let (system, end) = self.system(text, index, systems) else { return nil }
        return DraftMatch(item: .size(value, system: system), range: start..<end)
    }

    /// A system name standing alone (`EU`, not `EUR` or `Europe`).
    private static func system(_ text: String, _ start: String.Index, _ systems: [String]) -> (String, String.Index)? {
        for system in systems.sorted(by: { $0.count > $1.count }) where text[start...].hasPrefix(system) {
            let end = text.index(start, offsetBy: system.count)
            if end == text.endIndex || !(text[end].isLetter || text[end].isNumber) { return (system, end) }
        }
        return nil
    }

    /// A size value: `42`, `8.5`, `8,5`, `7½`, `42⅔`, `42 2/3`, or a ring letter `N` / `N½`.
    private static func value(_ text: String, _ start: String.Index) -> (String, String.Index)? {
        guard start < text.endIndex else { return nil }
        var end = start
        if text[start].isASCII, text[start].isUppercase {
            end = text.index(after: start)
        } else {
            while end < text.endIndex, text[end].isASCII, text[end].isNumber || ".,".contains(text[end]) {
                end = text.index(after: end)
            }
            while end > start, let last = text[..<end].last, last == "." || last == "," {
                end = text.index(before: end)
            }
            guard end > start, text[start].isNumber else { return nil }
            if text[end...].hasPrefix(" 1/3") || text[end...].hasPrefix(" 2/3") { end = text.index(end, offsetBy: 4) }
        }
        if end < text.endIndex, "½⅓⅔".contains(text[end]) { end = text.index(after: end) }
        guard end == text.endIndex || !(text[end].isLetter || text[end].isNumber) else { return nil }
        return (String(text[start..<end]), end)
    }

    private static func skipSpace(_ text: String, _ index: String.Index) -> String.Index {
        index < text.endIndex && (text[index] == " " || text[index] == "\u{a0}") ? text.index(after: index) : index
    }
}
