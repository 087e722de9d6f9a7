import TactfulLint

/// A ``MarketGuide`` as Markdown: a heading per section, a bullet per line with its source, and the data's text
/// escaped so that it cannot turn into markup.
enum GuideMarkdown {
    static func render(_ guide: MarketGuide) -> String {
        let ui = UILanguage(rawValue: guide.uiLanguage) ?? .en
        let colon = GuideWords.colon(ui)
        var out = "# \(escape(guide.title))\n\n"
        out +=
            "\(GuideWords.market(ui))\(colon)\(escape(guide.market)) · \(GuideWords.window(ui)) \(guide.from) – \(guide.to)\n"
        for section in guide.sections {
            out += "\n## \(escape(section.title))\n\n"
            if let note = section.note { out += "_\(escape(note))_\n" }
            for line in section.lines {
                out += "- **\(escape(line.label))**\(colon)\(escape(line.text))  \n"
                out += "  \(GuideWords.source(ui))\(colon)\(escape(line.source))\n"
            }
            if let omitted = section.omitted { out += "- … \(omitted) \(GuideWords.more(ui))\n" }
        }
        return out
    }

    /// `text` with Markdown's punctuation backslash-escaped and line breaks as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character.isNewline ? " " : character)
        }
        return out
    }
}
