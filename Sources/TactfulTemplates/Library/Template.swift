import TactfulLint

/// One template in one locale, wherever it came from (a file, a Zendesk macro, a CSV row, a YAML entry).
public struct Template: Sendable {
    /// The template's key across locales: its path without the locale part, a macro title, a CSV/YAML key.
    public let key: String
    /// The file it was read from.
    public let path: String
    /// The locale or market tag the source names for it, if any (front matter, path, record field).
    public let declaredLocale: String?
    /// The template text (a macro's comment, a CSV body…), decoded.
    public let text: String
    /// Maps a UTF-16 offset in `text` to its 1-based line and column in the original file.
    public let sourceMap: SourceMap
}
