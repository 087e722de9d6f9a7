import Foundation

/// How a door prints a ``MarketGuide``: Markdown, one self-contained HTML page, or the JSON itself.
public enum GuideFormat: String, CaseIterable, Sendable {
    case md, html, json

    /// The format called `name`; nil for nil, a `format` error for a name that is not one.
    public static func named(_ name: String?) throws(FieldError) -> GuideFormat? {
        guard let name else { return nil }
        guard let format = GuideFormat(rawValue: name) else {
            throw FieldError("format", "'\(name)' is not one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    /// The media type of the rendered guide, for HTTP.
    public var mediaType: String {
        switch self {
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// The guide in this format (JSON: pretty-printed with sorted keys, as the CLI prints every answer).
    public func render(_ guide: MarketGuide) -> String {
        switch self {
        case .md: return GuideMarkdown.render(guide)
        case .html: return GuideHTML.render(guide)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(guide)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }
}
