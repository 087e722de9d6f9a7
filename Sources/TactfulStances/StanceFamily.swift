import TactfulYAML

/// One family of phrasings that make a reply read as a bare refusal or as blame (helplessness, policy as a shield,
/// deflection …), with why it lands badly and the opening to suggest instead, per language
/// (`Glossaries/phrasing/stances.yml`, whose header names its sources). A target of its own so that tactful-embed
/// reads the built-in file with the same code when the binary is built (``StanceLiterals``, ``StanceAdvice``).
package struct StanceFamily: Sendable, Equatable {
    package let id: String
    package let message: [String: String]
    /// The opening to suggest, by language: what the agent can do (shown, never applied).
    package let lead: [String: String]
    /// The family's phrases, every language's one after another (a table: a run reads few of them).
    package let phrases: TextTable
    /// Phrases that contain a phrase of the family but are not the stance, every language's.
    package let except: TextTable
    /// The family's phrasings with words between their parts (`frames:`), matched clause by clause.
    package let frames: [StanceFrame]
    /// What in the context makes the stance read fine (`softened-by:`): a refusal followed by a way forward is the
    /// recommended shape; "nothing can be done" or blame is not excused by anything that follows.
    package let softenedBy: Set<LimitationReason>

    package init(
        id: String, message: [String: String], lead: [String: String], phrases: TextTable, except: TextTable,
        frames: [StanceFrame], softenedBy: Set<LimitationReason>
    ) {
        (self.id, self.message, self.lead, self.phrases, self.except) = (id, message, lead, phrases, except)
        (self.frames, self.softenedBy) = (frames, softenedBy)
    }

    /// Reads `stances.yml`.
    package static func read(_ text: String, path: String) throws(PositionedError) -> [StanceFamily] {
        let file = try YAMLMap(yaml: text, path: path)
        var families: [StanceFamily] = []
        for map in try file.maps("families") {
            let family = StanceFamily(
                id: try map.string("id"),
                message: try map.stringLists("message").mapValues { $0.joined() },
                lead: try map.stringLists("lead").mapValues { $0.joined() },
                phrases: TextTable(try inLanguageOrder(map.stringLists("phrases"))),
                except: TextTable(try inLanguageOrder(map.stringLists("except"))),
                frames: try frames(map),
                softenedBy: try softenedBy(map))
            guard !family.phrases.isEmpty, family.message["en"] != nil, family.lead["en"] != nil else {
                throw map.error(map.node, "family '\(family.id)' needs phrases, an English message and an English lead")
            }
            try map.rejectUnknownKeys()
            families.append(family)
        }
        try file.rejectUnknownKeys()
        return families
    }

    /// The lists of every language, one after another by language (the same order in every process: the build's
    /// reading is compared with a test's).
    private static func inLanguageOrder(_ lists: [String: [String]]) -> [String] {
        lists.sorted { $0.key < $1.key }.flatMap(\.value)
    }

    private static func frames(_ map: YAMLMap) throws(PositionedError) -> [StanceFrame] {
        var frames: [StanceFrame] = []
        for text in try inLanguageOrder(map.stringLists("frames")) {
            guard let frame = StanceFrame(text) else {
                throw map.error(map.node, "frames: '\(text)' needs two or more slots written 'a|b + c + d|e'")
            }
            frames.append(frame)
        }
        return frames
    }

    private static func softenedBy(_ map: YAMLMap) throws(PositionedError) -> Set<LimitationReason> {
        var reasons: Set<LimitationReason> = []
        for name in try map.strings("softened-by") {
            guard let reason = LimitationReason(rawValue: name) else {
                throw map.error(map.node, "softened-by: '\(name)' is not way-forward or third-party")
            }
            reasons.insert(reason)
        }
        return reasons
    }
}
