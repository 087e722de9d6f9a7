import Foundation

/// The JSON the reports write (`--format json`, SARIF): encoded pretty-printed with sorted keys, and nested into
/// a document by indenting, so that a part encoded on its own reads as the encoder would have written it in place.
enum PrettyJSON {
    /// `value` as the reports write JSON: pretty-printed, keys sorted, slashes unescaped.
    static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Pretty-printed `json` as it reads `spaces` deeper in a document: every line after the first indented
    /// further, except empty ones (an empty array's). A JSON string never holds a raw line break.
    static func nested(_ json: Data, by spaces: Int) -> String {
        let newline = UInt8(ascii: "\n"), indent = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        return json.withUnsafeBytes { bytes in
            var nested: [UInt8] = []
            nested.reserveCapacity(bytes.count + bytes.count / 4)
            var lineStart = 0
            for end in bytes.indices where bytes[end] == newline {
                nested += bytes[lineStart...end]
                lineStart = end + 1
                if lineStart < bytes.count, bytes[lineStart] != newline { nested += indent }
            }
            nested += bytes[lineStart...]
            return String(decoding: nested, as: UTF8.self)
        }
    }
}
