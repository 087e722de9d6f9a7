extension RegexSource {
    /// The characters a pattern must escape to match them literally, as Foundation's escaping escapes them.
    private static let metacharacters = Set("*?+[(){}^$|\\./".utf8)

    /// A pattern that matches `text` literally: a backslash before each of `*?+[(){}^$|\./`, as
    /// `NSRegularExpression.escapedPattern(for:)` writes it. Foundation's goes through `NSString`, and bridging a text
    /// beyond ASCII back to a `String` set up generic UTF-16 decoding at its first call (some 0.6M instructions of a
    /// one-draft run in Japanese, for the units check's names); every metacharacter is ASCII, so the UTF-8 bytes are
    /// read here instead.
    static func escapedPattern(for text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        for byte in text.utf8 {
            if metacharacters.contains(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
