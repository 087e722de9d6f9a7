/// A taboo of `Glossaries/culture/taboos.yml` as a market's guide shows it: the forms it is about, what the customer
/// may read into them, what to write instead, and the source — the same entries the `taboo` rule kind reports.
public struct TabooNote: Sendable, Equatable {
    /// The entry's stable id (`ok-hand-brazil`).
    public let id: String
    /// gesture, number, gift, placement, word or history.
    public let kind: String
    /// The forms as written in the market's language and those matched in every language (else the English ones; for
    /// a taboo of codes only, the digits a code ends in: "…444").
    public let forms: [String]
    /// What the customer may read into it, in the UI language (English where the entry has no translation).
    public let reading: String
    /// What to write instead, in the UI language (English where the entry has no translation); may be empty.
    public let advice: String
    /// The published guide, dictionary, news report or law the reading comes from.
    public let source: String

    /// The built-in taboos whose regions hold `region` (`BR`), in file order, with readings in `uiLanguage` and
    /// forms in `language` (`pt`).
    public static func builtIn(region: String, language: String, uiLanguage: UILanguage) -> [TabooNote] {
        Taboo.builtIn.filter { $0.regions.contains(region) }.map { taboo in
            let key = uiLanguage == .zhHans ? "zh-Hans" : "en"
            let matched = (taboo.forms[language] ?? []) + (taboo.forms["any"] ?? [])
            let written =
                matched.isEmpty
                ? taboo.forms["en"] ?? taboo.forms.sorted { $0.key < $1.key }.first?.value ?? [] : matched
            // A number taboo of codes only ("LUCKY444"): its digits, as a code would end in them; a placement: its
            // objects beside its places ("พระพุทธรูป … ห้องน้ำ"); a gift named only by its objects: the objects.
            let objects = taboo.placementForms.objects
            let forms =
                !written.isEmpty
                ? written
                : !taboo.places.isEmpty
                    ? Self.placements(taboo, language: language)
                    : !taboo.objects.isEmpty
                        ? objects[language] ?? objects["en"] ?? taboo.objects
                        : taboo.codes.sorted().map { "…\($0)" }
            return TabooNote(
                id: taboo.id, kind: taboo.kind, forms: forms,
                reading: taboo.reading[key] ?? taboo.reading["en"] ?? "",
                advice: taboo.advice[key] ?? taboo.advice["en"] ?? "", source: taboo.source)
        }
    }

    /// A placement's first objects beside its first places, in `language` (else English): "พระพุทธรูป … ห้องน้ำ".
    private static func placements(_ taboo: Taboo, language: String) -> [String] {
        let (objects, places) = taboo.placementForms
        let object = objects[language] ?? objects["en"] ?? [], place = places[language] ?? places["en"] ?? []
        return object.prefix(2).flatMap { object in place.prefix(2).map { "\(object) … \($0)" } }
    }
}
