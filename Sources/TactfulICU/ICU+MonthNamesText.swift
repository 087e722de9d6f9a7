extension ICU {
    /// `names` (as ``monthNames(locale:)`` reads them) in one text, the form the build embeds a built-in market's
    /// names in: each style of ``MonthNameStyle/allCases`` in order, its twelve names January first, all joined by
    /// U+001F. Nil when a style lacks its twelve names.
    public static func monthNamesText(_ names: [MonthNameStyle: [String]]) -> String? {
        var all: [String] = []
        for style in MonthNameStyle.allCases {
            guard let list = names[style], list.count == 12 else { return nil }
            all += list
        }
        return all.joined(separator: "\u{1F}")
    }

    /// The names ``monthNamesText(_:)`` wrote; nil for a text of another shape.
    public static func monthNames(fromText text: String) -> [MonthNameStyle: [String]]? {
        let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        guard parts.count == 12 * MonthNameStyle.allCases.count else { return nil }
        var names: [MonthNameStyle: [String]] = [:]
        for (index, style) in MonthNameStyle.allCases.enumerated() {
            names[style] = parts[(12 * index)..<(12 * index + 12)].map(String.init)
        }
        return names
    }
}
