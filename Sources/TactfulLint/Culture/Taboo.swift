import TactfulData

/// A word, emoji, number or gift with a negative reading in some regions, with the reading, advice and source
/// (`Glossaries/culture/taboos.yml`, whose header documents the keys).
struct Taboo: Sendable {
    let id: String
    let kind: String
    let regions: Set<String>
    let words: [String]
    /// The forms of `words` by language key (`en`, `ja`, `any`), in file order within each.
    let forms: [String: [String]]
    /// For a gift: the object's names ("wall clock", "座钟", "chrysanthemums"), a finding in a sentence that also
    /// holds a gift word of `gift-cues` ("complimentary", "赠品", "プレゼント"); for a placement, the sacred object
    /// ("พระพุทธรูป", "Buddha statue"), a finding in a sentence that also holds one of `places`.
    let objects: [String]
    /// For a placement: where the object must not be put ("ห้องน้ำ", "shoe rack", "bathroom").
    let places: [String]
    /// The objects and the places by language key, for the market guide ("พระพุทธรูป … ห้องน้ำ").
    let placementForms: (objects: [String: [String]], places: [String: [String]])
    /// For a number: counts of items as written ("4枚", "set of 4"), a finding in a reply that holds a gift word
    /// anywhere (a reply about a gift for a wedding offers "プレート4枚セット" two sentences later).
    let counts: [String]
    /// For a number: the digits that make a code taboo ("88" in "TREUE88", "444" in "LUCKY444") — the whole digit
    /// run after two or more capital letters of a discount, voucher or product code.
    let codes: Set<String>
    let except: [String]
    let reading: [String: String]
    let advice: [String: String]
    /// The published guide, dictionary, news report or law the reading comes from.
    let source: String

    static let kinds: Set<String> = ["gesture", "number", "gift", "placement", "word", "history"]

    func message(_ ui: UILanguage) -> String {
        let key = ui == .zhHans ? "zh-Hans" : "en"
        let parts = [reading[key] ?? reading["en"], advice[key] ?? advice["en"]].compactMap { $0 }
        return parts.joined(separator: ui == .zhHans ? "" : " ")
    }

    /// Where the built-in taboos are read from.
    static let path = "Glossaries/culture/taboos.yml"

    static let builtIn: [Taboo] = builtInFile.taboos
    /// Words that make a sentence about a gift, in every language (`gift-cues`).
    static let giftCues: [String] = builtInFile.giftCues

    private static let builtInFile: (taboos: [Taboo], giftCues: [String]) = {
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path) else {
            return ([], [])
        }
        return taboosAndGiftCues(file) ?? ([], [])
    }()

    /// The built-in taboos that name `region`, and every gift cue: read, by the code that reads the whole file, from
    /// the file's tree cut for the region when the binary was built (a market's rules need no other region's
    /// taboos); else the whole file's taboos of the region.
    static func builtIn(region: String) -> (taboos: [Taboo], giftCues: [String]) {
        if let encoded = BuiltInData.taboos(ofRegion: region) ?? BuiltInData.taboos(ofRegion: ""),
            let tree = PreparsedYAML.decode(encoded), let file = try? YAMLMap(tree, path: path),
            let read = taboosAndGiftCues(file)
        {
            return read
        }
        return (builtIn.filter { $0.regions.contains(region) }, giftCues)
    }

    /// The taboos and the gift cues of a parsed `taboos.yml`; nil when it does not read.
    private static func taboosAndGiftCues(_ file: YAMLMap) -> (taboos: [Taboo], giftCues: [String])? {
        guard let taboos = try? read(file) else { return nil }
        return (taboos, ((try? file.stringLists("gift-cues")) ?? [:]).values.flatMap { $0 })
    }

    static func read(_ text: String, path: String) throws(PackError) -> [Taboo] {
        try read(try YAMLMap.parse(text, path: path))
    }

    /// The taboos of a parsed `taboos.yml` (parsed once: the file is large).
    private static func read(_ file: YAMLMap) throws(PackError) -> [Taboo] {
        _ = try file.stringLists("gift-cues")
        var taboos: [Taboo] = []
        for map in try file.maps("taboos") {
            let id = try map.string("id"), kind = try map.string("kind")
            guard kinds.contains(kind) else {
                throw map.error(
                    map.node("kind") ?? map.node,
                    "taboo '\(id)': kind is one of \(kinds.sorted().joined(separator: ", "))")
            }
            let forms = try map.stringLists("words")
            let objects = try map.stringLists("objects"), places = try map.stringLists("places")
            let taboo = Taboo(
                id: id, kind: kind, regions: Set(try map.strings("regions")),
                words: forms.values.flatMap { $0 }, forms: forms,
                objects: objects.values.flatMap { $0 }, places: places.values.flatMap { $0 },
                placementForms: (objects, places),
                counts: try map.stringLists("counts").values.flatMap { $0 },
                codes: Set(try map.strings("codes")),
                except: try map.stringLists("except").values.flatMap { $0 },
                reading: try map.stringLists("reading").mapValues { $0.joined() },
                advice: try map.stringLists("advice").mapValues { $0.joined() }, source: try map.string("source"))
            _ = try map.optionalString("note")
            guard !taboo.regions.isEmpty, !(taboo.words.isEmpty && taboo.codes.isEmpty && taboo.objects.isEmpty),
                taboo.reading["en"] != nil
            else {
                throw map.error(
                    map.node, "taboo '\(id)' needs regions, words (or codes, or objects) and an English reading")
            }
            guard (taboo.counts.isEmpty && taboo.codes.isEmpty) || kind == "number" else {
                throw map.error(
                    map.node("counts") ?? map.node("codes") ?? map.node,
                    "taboo '\(id)': only a number has counts and codes")
            }
            guard taboo.codes.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
            else {
                throw map.error(map.node("codes") ?? map.node, "taboo '\(id)': codes are digit strings (\"88\")")
            }
            guard taboo.objects.isEmpty || kind == "gift" || kind == "placement" else {
                throw map.error(
                    map.node("objects") ?? map.node, "taboo '\(id)': only a gift or a placement has objects")
            }
            guard (kind == "placement") == !taboo.places.isEmpty, kind != "placement" || !taboo.objects.isEmpty else {
                throw map.error(
                    map.node("places") ?? map.node,
                    "taboo '\(id)': a placement, and only a placement, has objects and places")
            }
            try map.rejectUnknownKeys()
            taboos.append(taboo)
        }
        try file.rejectUnknownKeys()
        return taboos
    }
}
