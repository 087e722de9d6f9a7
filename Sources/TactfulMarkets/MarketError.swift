/// Why a market could not be resolved. Each case renders as one line that names the input.
public enum MarketError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a well-formed BCP-47 tag or region code.
    case malformedTag(String, suggestions: [String])
    /// The tag is well formed but ICU has no data for its language or region.
    case unknownTag(String, suggestions: [String])
    /// No language range of an `Accept-Language` header matches a market with a pack.
    case noAcceptableMarket(String, suggestions: [String])

    /// A one-line message naming the input and the closest known markets.
    public var description: String {
        switch self {
        case .malformedTag(let tag, let suggestions):
            "'\(tag)' is not a valid locale tag (expected BCP-47 such as de-AT, zh-Hant-HK or a region such as JP)"
                + Self.hint(suggestions)
        case .unknownTag(let tag, let suggestions):
            "'\(tag)' is not a market Tactful knows (no locale data for it)" + Self.hint(suggestions)
        case .noAcceptableMarket(let header, let suggestions):
            "no language in Accept-Language '\(header)' matches a market with a pack" + Self.hint(suggestions)
        }
    }

    private static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; closest known markets: " + suggestions.joined(separator: ", ")
    }
}
