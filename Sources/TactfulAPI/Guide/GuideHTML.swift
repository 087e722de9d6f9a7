import TactfulLint

/// A ``MarketGuide`` as one self-contained HTML page (no scripts, no external resources), every data string
/// escaped.
enum GuideHTML {
    static func render(_ guide: MarketGuide) -> String {
        let ui = UILanguage(rawValue: guide.uiLanguage) ?? .en
        let colon = escape(GuideWords.colon(ui))
        var body = "<h1>\(escape(guide.title))</h1>\n"
        body += "<p class=\"meta\">\(escape(GuideWords.market(ui)))\(colon)\(escape(guide.market)) · "
        body += "\(escape(GuideWords.window(ui))) \(escape(guide.from)) – \(escape(guide.to))</p>\n"
        for section in guide.sections {
            body += "<section id=\"\(escape(section.id))\">\n<h2>\(escape(section.title))</h2>\n"
            if let note = section.note { body += "<p class=\"note\">\(escape(note))</p>\n" }
            if !section.lines.isEmpty || section.omitted != nil { body += "<ul>\n" }
            for line in section.lines {
                body += "<li><strong>\(escape(line.label))</strong> \(escape(line.text))"
                body += "<br><small>\(escape(GuideWords.source(ui)))\(colon)\(escape(line.source))</small></li>\n"
            }
            if let omitted = section.omitted { body += "<li>… \(omitted) \(escape(GuideWords.more(ui)))</li>\n" }
            if !section.lines.isEmpty || section.omitted != nil { body += "</ul>\n" }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(escape(guide.uiLanguage))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(guide.title))</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
            li { margin: .4rem 0; } small { color: #666; } .note, .meta { color: #666; font-style: italic; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` as character references.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
