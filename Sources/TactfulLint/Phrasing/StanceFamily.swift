import TactfulData

/// One family of phrasings that make a reply read as a bare refusal or as blame (helplessness, policy as a shield,
/// deflection …), with why it lands badly and the opening to suggest instead, per language
/// (`Glossaries/phrasing/stances.yml`, whose header names its sources).
struct StanceFamily: Sendable {
    let id: String
    let message: [String: String]
    /// The opening to suggest, by language: what the agent can do (shown, never applied).
    let lead: [String: String]
    let phrases: [String]
    let except: [String]
    /// The family's phrasings with words between their parts (`frames:`), matched clause by clause.
    let frames: [StanceFrame]
    /// What in the context makes the stance read fine (`softened-by:`): a refusal followed by a way forward is the
    /// recommended shape; "nothing can be done" or blame is not excused by anything that follows.
    let softenedBy: Set<LimitationContext.Reason>

    func message(_ ui: UILanguage) -> String { message[ui.rawValue] ?? message["en"] ?? id }

    static let builtIn: [StanceFamily] = {
        let path = "Glossaries/phrasing/stances.yml"
        return BuiltInData.text(at: path).flatMap { try? read($0, path: path) } ?? []
    }()

    static func read(_ text: String, path: String) throws(PackError) -> [StanceFamily] {
        let file = try YAMLMap.parse(text, path: path)
        var families: [StanceFamily] = []
        for map in try file.maps("families") {
            let family = StanceFamily(
                id: try map.string("id"),
                message: try map.stringLists("message").mapValues { $0.joined() },
                lead: try map.stringLists("lead").mapValues { $0.joined() },
                phrases: try map.stringLists("phrases").values.flatMap { $0 },
                except: try map.stringLists("except").values.flatMap { $0 },
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

    private static func frames(_ map: YAMLMap) throws(PackError) -> [StanceFrame] {
        var frames: [StanceFrame] = []
        for text in try map.stringLists("frames").values.flatMap({ $0 }) {
            guard let frame = StanceFrame(text) else {
                throw map.error(map.node, "frames: '\(text)' needs two or more slots written 'a|b + c + d|e'")
            }
            frames.append(frame)
        }
        return frames
    }

    private static func softenedBy(_ map: YAMLMap) throws(PackError) -> Set<LimitationContext.Reason> {
        var reasons: Set<LimitationContext.Reason> = []
        for name in try map.strings("softened-by") {
            guard let reason = LimitationContext.Reason(rawValue: name) else {
                throw map.error(map.node, "softened-by: '\(name)' is not way-forward or third-party")
            }
            reasons.insert(reason)
        }
        return reasons
    }
}
