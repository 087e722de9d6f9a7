import ArgumentParser
import TactfulAPI

/// `--format` of `guide`: each format listed by `--help` with what it is for.
extension GuideFormat: CaseArgument {
    public static var allValueDescriptions: [String: String] {
        [
            "md": "Markdown, for a wiki or a chat (the default)",
            "html": "one self-contained HTML page, every data string escaped",
            "json": "the guide's JSON, stable fields (README)",
        ]
    }
}
