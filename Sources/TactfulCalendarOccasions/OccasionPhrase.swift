import TactfulYAML

/// A name or greeting the occasion kind matches: the curated occasions' (`Glossaries/culture/occasions.yml`) and the
/// calendars' (``CalendarOccasion``), numbered as one list, curated first. The built-in ones are listed when the
/// binary is built (tactful-embed), so that a run neither reads `occasions.yml` nor folds some 400 names to find the
/// repeated ones before it has a hit.
public struct OccasionPhrase: Equatable, Sendable {
    /// The occasion's index among the curated occasions, then the calendars'.
    public let occasion: Int
    /// Whether the occasion is a curated one.
    public let curated: Bool
    /// Whether the phrase is a festive greeting (`greetings`), not a name.
    public let greeting: Bool
    /// The phrase as written.
    public let text: String

    /// A phrase of the occasion at `occasion`.
    public init(occasion: Int, curated: Bool, greeting: Bool, text: String) {
        self.occasion = occasion
        self.curated = curated
        self.greeting = greeting
        self.text = text
    }

    /// An occasion's names and greetings, each by language.
    public typealias Wording = (names: [String: [String]], greetings: [String: [String]])

    /// The phrases of the `curated` occasions, then of the calendars' (`calendar`), in order, each occasion's names
    /// by language then its greetings: a name whose lower-cased form a curated occasion named already is left out (a
    /// curated occasion wins where a calendar names the same day alike).
    public static func phrases(curated: [Wording], calendar: [CalendarOccasion]) -> [OccasionPhrase] {
        var phrases: [OccasionPhrase] = []
        var curatedNames: Set<String> = []
        let wordings = curated + calendar.map { occasion in (occasion.names.mapValues { [$0] }, [:]) }
        for (index, wording) in wordings.enumerated() {
            let isCurated = index < curated.count
            for name in wording.names.sorted(by: { $0.key < $1.key }).flatMap(\.value) {
                let folded = name.lowercased()
                guard !curatedNames.contains(folded) else { continue }
                phrases.append(OccasionPhrase(occasion: index, curated: isCurated, greeting: false, text: name))
                if isCurated { curatedNames.insert(folded) }
            }
            for greeting in wording.greetings.sorted(by: { $0.key < $1.key }).flatMap(\.value) {
                phrases.append(OccasionPhrase(occasion: index, curated: isCurated, greeting: true, text: greeting))
            }
        }
        return phrases
    }

    /// The names and greetings of the occasions of an `occasions.yml` text, in order; nil when it does not read (the
    /// occasion kind's own reader reports why).
    public static func curatedWordings(yaml text: String, path: String) -> [Wording]? {
        guard let file = try? YAMLMap(yaml: text, path: path), let maps = try? file.maps("occasions") else {
            return nil
        }
        var wordings: [Wording] = []
        for map in maps {
            guard let names = try? map.stringLists("names"), let greetings = try? map.stringLists("greetings") else {
                return nil
            }
            wordings.append((names, greetings))
        }
        return wordings
    }

    /// Phrases as one text: a line each, `occasion TAB kind TAB text`, the kind `n` for a curated name, `g` for a
    /// greeting, `c` for a calendar's name; nil when a phrase holds a tab or a line break.
    public static func encode(_ phrases: [OccasionPhrase]) -> String? {
        var lines: [String] = []
        for phrase in phrases {
            guard !phrase.text.contains(where: { $0 == "\t" || $0.isNewline }) else { return nil }
            let kind = phrase.greeting ? "g" : phrase.curated ? "n" : "c"
            lines.append("\(phrase.occasion)\t\(kind)\t\(phrase.text)")
        }
        return lines.joined(separator: "\n")
    }

    /// The phrases of an ``encode(_:)`` text; nil when it is malformed.
    public static func decode(_ text: String) -> [OccasionPhrase]? {
        var text = text
        return text.withUTF8 { bytes in
            var phrases: [OccasionPhrase] = []
            let complete = EncodedLine.read(bytes) { line in
                guard line.count == 3, let occasion = line.integer(0) else { return false }
                let greeting = line.field(1, is: "g")
                guard greeting || line.field(1, is: "n") || line.field(1, is: "c") else { return false }
                phrases.append(
                    OccasionPhrase(
                        occasion: occasion, curated: !line.field(1, is: "c"), greeting: greeting,
                        text: line.string(2)))
                return true
            }
            return complete ? phrases : nil
        }
    }
}
