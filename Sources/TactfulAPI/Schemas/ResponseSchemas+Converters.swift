import TactfulConvert

extension ResponseSchemas {
    /// ``SizeAnswer``: `tactful size --format json`.
    public static let size = JSONSchema.object(
        required: [
            "category": JSONSchema.string(), "to": JSONSchema.array(systemSize), "chart": chartReference,
            "charts": JSONSchema.array(
                JSONSchema.object(
                    required: ["chart": chartReference, "to": JSONSchema.array(systemSize), "neighbours": neighbours],
                    optional: ["measure": measureRange], closed: true)),
            "neighbours": neighbours, "note": JSONSchema.string(),
        ],
        optional: [
            "from": systemSize, "measured": units, "measuredText": JSONSchema.string(), "measure": measureRange,
            "sentence": JSONSchema.string("One sentence in the customer's language."), "cupMeasure": measureRange,
        ], closed: true, description: "Equivalent sizes, from every chart consulted.")

    private static let systemSize = JSONSchema.object(
        required: [
            "system": JSONSchema.string(), "size": JSONSchema.string(), "charts": JSONSchema.array(JSONSchema.string()),
        ], closed: true)

    private static let chartReference = JSONSchema.object(
        required: ["id": JSONSchema.string(), "title": JSONSchema.string(), "source": JSONSchema.string()],
        optional: ["checked": JSONSchema.string()], closed: true)

    private static let measureRange = JSONSchema.object(
        required: [
            "name": JSONSchema.string(), "unit": JSONSchema.string(), "min": JSONSchema.number(),
            "max": JSONSchema.number(),
        ], closed: true)

    private static let neighbours = JSONSchema.object(
        required: ["down": JSONSchema.array(systemSize), "up": JSONSchema.array(systemSize)], closed: true)

    /// ``MoneyConversion``: `tactful money convert --format json`.
    public static let money = JSONSchema.object(
        required: [
            "amount": JSONSchema.string("Rounded to the currency's digits, as a decimal string."),
            "currency": JSONSchema.string(), "formatted": JSONSchema.string(), "rate": JSONSchema.string(),
            "ratesDate": JSONSchema.string(), "source": JSONSchema.string(),
            "origin": JSONSchema.choice(ProvidedRates.Origin.allCases.map(\.rawValue)),
            "from": JSONSchema.object(
                required: [
                    "amount": JSONSchema.string(), "currency": JSONSchema.string(), "formatted": JSONSchema.string(),
                    "locale": JSONSchema.string(), "cash": JSONSchema.boolean(),
                ], closed: true),
            "locale": JSONSchema.string(), "cash": JSONSchema.boolean(),
        ],
        optional: ["warning": JSONSchema.string()], closed: true,
        description: "An amount in another currency, written the market's way.")

    /// ``UnitConversion``: `tactful units --format json`.
    public static let units = JSONSchema.object(
        required: [
            "value": JSONSchema.number(), "unit": JSONSchema.string(), "formatted": JSONSchema.string(),
            "parts": JSONSchema.array(unitPart), "input": unitPart, "locale": JSONSchema.string(),
        ],
        optional: ["usage": JSONSchema.string()], closed: true,
        description: "A quantity in the market's unit (or the one asked for).")

    private static let unitPart = JSONSchema.object(
        required: ["value": JSONSchema.number(), "unit": JSONSchema.string()], closed: true)

    /// ``DraftResult``: `tactful convert --format json`.
    public static let draft = JSONSchema.object(
        required: [
            "text": JSONSchema.string(), "market": JSONSchema.string(),
            "conversions": JSONSchema.array(
                JSONSchema.object(
                    required: [
                        "kind": JSONSchema.string(), "original": JSONSchema.string(),
                        "converted": JSONSchema.string(), "replacement": JSONSchema.string(),
                        "span": JSONSchema.object(
                            required: ["start": JSONSchema.integer(), "end": JSONSchema.integer()], closed: true,
                            description: "UTF-16 code units."),
                    ],
                    optional: ["note": JSONSchema.string()], closed: true)),
            "warnings": JSONSchema.array(JSONSchema.string()),
        ], closed: true, description: "The draft with its prices, measurements, dates and times rewritten.")
}
