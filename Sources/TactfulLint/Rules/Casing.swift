/// Carries the capitalisation of a matched word over to its replacement.
enum Casing {
    /// "COLOR" → "COLOUR", "Color" → "Colour", "color" → "colour"; other shapes keep the replacement as written.
    static func match(_ replacement: String, like original: String) -> String {
        // Most matches are ASCII and lower case: decide on the bytes before looking at Characters.
        if original.utf8.allSatisfy({ $0 < 0x80 }), !original.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            return replacement
        }
        let letters = original.filter(\.isLetter)
        guard !letters.isEmpty, letters.contains(where: \.isUppercase) else { return replacement }
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return replacement.uppercased() }
        guard let first = original.first(where: \.isLetter), first.isUppercase,
            let head = replacement.first, replacement.first(where: \.isLetter) == head
        else { return replacement }
        return head.uppercased() + replacement.dropFirst()
    }
}
