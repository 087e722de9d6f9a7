extension ResponseSchemas {
    /// ``MarketGuide``: `tactful guide --format json`.
    public static let guide = JSONSchema.object(
        required: [
            "market": JSONSchema.string(), "name": JSONSchema.string(), "language": JSONSchema.string(),
            "region": JSONSchema.string(), "uiLanguage": JSONSchema.string(), "title": JSONSchema.string(),
            "from": JSONSchema.string("First day of the holidays listed."),
            "to": JSONSchema.string("Last day of the holidays listed (60 days)."),
            "sections": JSONSchema.array(guideSection),
        ], closed: true, description: "A market's culture guide, every line with its source.")

    private static let guideSection = JSONSchema.object(
        required: [
            "id": JSONSchema.choice(
                ["register", "taboos", "holidays", "occasions", "conventions", "law", "vocabulary"]),
            "title": JSONSchema.string(), "lines": JSONSchema.array(guideLine),
        ],
        optional: [
            "note": JSONSchema.string("Why the section is empty or partial."),
            "omitted": JSONSchema.integer("Entries of the data left out of a bounded list.", minimum: 1),
        ], closed: true)

    private static let guideLine = JSONSchema.object(
        required: ["label": JSONSchema.string(), "text": JSONSchema.string(), "source": JSONSchema.string()],
        optional: [
            "id": JSONSchema.string("The rule, taboo, occasion or exclusion the line comes from."),
            "date": JSONSchema.string("A holiday's date, YYYY-MM-DD."),
        ], closed: true)
}
