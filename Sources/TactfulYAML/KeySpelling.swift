/// The two spellings a key of a user's YAML file may take: kebab-case (`first-reply`, the style of the packs and
/// of every documented key) and camelCase (`firstReply`, accepted as an alias because older files use it).
package enum KeySpelling {
    /// `firstReply` → `first-reply`; a key without capitals is returned as it is.
    package static func kebab(_ key: String) -> String {
        guard hasCapital(key) else { return key }
        var result = ""
        for character in key {
            if character.isASCII, character.isUppercase {
                if !result.isEmpty { result.append("-") }
                result.append(Character(character.lowercased()))
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// True when `key` holds an ASCII capital, so it may be a camelCase alias.
    package static func hasCapital(_ key: String) -> Bool {
        key.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    /// True when `written` (as in the file) names `key` (as the reader asks for it) in either spelling.
    package static func matches(_ written: String, _ key: String) -> Bool {
        written == key || (hasCapital(written) != hasCapital(key) && kebab(written) == kebab(key))
    }
}
